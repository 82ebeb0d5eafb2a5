package app.safepost.drafting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.media.MediaLibrary;
import app.safepost.media.TestPhotos;
import app.safepost.pupils.ClassPupil;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who is in a photo, as each role picks them: staff who hold the class read their pupils' full names
 * (two pupils called Ezra are told apart), and nobody is offered a pupil of a class they do not hold.
 */
class PupilPickerNamesTest extends ScreenTest {

    @Autowired
    Drafts drafts;

    @Autowired
    MediaLibrary media;

    @Autowired
    SocialAccounts accounts;

    /** The labels of the "Who is in photo 1" choices of a new draft with one photo, on the account. */
    @SuppressWarnings("unchecked")
    private List<String> pickerLabels(String user, String handle) {
        signInAs(user);
        var photo = media.intake("class.jpg", TestPhotos.jpeg(320, 240));
        var account = accounts.accountWithHandle(handle).orElseThrow().id();
        var draft = drafts.create(
                account,
                new DraftContent(
                        "Our class today",
                        List.of(new DraftContent.AttachedPhoto(photo.id().value(), "Pupils reading")),
                        List.of()));
        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> media.analysis(photo.id()).done());
        navigate("post/" + draft.id(), DraftEditorView.class);
        MultiSelectComboBox<ClassPupil> who =
                $(MultiSelectComboBox.class).withLabel("Who is in photo 1").single();
        return who.getListDataView().getItems().map(who.getItemLabelGenerator()).toList();
    }

    @Test
    void the_class_3_teacher_picks_class_3_pupils_by_full_name_and_sees_no_other_class() {
        var labels = pickerLabels("teacher", "@JGP_Kestrels");

        // Two pupils called Jo, one without photo consent, are told apart by their surnames.
        assertThat(labels)
                .hasSize(28)
                .contains(
                        "Jo Black",
                        "Jo Brown – no photo consent",
                        "Amelia Khan",
                        "Tom Okafor",
                        "Ezra García – no photo consent");
        // Ezra Ali is in Class 4, Ezra Smith in Class 5.
        assertThat(labels).noneMatch(label -> label.startsWith("Ezra Ali") || label.startsWith("Ezra Smith"));
    }

    @Test
    void the_ta_of_classes_3_and_4_picks_class_4_pupils_by_full_name_on_the_class_4_account() {
        var labels = pickerLabels("ta", "@JGP_Owls");

        assertThat(labels).hasSize(28).contains("Ezra Ali").doesNotContain("Amelia Khan");
    }

    @Test
    void the_class_4_teacher_cannot_open_the_class_3_teachers_draft() {
        signInAs("teacher");
        var account = accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id();
        var draft = drafts.create(account, DraftContent.text("Kestrels' reading morning"));

        signInAs("teacher4");
        UI.getCurrent().navigate("post/" + draft.id());

        assertThat(getCurrentView()).isNotInstanceOf(DraftEditorView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Kestrels' reading morning");
    }
}
