package app.safepost.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class NoticesViewTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Notices notices;

    @Test
    void a_member_of_staff_reads_their_notice_and_marks_it_read() {
        var subject = "Screen check " + UUID.randomUUID();
        InSchool.jesseGray(
                jdbc, () -> notices.toStaff(List.of("teacher4"), new Notice(subject, "Please read it.", "policies")));

        signInAs("teacher4");
        navigate(NoticesView.class);
        assertThat($(Div.class).id("notices").getElement().getTextRecursively())
                .contains(subject)
                .contains("Please read it.");
        test($(Button.class).all().stream()
                        .filter(b -> ("Mark as read: " + subject)
                                .equals(b.getElement().getAttribute("aria-label")))
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat($(Button.class).all())
                .noneMatch(
                        b -> ("Mark as read: " + subject).equals(b.getElement().getAttribute("aria-label")));

        signInAs("teacher");
        navigate(NoticesView.class);
        assertThat($(Div.class).id("notices").getElement().getTextRecursively()).doesNotContain(subject);
    }
}
