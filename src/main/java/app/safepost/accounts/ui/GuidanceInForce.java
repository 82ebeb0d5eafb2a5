package app.safepost.accounts.ui;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.ComputingLeadGuidance;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/** The rules in force for one account: the rules for all accounts with the account's own added. */
class GuidanceInForce extends Div {

    private final ComputingLeadGuidance guidance;

    GuidanceInForce(ComputingLeadGuidance guidance) {
        this.guidance = guidance;
        addClassName("guidance-in-force");
    }

    /** Shows what is in force for the account; for all accounts ({@code null}) there is nothing to add up. */
    void show(@Nullable AccountId account) {
        removeAll();
        if (account == null) {
            return;
        }
        var merged = guidance.guidanceToRead(account);
        add(new H3("In force for " + merged.handle()));
        add(line("Required hashtags", String.join(" ", merged.requiredHashtags())));
        add(line("Forbidden words", String.join(", ", merged.forbiddenWords())));
        add(line("Forbidden hashtags", String.join(" ", merged.forbiddenHashtags())));
        add(line("Allowed @handles", String.join(" ", merged.allowedHandles())));
        add(line(
                "Most @handles in one post",
                merged.maxTags() == null ? "" : merged.maxTags().toString()));
        merged.notes().forEach(n -> add(line("Note", n)));
    }

    private static Paragraph line(String label, String value) {
        return new Paragraph(label + ": " + (value.isBlank() ? "none" : value));
    }
}
