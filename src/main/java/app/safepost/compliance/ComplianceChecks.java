package app.safepost.compliance;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The checks as a service: holds the index of the current roster, replaced as a whole when the
 * roster changes, so a check never sees half a roster. The drafting module calls {@link #update}
 * after each change to the roster or the school's name; drafts and the API call {@link #check}.
 */
@Service
public class ComplianceChecks {

    private final AtomicReference<PostChecker> checker = new AtomicReference<>(new PostChecker(RosterIndex.empty()));

    /**
     * Indexes this roster (every pupil, archived ones included) and the school's name from its profile
     * (null before it has one), and uses them from the next check on.
     */
    public void update(Collection<RosterPupil> roster, @Nullable String schoolName) {
        checker.set(new PostChecker(RosterIndex.build(roster, schoolName)));
    }

    public ComplianceResult check(AccountRules account, PostUnderCheck post) {
        return checker.get().check(account, post);
    }

    /** The post's length as its platform counts it, for a counter beside the text. */
    public PostLength length(AccountRules.Platform platform, String text) {
        return LengthLimits.measure(text, platform);
    }

    public int pupilsIndexed() {
        return checker.get().roster().size();
    }
}
