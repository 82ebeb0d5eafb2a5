package app.safepost.policies.ui;

import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.common.ui.TextLimits;
import app.safepost.policies.PolicyChangeRefused;
import app.safepost.policies.PolicyId;
import app.safepost.policies.PolicyReviews;
import app.safepost.policies.ReviewDetails;
import app.safepost.policies.ReviewId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The policy review's sign-off: the head teacher signs exactly the draft shown, with the next review
 * date; a sign-off with comments still open needs a reason.
 */
class ReviewSignOff extends Div {

    ReviewSignOff(PolicyReviews reviews, ReviewDetails review, PolicyId policyId, boolean headTeacher) {
        setId("sign-off");
        if (!headTeacher) {
            add(new Paragraph(
                    "The head teacher signs off the review; the draft then becomes the version in" + " force."));
            return;
        }
        var hash = new Div(new Paragraph("You sign exactly the draft above, with its own head teacher signature, date"
                + " adopted and review date lines (where it has them) filled in from this sign-off."));
        var next = SchoolTimeFields.date("Next review");
        next.setValue(reviews.suggestedNextReview());
        // The fingerprint of what will be signed follows the review date chosen, which the text then names.
        next.addValueChangeListener(e -> {
            hash.getChildren().filter(Details.class::isInstance).toList().forEach(hash::remove);
            if (e.getValue() != null) {
                hash.add(SignOffBlock.fingerprint(
                        "Fingerprint of the signed text", reviews.signedTextSha256(review.id(), e.getValue())));
            }
        });
        hash.add(SignOffBlock.fingerprint(
                "Fingerprint of the signed text", reviews.signedTextSha256(review.id(), next.getValue())));
        next.setHelperText("A year from today unless you choose an earlier date.");
        next.setManualValidation(true);
        var reason = reasonField(review);
        var error = errorLine();
        var seen = review.draftSha256();
        var errors = new FieldErrors()
                .put("nextReviewDue", next)
                .put("overrideReason", reason)
                .elsewhere(error::setText);
        var sign = new Button("Sign off", e -> {
            errors.clear();
            error.setText("");
            signOff(reviews, review.id(), seen, next.getValue(), reason.getValue(), policyId, errors);
        });
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setId("sign-off-button");
        add(hash, next, reason, error, sign);
    }

    /** Where a refusal that belongs to no field is shown. */
    private static Paragraph errorLine() {
        var error = new Paragraph();
        error.setId("sign-off-error");
        error.addClassName("form-error");
        return error;
    }

    private static TextArea reasonField(ReviewDetails review) {
        var reason = TextLimits.atMost(1000, new TextArea("Reason for signing with comments still open"));
        reason.setWidthFull();
        reason.setHelperText(
                review.openComments() == 0
                        ? "Not needed: every comment is resolved."
                        : review.openComments() + " comment(s) still open.");
        return reason;
    }

    private void signOff(
            PolicyReviews reviews,
            ReviewId reviewId,
            @Nullable String seen,
            @Nullable LocalDate nextReview,
            @Nullable String reason,
            PolicyId policyId,
            FieldErrors errors) {
        try {
            var version = reviews.signOff(reviewId, seen, nextReview, reason);
            Notices.done("Version " + version.number() + " is now in force.");
            getUI().ifPresent(ui -> ui.navigate(
                    PolicyView.class, new RouteParameters("id", policyId.value().toString())));
        } catch (PolicyChangeRefused refused) {
            errors.show(refused);
        }
    }
}
