package app.safepost.accounts.ui;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.accounts.GuidanceRuleKind;
import app.safepost.accounts.GuidanceRules;
import app.safepost.accounts.GuidanceSeverity;
import app.safepost.accounts.RefusedChange;
import app.safepost.accounts.SocialAccounts;
import app.safepost.accounts.domain.GuidanceText;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The Computing Lead's posting guidance (P5), for all accounts and for each account. The Computing
 * Lead edits it; drafters and SLT read it; the Computing Lead, SLT and governors see its history.
 */
@Route("guidance")
@PageTitle("Posting guidance · Safepost")
@Menu(title = "Posting guidance", order = 14)
@RolesAllowed({Roles.COMPUTING_LEAD, Roles.SLT, Roles.GOVERNOR, Roles.TEACHER, Roles.TEACHING_ASSISTANT})
public class PostingGuidanceView extends Main {

    static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("requiredHashtags", "Required hashtags"),
            Map.entry("requiredHashtagsSeverity", "When a required hashtag is missing"),
            Map.entry("forbiddenWords", "Forbidden words"),
            Map.entry("forbiddenWordsSeverity", "When a forbidden word is used"),
            Map.entry("forbiddenHashtags", "Forbidden hashtags"),
            Map.entry("forbiddenHashtagsSeverity", "When a forbidden hashtag is used"),
            Map.entry("allowedHandles", "Allowed @handles to tag"),
            Map.entry("allowedHandlesSeverity", "When another @handle is tagged"),
            Map.entry("maxTags", "Most @handles in one post"),
            Map.entry("maxTagsSeverity", "When too many @handles are tagged"),
            Map.entry("note", "Note for drafters"),
            Map.entry("accountId", "Account"));

    /** "All accounts" or one account. */
    record Scope(@Nullable AccountId account, String label) {}

    private final ComputingLeadGuidance guidance;
    private final boolean canEdit;
    private final Select<Scope> scope = new Select<>();
    private final TextField requiredHashtags =
            TextLimits.atMost(2000, new TextField(FIELD_LABELS.get("requiredHashtags")));
    private final TextArea forbiddenWords = TextLimits.atMost(4000, new TextArea(FIELD_LABELS.get("forbiddenWords")));
    private final TextField forbiddenHashtags =
            TextLimits.atMost(2000, new TextField(FIELD_LABELS.get("forbiddenHashtags")));
    private final TextArea allowedHandles = TextLimits.atMost(4000, new TextArea(FIELD_LABELS.get("allowedHandles")));
    private final IntegerField maxTags = new IntegerField(FIELD_LABELS.get("maxTags"));
    private final TextArea note = TextLimits.atMost(1000, new TextArea(FIELD_LABELS.get("note")));
    private final Map<GuidanceRuleKind, RadioButtonGroup<GuidanceSeverity>> severities =
            new EnumMap<>(GuidanceRuleKind.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private final GuidanceInForce inForce;
    private final @Nullable GuidanceHistory history;
    private long version = -1;

    PostingGuidanceView(ComputingLeadGuidance guidance, SocialAccounts accounts) {
        this.guidance = guidance;
        var staff = SignedInStaff.current().orElseThrow();
        this.canEdit = staff.hasRole(Roles.COMPUTING_LEAD);
        var canSeeHistory = canEdit || staff.hasRole(Roles.SLT) || staff.hasRole(Roles.GOVERNOR);
        this.inForce = new GuidanceInForce(guidance);
        this.history = canSeeHistory
                ? new GuidanceHistory(guidance, staff.hasRole(Roles.SLT) || staff.hasRole(Roles.GOVERNOR))
                : null;
        addClassName("screen");
        configureScope(accounts);
        configureFields();

        add(
                new H2("Posting guidance"),
                new Paragraph("The Computing Lead's guidance on hashtags and tagging. Rules for all accounts apply"
                        + " everywhere; an account's own rules add to them. Every draft is checked against"
                        + " them, and a rule set to block stops the draft until it is put right."),
                form());
        if (canEdit) {
            var save = new Button("Save guidance", e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-guidance");
            add(save);
        } else {
            fields.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(true));
            severities.values().forEach(f -> f.setReadOnly(true));
        }
        add(inForce);
        if (history != null) {
            add(history);
        }
        show(scope.getValue());
    }

    private void configureScope(SocialAccounts accounts) {
        var scopes = new ArrayList<Scope>();
        scopes.add(new Scope(null, "All accounts"));
        accounts.all().forEach(a -> scopes.add(new Scope(a.id(), a.handle())));
        scope.setLabel("Applies to");
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::label);
        scope.setValue(scopes.getFirst());
        scope.addValueChangeListener(e -> show(e.getValue()));
    }

    private void configureFields() {
        requiredHashtags.setHelperText("Separate with spaces or commas, for example #JGPLearning");
        forbiddenHashtags.setHelperText("Separate with spaces or commas");
        forbiddenWords.setHelperText("Separate with commas or new lines; short phrases are allowed");
        allowedHandles.setHelperText("Other class accounts and trusted partners, for example @JGP_Owls");
        maxTags.setHelperText("Leave empty for no limit");
        maxTags.setMin(0);
        maxTags.setMax(20);
        maxTags.setStepButtonsVisible(true);
        var limitMessage = "Enter a whole number from 0 to 20, or leave it empty for no limit.";
        maxTags.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(limitMessage)
                .setMinErrorMessage(limitMessage)
                .setMaxErrorMessage(limitMessage));
        fields.put("requiredHashtags", requiredHashtags);
        fields.put("forbiddenWords", forbiddenWords);
        fields.put("forbiddenHashtags", forbiddenHashtags);
        fields.put("allowedHandles", allowedHandles);
        fields.put("maxTags", maxTags);
        fields.put("note", note);
        fields.forEach(errors::put);
        // Its own check stays on: it is the only one to see text that is no whole number at all.
        maxTags.setManualValidation(false);
    }

    private FormLayout form() {
        var form = new FormLayout();
        form.add(scope, 2);
        form.add(requiredHashtags, severity(GuidanceRuleKind.REQUIRED_HASHTAGS, "requiredHashtagsSeverity"));
        form.add(forbiddenWords, severity(GuidanceRuleKind.FORBIDDEN_WORDS, "forbiddenWordsSeverity"));
        form.add(forbiddenHashtags, severity(GuidanceRuleKind.FORBIDDEN_HASHTAGS, "forbiddenHashtagsSeverity"));
        form.add(allowedHandles, severity(GuidanceRuleKind.ALLOWED_HANDLES, "allowedHandlesSeverity"));
        form.add(maxTags, severity(GuidanceRuleKind.MAX_TAGS, "maxTagsSeverity"));
        form.add(note, 2);
        return form;
    }

    private RadioButtonGroup<GuidanceSeverity> severity(GuidanceRuleKind kind, String field) {
        var group = new RadioButtonGroup<GuidanceSeverity>(FIELD_LABELS.get(field));
        group.setItems(GuidanceSeverity.values());
        group.setItemLabelGenerator(s -> s == GuidanceSeverity.BLOCK ? "Block the draft" : "Warn the author");
        severities.put(kind, group);
        return group;
    }

    private void show(Scope chosen) {
        var rules = canEdit ? guidance.rulesFor(chosen.account()) : guidance.rulesToRead(chosen.account());
        version = rules.version();
        requiredHashtags.setValue(String.join(" ", rules.requiredHashtags()));
        forbiddenWords.setValue(String.join(", ", rules.forbiddenWords()));
        forbiddenHashtags.setValue(String.join(" ", rules.forbiddenHashtags()));
        allowedHandles.setValue(String.join(" ", rules.allowedHandles()));
        maxTags.setValue(rules.maxTags());
        note.setValue(rules.note());
        severities.forEach((kind, group) -> group.setValue(rules.severityOf(kind)));
        errors.clear();
        inForce.show(chosen.account());
        if (history != null) {
            history.show(chosen.account());
        }
    }

    private void save() {
        if (maxTags.isInvalid()) {
            // The field's own check (not a whole number, out of range) already says what is wrong.
            return;
        }
        errors.clear();
        var chosenSeverities = new EnumMap<GuidanceRuleKind, GuidanceSeverity>(GuidanceRuleKind.class);
        severities.forEach((kind, group) -> {
            if (group.getValue() != null) {
                chosenSeverities.put(kind, group.getValue());
            }
        });
        var rules = new GuidanceRules(
                GuidanceText.tags(requiredHashtags.getValue()),
                GuidanceText.words(forbiddenWords.getValue()),
                GuidanceText.tags(forbiddenHashtags.getValue()),
                GuidanceText.tags(allowedHandles.getValue()),
                maxTags.getValue(),
                note.getValue(),
                chosenSeverities,
                version);
        try {
            guidance.update(scope.getValue().account(), rules);
            show(scope.getValue());
            Notices.done("Guidance saved.");
        } catch (RefusedChange refused) {
            errors.show(refused);
        } catch (OptimisticLockingFailureException stale) {
            Notices.warn("Someone else saved this guidance while you were editing. Their version is shown;"
                    + " make your change again.");
            show(scope.getValue());
        }
    }
}
