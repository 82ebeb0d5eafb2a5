package app.safepost.policies;

import app.safepost.common.SchoolTime;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.policies.domain.PolicyRepository;
import app.safepost.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders of the review cycle, sent in the app and by e-mail: to SLT (the head included) when a
 * review is due within {@value app.safepost.policies.domain.ReviewCycle#DUE_SOON_DAYS} days or overdue,
 * and to staff who have not acknowledged the adopted version; each at most once a week per policy.
 */
@Service
public class PolicyReminders {

    static final int DAYS_BETWEEN_REMINDERS = 7;

    private final PolicyLibrary library;
    private final PolicyRepository policies;
    private final Acknowledgements acknowledgements;
    private final Notices notices;
    private final Clock clock;

    PolicyReminders(
            PolicyLibrary library,
            PolicyRepository policies,
            Acknowledgements acknowledgements,
            Notices notices,
            Clock clock) {
        this.library = library;
        this.policies = policies;
        this.acknowledgements = acknowledgements;
        this.notices = notices;
        this.clock = clock;
    }

    /** Sends the reminders that are due today; returns how many notices went out. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public int sendDue() {
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        int sent = 0;
        for (var summary : library.currentPolicies()) {
            var policy = policies.findById(summary.id().value()).orElseThrow();
            var state = summary.stateOn(today);
            if (state != ReviewState.NOT_DUE && due(policy.getReviewRemindedOn(), today)) {
                var subject = state == ReviewState.OVERDUE
                        ? "The " + summary.title() + " is overdue for review"
                        : "The " + summary.title() + " is due for review on " + SchoolTime.date(summary.reviewDue());
                var body = (state == ReviewState.OVERDUE
                                ? "Its review has been overdue since " + SchoolTime.date(summary.reviewDue()) + "."
                                : "Its review is due on " + SchoolTime.date(summary.reviewDue()) + ".")
                        + (summary.reviewOpen()
                                ? " The review is open in Safepost."
                                : " Open the review in Safepost, edit the draft and ask the head teacher to sign it off.");
                sent += notices.toRole(Roles.SLT, new Notice(subject, body, Acknowledgements.link(summary.id())));
                policy.reviewReminded(today);
            }
            if (due(policy.getAcknowledgementRemindedOn(), today)) {
                sent += acknowledgements.remind(summary.id());
            }
        }
        return sent;
    }

    private static boolean due(LocalDate lastReminded, LocalDate today) {
        return lastReminded == null
                || !lastReminded.plusDays(DAYS_BETWEEN_REMINDERS).isAfter(today);
    }
}
