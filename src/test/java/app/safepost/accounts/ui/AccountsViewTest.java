package app.safepost.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.PostingRight;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AccountsViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private Grid<PostingRight> accounts() {
        return (Grid<PostingRight>) $(Grid.class).id("my-accounts");
    }

    private java.util.List<String> handles() {
        var grid = test(accounts());
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).account().handle())
                .toList();
    }

    @Test
    void a_teacher_sees_exactly_their_class_account_and_may_only_draft() {
        signInAs("teacher");
        navigate(AccountsView.class);

        assertThat(handles()).containsExactly("@JGP_Kestrels");
        assertThat(test(accounts()).getCellText(0, 3)).isEqualTo("Draft");
        assertThat(test(accounts()).getCellText(0, 1)).isEqualTo("Class account, Class 3");
        assertThat(accounts().getColumns()).hasSize(5);
    }

    @Test
    void a_teaching_assistant_sees_both_classes_they_support() {
        signInAs("ta");
        navigate(AccountsView.class);

        assertThat(handles()).containsExactly("@JGP_Kestrels", "@JGP_Owls");
    }

    @Test
    void slt_see_every_account_whole_school_first_with_publishing() {
        signInAs("head");
        navigate(AccountsView.class);

        assertThat(handles()).hasSize(8).first().isEqualTo("@JesseGrayPrimary");
        assertThat(test(accounts()).getCellText(0, 3)).isEqualTo("Draft and publish");
        assertThat(test(accounts()).getCellText(0, 1)).isEqualTo("Whole-school account");
    }

    @Test
    void slt_connect_an_account_and_see_only_since_when_and_by_whom() {
        signInAs("deputy");
        navigate(AccountsView.class);
        int eagles = handles().indexOf("@JGP_Eagles");
        var actions = (HorizontalLayout) test(accounts()).getCellComponent(eagles, 5);
        var connect = (Button) actions.getComponentAt(0);
        assertThat(connect.getText()).isEqualTo("Connect");

        test(connect).click();
        var dialog = $(Dialog.class).single();
        $(PasswordField.class).single().setValue("eagles-secret-token");
        test($(Button.class).withText("Connect").all().stream()
                        .filter(b -> b.getParent().map(p -> p != actions).orElse(false))
                        .reduce((a, b) -> b)
                        .orElseThrow())
                .click();

        assertThat(dialog.isOpened()).isFalse();
        var connection = test(accounts()).getCellText(eagles, 4);
        assertThat(connection).startsWith("Connected since ").endsWith("by Daniel Reeve");
        assertThat(connection).doesNotContain("eagles-secret-token");

        var newActions = (HorizontalLayout) test(accounts()).getCellComponent(eagles, 5);
        var history = newActions
                .getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals("History"))
                .findFirst()
                .orElseThrow();
        test(history).click();
        @SuppressWarnings("unchecked")
        var revisions = (Grid<app.safepost.audit.RecordRevision>) $(Grid.class).id("credential-history");
        assertThat(test(revisions).getCellText(0, 1)).isEqualTo("Daniel Reeve");
        assertThat(test(revisions).getCellText(0, 2)).isEqualTo("Connected (OAuth token)");
    }

    @Test
    void the_year_4_teacher_sees_only_the_owls_account() {
        signInAs("teacher4");
        navigate(AccountsView.class);

        assertThat(handles()).containsExactly("@JGP_Owls");
        assertThat($(Paragraph.class)
                        .withText("You may not post to any of the school's accounts.")
                        .exists())
                .isFalse();
    }
}
