package app.safepost.compliance;

import app.safepost.common.SchoolTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The checks as a service over one school's roster (the drafting module keeps one per school): holds
 * the index of the current roster, replaced as a whole when the
 * roster changes, so a check never sees half a roster. The drafting module calls {@link #update}
 * after each change to the roster or the school's name; drafts and the API call {@link #check}.
 * Consents are judged on the school's day by the portal's clock, read here and handed to the checks.
 */
@Service
public class ComplianceChecks {

    private final AtomicReference<PostChecker> checker = new AtomicReference<>(new PostChecker(RosterIndex.empty()));
    private final Clock clock;

    public ComplianceChecks(Clock clock) {
        this.clock = clock;
    }

    /**
     * Indexes this roster (every pupil, archived ones included) and the school's name from its profile
     * (null before it has one), and uses them from the next check on.
     */
    public void update(Collection<RosterPupil> roster, @Nullable String schoolName) {
        checker.set(new PostChecker(RosterIndex.build(roster, schoolName)));
    }

    public ComplianceResult check(AccountRules account, PostUnderCheck post) {
        return checker.get().check(account, post, today());
    }

    /** The school's day now, by the portal's clock: a consent that expires on 31 August holds until midnight in the UK. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SchoolTime.ZONE);
    }

    /**
     * Whether a text names this pupil by first or preferred name, as the never-publish rule reads it:
     * to find the drafts and posts that name a pupil the moment they are flagged. Build it once and
     * test many texts.
     */
    public Predicate<String> namesOf(RosterPupil pupil) {
        var rule = NeverPublishNames.of(pupil);
        return text -> text != null && rule.names(text);
    }

    /** The post's length as its platform counts it, for a counter beside the text. */
    public PostLength length(AccountRules.Platform platform, String text) {
        return LengthLimits.measure(text, platform);
    }

    public int pupilsIndexed() {
        return checker.get().roster().size();
    }
}
