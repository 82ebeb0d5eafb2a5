package app.safepost.school.ui;

import app.safepost.audit.RecordRevision;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolProfileViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private Grid<RecordRevision> history() {
        return (Grid<RecordRevision>) $(Grid.class).id("profile-history");
    }

    @Test
    void the_head_changes_the_contact_and_sees_the_revision_at_the_top_of_the_history() {
        signInAs("head");
        navigate(SchoolProfileView.class);
        var email = $(EmailField.class).withLabel("Contact e-mail").single();
        var newEmail = "reception" + System.nanoTime() + "@jessegray.example";

        test(email).setValue(newEmail);
        test($(Button.class).withText("Save changes").single()).click();

        assertThat(email.isInvalid()).isFalse();
        var newest = test(history()).getRow(0);
        assertThat(newest.by()).isEqualTo("head");
        assertThat(newest.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("contactEmail");
            assertThat(c.after()).isEqualTo(newEmail);
        });
    }

    @Test
    void an_invalid_handle_shows_its_message_next_to_the_field_and_saves_nothing() {
        signInAs("deputy");
        navigate(SchoolProfileView.class);
        var rowsBefore = test(history()).size();
        var handle = $(TextField.class).withLabel("Whole-school account").single();

        test(handle).setValue("JesseGray Primary");
        test($(Button.class).withText("Save changes").single()).click();

        assertThat(handle.isInvalid()).isTrue();
        assertThat(handle.getErrorMessage()).isEqualTo("A handle starts with @ and has only letters, digits and underscores.");
        assertThat(test(history()).size()).isEqualTo(rowsBefore);
    }

    @Test
    void a_governor_reads_the_profile_and_its_history_without_an_edit_button() {
        signInAs("governor");
        navigate(SchoolProfileView.class);

        assertThat($(Button.class).withText("Save changes").exists()).isFalse();
        assertThat($(TextField.class).withLabel("School name").single().isReadOnly()).isTrue();
        assertThat(test(history()).size()).isPositive();
    }

    @Test
    void a_teacher_reads_the_profile_without_history_or_edit_button() {
        signInAs("teacher");
        navigate(SchoolProfileView.class);

        assertThat($(Button.class).withText("Save changes").exists()).isFalse();
        assertThat($(Grid.class).exists()).isFalse();
        assertThat($(TextField.class).withLabel("Whole-school account").single().getValue())
                .isEqualTo("@JesseGrayPrimary");
    }
}
