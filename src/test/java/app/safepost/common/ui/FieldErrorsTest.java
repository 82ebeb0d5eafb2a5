package app.safepost.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.common.FieldRefusal;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// No screens: the fields are put straight on an empty page.
@ViewPackages(packages = "app.safepost.common.ui")
class FieldErrorsTest extends BrowserlessTest {

    private final TextField reason = new TextField("Reason");
    private final TextField link = new TextField("Link");
    private final FieldErrors errors = new FieldErrors().put("reason", reason).put("evidenceLink", link);

    @BeforeEach
    void showFields() {
        UI.getCurrent().add(reason, link);
    }

    @Test
    void a_message_is_shown_beside_the_field_it_names_and_no_other() {
        errors.show(refusal(Map.of("reason", "Choose a reason.")));

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Choose a reason.");
        assertThat(link.isInvalid()).isFalse();
        assertThat(notices()).isEmpty();
    }

    @Test
    void a_message_for_no_field_on_the_form_is_shown_as_a_notice_rather_than_lost() {
        var messages = new LinkedHashMap<String, String>();
        messages.put("reason", "Choose a reason.");
        messages.put("incident", "The incident is closed.");

        errors.show(refusal(messages));

        assertThat(reason.getErrorMessage()).isEqualTo("Choose a reason.");
        assertThat(notices()).containsExactly("The incident is closed.");
    }

    @Test
    void the_next_attempt_clears_the_messages_of_the_last() {
        errors.show(refusal(Map.of("reason", "Choose a reason.", "evidenceLink", "Give a web address.")));

        errors.show(refusal(Map.of("evidenceLink", "Give a web address.")));

        assertThat(reason.isInvalid()).isFalse();
        assertThat(link.isInvalid()).isTrue();
        errors.clear();
        assertThat(link.isInvalid()).isFalse();
    }

    @Test
    void the_fields_own_validation_is_switched_off_so_only_the_services_message_shows() {
        reason.setRequired(true);
        reason.setValue("Spam");
        reason.setValue("");

        assertThat(reason.isInvalid())
                .as("a required field left empty, checked by itself")
                .isFalse();
    }

    @Test
    void a_single_message_for_a_named_field_is_placed_beside_it() {
        errors.show("evidenceLink", "That address is not a web page.");

        assertThat(link.getErrorMessage()).isEqualTo("That address is not a web page.");
        assertThat(link.isInvalid()).isTrue();
    }

    private List<String> notices() {
        roundTrip();
        return $(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    private static FieldRefusal refusal(Map<String, String> errors) {
        return new FieldRefusal() {
            @Override
            public Map<String, String> errors() {
                return errors;
            }

            @Override
            public String getMessage() {
                return String.join(" ", errors.values());
            }
        };
    }
}
