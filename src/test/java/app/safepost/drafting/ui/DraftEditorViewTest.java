package app.safepost.drafting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The draft editor without a browser: live checks, marked spans, submit rules and versions. */
class DraftEditorViewTest extends ScreenTest {

    @Autowired
    Drafts drafts;

    private TextArea text() {
        return $(TextArea.class).id("post-text");
    }

    private Button submit() {
        return $(Button.class).id("submit-draft");
    }

    private String verdict() {
        return $(Paragraph.class).id("verdict").getText();
    }

    private String marked() {
        return $(Div.class).id("marked-text").getElement().getTextRecursively();
    }

    private java.util.List<String> findingClauses() {
        return $(ListItem.class).all().stream()
                .filter(li -> li.getElement().hasAttribute("data-clause"))
                .map(li -> li.getElement().getAttribute("data-clause"))
                .toList();
    }

    @Test
    void a_full_name_is_marked_and_blocks_submit_and_initials_unblock_it() {
        signInAs("teacher");
        navigate(DraftEditorView.class);

        test(text()).setValue("Well done Amelia Khan for your poem!");

        assertThat(verdict()).isEqualTo("1 problem to fix before this can be submitted.");
        assertThat(findingClauses()).containsExactly("P12");
        var mark = $(com.vaadin.flow.component.html.Span.class)
                .withClassName("finding-block")
                .single();
        assertThat(mark.getText()).isEqualTo("Amelia Khan");
        assertThat(marked()).isEqualTo("Well done Amelia Khan for your poem!");
        assertThat(submit().isEnabled()).isFalse();
        assertThat($(ListItem.class)
                        .withAttribute("data-clause", "P12")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .doesNotContain("Khan")
                .contains("A.K.")
                .contains("Full name of a pupil (policy clause 12): ")
                .doesNotContain("P12");

        test(text()).setValue("Well done A.K. for your poem!");

        assertThat(verdict()).isEqualTo("Nothing found: ready to submit.");
        assertThat(submit().isEnabled()).isTrue();
        assertThat(text().getHelperText()).isEqualTo("29 of 280 characters");
    }

    @Test
    void a_look_alike_name_is_marked_where_it_was_typed() {
        signInAs("teacher");
        navigate(DraftEditorView.class);
        String cyrillic = "\u0410m\u0435l\u0456\u0430 \u041Ah\u0430n"; // Аmеlіа Кhаn with Cyrillic letters
        String bold =
                "\uD835\uDC00\uD835\uDC26\uD835\uDC1E\uD835\uDC25\uD835\uDC22\uD835\uDC1A"; // Amelia in mathematical
        // bold

        test(text()).setValue("Well done " + cyrillic + " for your poem!");

        assertThat(findingClauses()).containsExactly("P12");
        var mark = $(com.vaadin.flow.component.html.Span.class)
                .withClassName("finding-block")
                .single();
        assertThat(mark.getText()).isEqualTo(cyrillic);
        assertThat(submit().isEnabled()).isFalse();

        test(text()).setValue("Well done " + bold + "!");

        assertThat(findingClauses()).containsExactly("P13");
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .withClassName("finding-block")
                        .single()
                        .getText())
                .isEqualTo(bold);
    }

    @Test
    void hidden_direction_marks_block_and_the_name_they_hide_is_found() {
        signInAs("teacher");
        navigate(DraftEditorView.class);

        test(text()).setValue("Well done Amelia \u202Enahk\u202C!");

        assertThat(findingClauses()).containsExactlyInAnyOrder("P12", "hidden-characters");
        assertThat($(ListItem.class)
                        .withAttribute("data-clause", "hidden-characters")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("hidden direction marks");
        assertThat(submit().isEnabled()).isFalse();
    }

    @Test
    void submitting_saves_the_draft_sends_it_for_approval_and_lists_it_in_my_drafts() {
        signInAs("teacher");
        navigate(DraftEditorView.class);
        var words = "Kestrels planted bulbs today " + System.nanoTime();

        test(text()).setValue(words);
        test(submit()).click();

        assertThat(getCurrentView()).isInstanceOf(MyDraftsView.class);
        var mine = drafts.mine().stream().filter(d -> d.opening().equals(words)).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().status()).isEqualTo(DraftStatus.SUBMITTED);
    }

