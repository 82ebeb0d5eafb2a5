package app.safepost.school.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.RecordRevision;
import app.safepost.media.TestPhotos;
import app.safepost.school.SchoolProfileService;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SchoolProfileViewTest extends ScreenTest {

    @Autowired
    SchoolProfileService profile;

    @AfterEach
    void noLogoAgain() {
        signInAs("head");
        profile.removeLogo();
    }

    @Test
    void the_urn_is_shown_and_never_edited() {
        signInAs("head");
        navigate(SchoolProfileView.class);

        var urn = $(TextField.class).id("school-urn");
        assertThat(urn.getValue()).isEqualTo("990001");
        assertThat(urn.isReadOnly()).isTrue();
    }

    @Test
    void slt_upload_a_logo_that_then_shows_in_the_header_and_a_wrong_file_is_refused_beside_the_upload() {
        signInAs("deputy");
        navigate(SchoolProfileView.class);
        var section = $(SchoolLogoSection.class).single();

        section.take(TestPhotos.WEBP);
        assertThat($(Span.class).id("school-logo-refusal").getText()).isEqualTo("A logo must be a PNG or JPEG image.");
        assertThat($(Image.class).all()).isEmpty();

        section.take(TestPhotos.png(TestPhotos.quadrants(300, 100)));

        assertThat(getCurrentView()).as("reloaded").isInstanceOf(SchoolProfileView.class);
        assertThat($(Span.class).id("school-logo-refusal").getText()).isEmpty();
        assertThat($(Image.class).all())
                .extracting(Image::getAlt)
                .extracting(alt -> alt.orElseThrow())
                .as("in the header and on the profile")
                .containsExactly("Jesse Gray Primary School logo", "Jesse Gray Primary School logo");
    }

    @Test
    void only_slt_see_the_logos_upload() {
        signInAs("office");
        navigate(SchoolProfileView.class);

        assertThat($(Upload.class).all()).isEmpty();
        assertThat($(Button.class).withText("Remove the logo").exists()).isFalse();
    }

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
        assertThat(handle.getErrorMessage())
                .isEqualTo("A handle starts with @ and has only letters, digits and underscores.");
        assertThat(test(history()).size()).isEqualTo(rowsBefore);
    }

    @Test
    void a_governor_reads_the_profile_and_its_history_without_an_edit_button() {
        signInAs("governor");
        navigate(SchoolProfileView.class);

        assertThat($(Button.class).withText("Save changes").exists()).isFalse();
        assertThat($(TextField.class).withLabel("School name").single().isReadOnly())
                .isTrue();
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
