package app.safepost.policies;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.notifications.Notices;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The morning reminders: SLT hear that the demo policy is overdue, staff that they have not confirmed it. */
@SafepostTest
class PolicyRemindersTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PolicyReminders reminders;

    @Autowired
    Notices notices;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_overdue_review_and_missing_acknowledgements_are_reminded_once_a_week() {
        InSchool.jesseGray(jdbc, reminders::sendDue);
        assertThat(InSchool.jesseGray(jdbc, reminders::sendDue))
                .as("not again the same week")
                .isZero();

        SignedIn.as(demoUsers, "head");
        assertThat(notices.mine())
                .anyMatch(n -> n.subject().equals("The Social media (Twitter) policy is overdue for review")
                        && n.body().contains("overdue since 1 Jan 2024"));
        SignedIn.as(demoUsers, "governor");
        assertThat(notices.mine()).noneMatch(n -> n.subject().contains("overdue for review"));
        SignedIn.as(demoUsers, "teacher4");
        assertThat(notices.mine())
                .anyMatch(n -> n.subject().equals("Reminder: please read the Social media (Twitter) policy"));
    }
}
