package app.safepost.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.RecordRevision;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class PostingGuidanceViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private Grid<RecordRevision> history() {
        return (Grid<RecordRevision>) $(Grid.class).id("guidance-history");
    }

    private TextField requiredHashtags() {
        return $(TextField.class).withLabel("Required hashtags").single();
    }

    @Test
    void the_computing_lead_edits_an_accounts_guidance_and_sees_the_edit_at_the_top_of_the_history() {
        signInAs("computing");
        navigate(PostingGuidanceView.class);
        test($(Select.class).withLabel("Applies to").single()).selectItem("@JGP_Eagles");
        var tag = "#Eagles" + (System.nanoTime() % 100000);

        test(requiredHashtags()).setValue(tag);
        test($(Button.class).withText("Save guidance").single()).click();
        test(requiredHashtags()).setValue(tag + " #Year6");
        test($(Button.class).withText("Save guidance").single()).click();

        assertThat(requiredHashtags().isInvalid()).isFalse();
        var newest = test(history()).getRow(0);
        assertThat(newest.by()).isEqualTo("computing");
        assertThat(newest.changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("requiredHashtags");
            assertThat(change.before()).isEqualTo(tag);
            assertThat(change.after()).isEqualTo(tag + ", #Year6");
        });
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .withClassName("guidance-in-force")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains(tag + " #Year6");
    }

    @Test
    void a_hashtag_without_its_sign_is_explained_next_to_the_field_and_nothing_is_saved() {
        signInAs("computing");
        navigate(PostingGuidanceView.class);
        var rows = test(history()).size();

        test(requiredHashtags()).setValue("JGPLearning");
        test($(Button.class).withText("Save guidance").single()).click();

        assertThat(requiredHashtags().isInvalid()).isTrue();
        assertThat(requiredHashtags().getErrorMessage())
                .isEqualTo("\"JGPLearning\" is not valid. Write each hashtag with its #, for example #JGPLearning.");
        assertThat(test(history()).size()).isEqualTo(rows);
    }

    @Test
    void a_tag_limit_over_20_is_explained_next_to_the_field_and_nothing_is_saved() {
        signInAs("computing");
        navigate(PostingGuidanceView.class);
        var rows = test(history()).size();
        var limit = $(IntegerField.class).withLabel("Most @handles in one post").single();

        limit.setValue(25);
        test($(Button.class).withText("Save guidance").single()).click();

        assertThat(limit.isInvalid()).isTrue();
        assertThat(limit.getErrorMessage())
                .isEqualTo("Enter a whole number from 0 to 20, or leave it empty for no limit.");
        assertThat(test(history()).size()).isEqualTo(rows);
    }

    @Test
    void a_teacher_reads_the_guidance_without_editing_or_history() {
        signInAs("teacher");
        navigate(PostingGuidanceView.class);

        assertThat(requiredHashtags().getValue()).isEmpty();
        assertThat(requiredHashtags().isReadOnly()).isTrue();
        assertThat($(TextArea.class).withLabel("Note for drafters").single().getValue())
                .isNotBlank();
        assertThat($(Button.class).withText("Save guidance").exists()).isFalse();
        assertThat($(Grid.class).exists()).isFalse();
    }

    @Test
    void a_governor_reads_the_history_but_may_not_edit() {
        signInAs("governor");
        navigate(PostingGuidanceView.class);

        assertThat($(Button.class).withText("Save guidance").exists()).isFalse();
        assertThat(test(history()).size()).isPositive();
        assertThat(test(history()).getRow(test(history()).size() - 1).by()).isEqualTo("system");
    }
}
