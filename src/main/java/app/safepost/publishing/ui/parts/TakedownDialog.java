package app.safepost.publishing.ui.parts;

import app.safepost.common.ui.Notices;
import app.safepost.publishing.PublishedPost;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.TakedownRefused;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Taking a published post down (SLT): the post, a reason that is required, and Take down to confirm.
 * The published register and the home page's Needs action open this same dialog.
 */
public class TakedownDialog extends Dialog {

    private static final int SHORT_TEXT = 120;

    private final TextArea reason = new TextArea("Reason");
    private final Paragraph problem = new Paragraph();

    /** A dialog for the post; {@code takenDown} is told of the post as it stands once it is down. */
    public TakedownDialog(Publishing publishing, PublishedPost post, Consumer<PublishedPost> takenDown) {
        super("Take down this post");
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setMaxLength(500);
        reason.setHelperText("Kept in the register and the audit trail.");
        reason.setWidthFull();
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        var confirm = new Button("Take down", e -> takeDown(publishing, post, takenDown));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new Paragraph(post.handle() + ": " + shortText(post.text())), reason, problem);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        setWidth("32rem");
    }

    /** Opens the dialog with the reason in focus. */
    public TakedownDialog show() {
        open();
        reason.focus();
        return this;
    }

    /** The post's text cut to fit a line or two of a screen. */
    public static String shortText(String text) {
        return text.length() <= SHORT_TEXT ? text : text.substring(0, SHORT_TEXT - 1) + "…";
    }

    private void takeDown(Publishing publishing, PublishedPost post, Consumer<PublishedPost> takenDown) {
        reason.setInvalid(false);
        problem.setText("");
        try {
            var down = publishing.takeDown(post.reference(), reason.getValue());
            close();
            takenDown.accept(down);
            Notices.done(
                    post.practice()
                            ? "The practice post was withdrawn; it never left the school."
                            : "The post was deleted from " + post.platform().label() + ".");
        } catch (TakedownRefused refused) {
            if (refused.field().equals("reason")) {
                reason.setErrorMessage(refused.getMessage());
                reason.setInvalid(true);
                reason.focus();
            } else {
                problem.setText(refused.getMessage());
            }
        }
    }
}
