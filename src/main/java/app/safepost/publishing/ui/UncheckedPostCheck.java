package app.safepost.publishing.ui;

import app.safepost.common.ui.Notices;
import app.safepost.publishing.CheckRefused;
import app.safepost.publishing.PublishedPost;
import app.safepost.publishing.Publishing;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The actions on a post the platform would not let the portal check before a resend: SLT look on the
 * platform, then say it is there (with its address) or send it again. Either is kept with who and when.
 */
class UncheckedPostCheck extends HorizontalLayout {

    private final Publishing publishing;
    private final PublishedPost post;
    private final Runnable refresh;

    UncheckedPostCheck(Publishing publishing, PublishedPost post, Runnable refresh) {
        this.publishing = publishing;
        this.post = post;
        this.refresh = refresh;
        setSpacing(true);
        var platform = post.platform().label();
        var there = new Button("It is on " + platform, e -> askForAddress());
        there.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        there.setAriaLabel("The post to " + post.handle() + " is on " + platform + ": give its address");
        var resend = new Button("Send it again", e -> confirmResend());
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        resend.setAriaLabel("The post to " + post.handle() + " is not on " + platform + ": send it again");
        add(there, resend);
    }

    private void askForAddress() {
        var platform = post.platform().label();
        var dialog = new Dialog("Where is the post on " + platform + "?");
        var address = new TextField("The post's address");
        address.setManualValidation(true);
        address.setRequiredIndicatorVisible(true);
        address.setMaxLength(500);
        address.setHelperText("Open " + post.handle() + " on " + platform + ", open the post and copy its address.");
        address.setWidthFull();
        var problem = problem();
        var save = new Button("It is there", e -> {
            address.setInvalid(false);
            try {
                publishing.confirmOnPlatform(post.reference(), address.getValue());
                done(dialog, "Recorded as published on " + platform + "; nothing was sent again.");
            } catch (CheckRefused refused) {
                if (refused.field().equals("address")) {
                    address.setErrorMessage(refused.getMessage());
                    address.setInvalid(true);
                    address.focus();
                } else {
                    problem.setText(refused.getMessage());
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(post.handle() + ": " + post.text()), address, problem);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("32rem");
        dialog.open();
        address.focus();
    }

    private void confirmResend() {
        var platform = post.platform().label();
        var dialog = new Dialog("Send the post to " + post.handle() + " again?");
        var problem = problem();
        var send = new Button("Send it again", e -> {
            try {
                publishing.confirmNotOnPlatform(post.reference());
                done(dialog, "The post will be sent to " + platform + " within a minute.");
            } catch (CheckRefused refused) {
                problem.setText(refused.getMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(
                new Paragraph("Only if you looked on " + platform + " and the post is not there: otherwise it"
                        + " appears twice. " + post.handle() + ": " + post.text()),
                problem);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), send);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private static Paragraph problem() {
        var problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        return problem;
    }

    private void done(Dialog dialog, String message) {
        dialog.close();
        refresh.run();
        Notices.done(message);
    }
}