    @Test
    void warnings_ask_for_a_reason_next_to_the_field_before_submitting() {
        signInAs("teacher");
        navigate(DraftEditorView.class);

        test(text()).setValue("Call the office on 0115 496 0000 to help.");
        var reason = $(TextField.class).id("acknowledgement");
        assertThat(reason.isVisible()).isTrue();
        assertThat(submit().isEnabled()).isTrue();

        test(submit()).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Say briefly why it is fine");
        assertThat(getCurrentView()).isInstanceOf(DraftEditorView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("draft-status")
                        .getText())
                .as("saved before the refusal")
                .startsWith("Status: Draft · version");

        test(reason).setValue("It is the school office's public number.");
        test(submit()).click();

        assertThat(getCurrentView()).isInstanceOf(MyDraftsView.class);
    }

    @Test
    void saved_versions_show_what_changed_word_by_word() {
        signInAs("teacher");
        navigate(DraftEditorView.class);
        test(text()).setValue("Our trip to the farm");
        test($(Button.class).id("save-draft")).click();
        test(text()).setValue("Our lovely trip to the farm");
        test($(Button.class).id("save-draft")).click();

        var added = $(com.vaadin.flow.component.html.Span.class)
                .withClassName("diff-added")
                .all();
        assertThat(added).extracting(s -> s.getText()).contains("lovely ");
        assertThat($(com.vaadin.flow.component.details.Details.class)
                        .id("versions")
                        .getSummaryText())
                .isEqualTo("Versions (2)");
    }

    @Test
    void slt_open_a_drafts_history_in_the_audit_trail_and_teachers_have_no_link() {
        signInAs("deputy");
        navigate(DraftEditorView.class);
        test(text()).setValue("Whole-school notice " + System.nanoTime());
        test($(Button.class).id("save-draft")).click();

        var link = $(com.vaadin.flow.component.html.Anchor.class).id("draft-history-link");
        assertThat(link.getHref()).startsWith("audit").contains("draft");

        signInAs("teacher");
        navigate(DraftEditorView.class);
        test(text()).setValue("Class notice");
        test($(Button.class).id("save-draft")).click();
        assertThat($(com.vaadin.flow.component.html.Anchor.class)
                        .withId("draft-history-link")
                        .exists())
                .isFalse();
    }

    @Test
    void the_account_picker_offers_only_the_accounts_the_person_may_post_to() {
        signInAs("ta");
        navigate(DraftEditorView.class);

        @SuppressWarnings("unchecked")
        Select<app.safepost.accounts.AccountSummary> account = $(Select.class).id("account");
        assertThat(account.getListDataView().getItems().map(a -> a.handle()).toList())
                .containsExactly("@JGP_Kestrels", "@JGP_Owls");
    }

    @Test
    void another_teachers_draft_is_not_found() {
        signInAs("teacher4");
        navigate(DraftEditorView.class);
        test(text()).setValue("Owls went swimming");
        test($(Button.class).id("save-draft")).click();
        var id = drafts.mine().getFirst().id();

        signInAs("teacher");
        navigate("post/" + id, com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(DraftEditorView.class);
    }

    @Autowired
    app.safepost.media.MediaLibrary media;

    @Test
    void a_pupil_without_consent_ticked_in_a_photo_blocks_until_a_cover_names_them() {
        signInAs("teacher");
        var photo = media.intake("trip.jpg", app.safepost.media.TestPhotos.jpeg(320, 240));
        var draft = drafts.create(
                drafts_account(),
                new app.safepost.drafting.DraftContent(
                        "Our trip to the museum",
                        java.util.List.of(new app.safepost.drafting.DraftContent.AttachedPhoto(
                                photo.id().value(), "Pupils by a fossil")),
                        java.util.List.of()));
        org.awaitility.Awaitility.await()
                .pollInSameThread()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> media.analysis(photo.id()).done());
        navigate("post/" + draft.id(), DraftEditorView.class);
        assertThat(findingClauses()).containsExactly("P15");
        test($(com.vaadin.flow.component.checkbox.Checkbox.class)
                        .withLabel("I have checked every face in photo 1")
                        .single())
                .click();
        assertThat(findingClauses()).isEmpty();

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<app.safepost.pupils.ClassPupil> who =
                $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class)
                        .withLabel("Who is in photo 1")
                        .single();
        var ezra = who.getListDataView()
                .getItems()
                .filter(p -> p.firstName().equals("Ezra"))
                .findFirst()
                .orElseThrow();
        assertThat(who.getItemLabelGenerator().apply(ezra)).isEqualTo("Ezra García – no photo consent");
        assertThat($(TextField.class).withLabel("Alt text for photo 1").single().getValue())
                .isEqualTo("Pupils by a fossil");

        who.select(ezra);

        assertThat(findingClauses()).containsExactly("P15");
        assertThat(submit().isEnabled()).isFalse();

        media.cover(photo.id(), java.util.List.of(app.safepost.media.PhotoCover.emoji(0, 0, 100, 100, "⭐", ezra.id())));
        test(text()).setValue("Our trip to the museum!");

