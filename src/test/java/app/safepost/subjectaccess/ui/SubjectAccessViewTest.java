package app.safepost.subjectaccess.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.ui.PupilView;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pupil's page leads SLT and the data protection officer to everything held about the pupil; only
 * the officer may tick names in incidents; erasing asks for the pupil's full name and says next to
 * the field when it does not match, changing nothing.
 */
class SubjectAccessViewTest extends ScreenTest {

    /** A pupil no other test names. */
    static final String UPN = "J820300121065";

    @Autowired
    PupilRoster roster;

    private String pupilId() {
        return roster.recordByUpn(UPN).orElseThrow().id().toString();
    }

    @Test
    void the_pupils_page_links_slt_to_everything_held_and_not_the_office() {
        signInAs("deputy");
        var id = pupilId();
        navigate("pupils/" + id, PupilView.class);
        assertThat($(Anchor.class).all())
                .filteredOn(a -> a.getText().equals("Everything we hold about this pupil"))
                .singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("pupils/" + id + "/everything-we-hold"));

        signInAs("office");
        navigate("pupils/" + id, PupilView.class);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getText().equals("Everything we hold about this pupil"));
    }

    @Test
    void only_the_data_protection_officer_is_offered_names_in_incidents() {
        signInAs("head");
        navigate("pupils/" + pupilId() + "/everything-we-hold", SubjectAccessView.class);
        assertThat($(Checkbox.class).id("include-names").getValue()).isFalse();
        assertThat($(Anchor.class).id("download-everything").getText()).isEqualTo("Download everything (ZIP)");

        signInAs("deputy");
        navigate("pupils/" + pupilId() + "/everything-we-hold", SubjectAccessView.class);
        assertThat($(Checkbox.class).all()).isEmpty();
    }

    @Test
    void erasing_with_a_name_that_is_not_the_pupils_says_so_beside_the_field() {
        signInAs("head");
        navigate("pupils/" + pupilId() + "/everything-we-hold", SubjectAccessView.class);
        var confirmation = $(TextField.class).id("erasure-confirmation");
        test(confirmation).setValue("Bob");
        test($(Button.class).id("erase-photos")).click();

        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("Type the pupil's full name, as shown above, to confirm.");
    }
}
