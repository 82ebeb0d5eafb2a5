package app.safepost.accounts.domain;

import app.safepost.accounts.GuidanceRuleKind;
import app.safepost.accounts.GuidanceRules;
import app.safepost.accounts.GuidanceSeverity;
import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * The Computing Lead's guidance for one scope (P5): all accounts when {@code accountId} is null.
 * Lists are stored as comma-separated text so the history shows each edit as plain before/after.
 */
@Entity
@Table(name = "posting_guidance")
@Audited
public class GuidanceRuleSet extends SchoolRecord {

    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "required_hashtags", nullable = false, length = 2000)
    private String requiredHashtags;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_hashtags_severity", nullable = false, length = 10)
    private GuidanceSeverity requiredHashtagsSeverity;

    @Column(name = "forbidden_words", nullable = false, length = 4000)
    private String forbiddenWords;

    @Enumerated(EnumType.STRING)
    @Column(name = "forbidden_words_severity", nullable = false, length = 10)
    private GuidanceSeverity forbiddenWordsSeverity;

    @Column(name = "forbidden_hashtags", nullable = false, length = 2000)
    private String forbiddenHashtags;

    @Enumerated(EnumType.STRING)
    @Column(name = "forbidden_hashtags_severity", nullable = false, length = 10)
    private GuidanceSeverity forbiddenHashtagsSeverity;

    @Column(name = "allowed_handles", nullable = false, length = 4000)
    private String allowedHandles;

    @Enumerated(EnumType.STRING)
    @Column(name = "allowed_handles_severity", nullable = false, length = 10)
    private GuidanceSeverity allowedHandlesSeverity;

    @Column(name = "max_tags")
    private Integer maxTags;

    @Enumerated(EnumType.STRING)
    @Column(name = "max_tags_severity", nullable = false, length = 10)
    private GuidanceSeverity maxTagsSeverity;

    @Column(nullable = false, length = 1000)
    private String note;

    protected GuidanceRuleSet() {}

    public GuidanceRuleSet(UUID accountId, GuidanceRules rules) {
        this.accountId = accountId;
        update(rules);
    }

    public void update(GuidanceRules rules) {
        requiredHashtags = GuidanceText.join(rules.requiredHashtags());
        forbiddenWords = GuidanceText.join(rules.forbiddenWords());
        forbiddenHashtags = GuidanceText.join(rules.forbiddenHashtags());
        allowedHandles = GuidanceText.join(rules.allowedHandles());
        maxTags = rules.maxTags();
        note = rules.note().strip();
        requiredHashtagsSeverity = rules.severityOf(GuidanceRuleKind.REQUIRED_HASHTAGS);
        forbiddenWordsSeverity = rules.severityOf(GuidanceRuleKind.FORBIDDEN_WORDS);
        forbiddenHashtagsSeverity = rules.severityOf(GuidanceRuleKind.FORBIDDEN_HASHTAGS);
        allowedHandlesSeverity = rules.severityOf(GuidanceRuleKind.ALLOWED_HANDLES);
        maxTagsSeverity = rules.severityOf(GuidanceRuleKind.MAX_TAGS);
    }

    public GuidanceRules rules() {
        var severities = new EnumMap<GuidanceRuleKind, GuidanceSeverity>(GuidanceRuleKind.class);
        severities.put(GuidanceRuleKind.REQUIRED_HASHTAGS, requiredHashtagsSeverity);
        severities.put(GuidanceRuleKind.FORBIDDEN_WORDS, forbiddenWordsSeverity);
        severities.put(GuidanceRuleKind.FORBIDDEN_HASHTAGS, forbiddenHashtagsSeverity);
        severities.put(GuidanceRuleKind.ALLOWED_HANDLES, allowedHandlesSeverity);
        severities.put(GuidanceRuleKind.MAX_TAGS, maxTagsSeverity);
        return new GuidanceRules(
                GuidanceText.split(requiredHashtags),
                GuidanceText.split(forbiddenWords),
                GuidanceText.split(forbiddenHashtags),
                GuidanceText.split(allowedHandles),
                maxTags,
                note,
                severities,
                getVersion());
    }

    public UUID getAccountId() {
        return accountId;
    }
}