        assertThat(verdict()).isEqualTo("Nothing found: ready to submit.");
        test(submit()).click();
        assertThat(getCurrentView()).isInstanceOf(MyDraftsView.class);
        var saved = drafts.find(draft.id()).orElseThrow();
        assertThat(saved.pupilsShown()).singleElement().satisfies(p -> {
            assertThat(p.covered()).isTrue();
            assertThat(p.mediaId()).isEqualTo(photo.id().value());
        });
    }

    @Test
    void the_author_deletes_a_draft_once_they_confirm_and_a_new_draft_offers_no_delete() {
        signInAs("teacher");
        navigate(DraftEditorView.class);
        assertThat($(Button.class).withId("delete-draft").exists())
                .as("nothing to delete yet")
                .isFalse();
        var draft = drafts.create(drafts_account(), app.safepost.drafting.DraftContent.text("Not needed after all"));
        navigate("post/" + draft.id(), DraftEditorView.class);

        test($(Button.class).id("delete-draft")).click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single())
                .confirm();

        assertThat(getCurrentView()).isInstanceOf(MyDraftsView.class);
        assertThat(drafts.find(draft.id())).isEmpty();
    }

    private app.safepost.accounts.AccountId drafts_account() {
        return rights.accountsOfSignedInStaff().getFirst().account().id();
    }

    @Autowired
    app.safepost.accounts.PostingRights rights;

    @Test
    @SuppressWarnings("unchecked")
    void saying_a_face_is_a_pupil_ticks_them_as_in_the_photo_and_each_face_left_blocks_with_where_it_is() {
        signInAs("teacher");
        var photo = media.intake(
                "group.jpg", app.safepost.media.ClassPhotos.groupOfThree().jpeg());
        org.awaitility.Awaitility.await()
                .pollInSameThread()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> media.analysis(photo.id()).done());
        var draft = drafts.create(
                drafts_account(),
                new app.safepost.drafting.DraftContent(
                        "Sports day",
                        java.util.List.of(new app.safepost.drafting.DraftContent.AttachedPhoto(
                                photo.id().value(), "Races", java.util.Map.of(), true)),
                        java.util.List.of()));
        navigate("post/" + draft.id(), DraftEditorView.class);
        assertThat($(com.vaadin.flow.component.html.ListItem.class)
                        .from($(com.vaadin.flow.component.html.UnorderedList.class)
                                .id("findings"))
                        .all())
                .extracting(li -> li.getElement().getTextRecursively())
                .filteredOn(t -> t.contains("nobody accounted for"))
                .hasSize(3);

        var face = (com.vaadin.flow.component.select.Select<String>)
                $(com.vaadin.flow.component.select.Select.class).id("face-1-f1");
        test(face).selectItem("Amelia Khan");

        var who = (com.vaadin.flow.component.combobox.MultiSelectComboBox<app.safepost.pupils.ClassPupil>)
                $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class)
                        .withLabel("Who is in photo 1")
                        .single();
        assertThat(who.getSelectedItems())
                .extracting(app.safepost.pupils.ClassPupil::firstName)
                .containsExactly("Amelia");
        assertThat($(com.vaadin.flow.component.html.ListItem.class)
                        .from($(com.vaadin.flow.component.html.UnorderedList.class)
                                .id("findings"))
                        .all())
                .extracting(li -> li.getElement().getTextRecursively())
                .filteredOn(t -> t.contains("nobody accounted for"))
                .hasSize(2)
                .noneSatisfy(t -> assertThat(t).contains("face 1,"));
    }

    @Test
    void a_pupils_full_name_read_in_a_photo_blocks_until_one_click_covers_the_text() {
        signInAs("teacher");
        var photo = media.intake("certificate.jpg", app.safepost.media.ClassPhotos.certificate("Amelia Khan"));
        org.awaitility.Awaitility.await()
                .pollInSameThread()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> media.analysis(photo.id()).done());
        var draft = drafts.create(
                drafts_account(),
                new app.safepost.drafting.DraftContent(
                        "Reading award",
                        java.util.List.of(new app.safepost.drafting.DraftContent.AttachedPhoto(
                                photo.id().value(), "A certificate", java.util.Map.of(), true)),
                        java.util.List.of()));
        navigate("post/" + draft.id(), DraftEditorView.class);
        assertThat(findingClauses()).contains("P12");
        assertThat(submit().isEnabled()).isFalse();

        test($(Button.class)
                        .withText("Cover the text naming a pupil in photo 1")
                        .single())
                .click();

        assertThat(findingClauses()).doesNotContain("P12", "P13");
        assertThat(media.find(photo.id()).orElseThrow().covers()).isNotEmpty();
    }
}
