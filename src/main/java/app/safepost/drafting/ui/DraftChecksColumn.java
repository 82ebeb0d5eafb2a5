package app.safepost.drafting.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.compliance.ComplianceResult;
import app.safepost.compliance.Finding;
import app.safepost.compliance.FindingWords;
import app.safepost.compliance.PostLength;
import app.safepost.compliance.Severity;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.ui.parts.PostPreview;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The editor's checking column: the verdict and each finding with its clause, the Computing Lead's
 * guidance for the chosen account, and the preview of the post on its platform.
 */
class DraftChecksColumn extends Div {

    private final ComputingLeadGuidance guidance;
    private final TextArea text;
    private final PostPreview preview;
    private final Paragraph verdict = new Paragraph();
    private final UnorderedList findings = new UnorderedList();
    private final Div guidanceNotes = new Div();
    private final Details previewDetails = new Details("Preview");

    DraftChecksColumn(ComputingLeadGuidance guidance, TextArea text, PostPreview preview) {
        this.guidance = guidance;
        this.text = text;
        this.preview = preview;
        verdict.setId("verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        findings.addClassName("findings-list");
        findings.setId("findings");
        guidanceNotes.setId("guidance-notes");
        previewDetails.setId("preview");
        previewDetails.add(preview);
        add(
                new H3("Policy checks"),
                verdict,
                findings,
                new H3("Computing Lead's guidance"),
                guidanceNotes,
                previewDetails);
        addClassName("draft-checking");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Policy checks");
    }

    void showPreview(AccountSummary chosen, List<DraftContent.AttachedPhoto> photos, PostLength length) {
        previewDetails.setSummaryText("Preview on " + chosen.platform().label());
        preview.show(chosen, text.getValue(), photos, length);
    }

    /** Says why nothing could be checked, in place of a verdict. */
    void notChecked(String why) {
        verdict.setText(why);
    }

    void showResult(@Nullable ComplianceResult shown) {
        findings.removeAll();
        verdict.removeClassNames("verdict-block", "verdict-warn", "verdict-pass");
        if (shown == null) {
            verdict.setText("Write your post; the checks run as you type.");
            return;
        }
        verdict.addClassName("verdict-" + shown.verdict().apiName());
        verdict.setText(
                switch (shown.verdict()) {
                    case PASS -> "Nothing found: ready to submit.";
                    case WARN -> count(shown, Severity.WARN, "warning") + ": check them; you can still submit.";
                    case BLOCK -> count(shown, Severity.BLOCK, "problem") + " to fix before this can be submitted.";
                });
        for (var finding : shown.findings()) {
            findings.add(findingItem(finding));
        }
    }

    private ListItem findingItem(Finding finding) {
        var severity = new Span(finding.severity() == Severity.BLOCK ? "Blocks" : "Warning");
        severity.getElement()
                .getThemeList()
                .add(finding.severity() == Severity.BLOCK ? "badge error" : "badge contrast");
        var item = new ListItem(severity, new Text(" " + FindingWords.onScreen(finding)));
        item.addClassName(finding.severity() == Severity.BLOCK ? "finding-block" : "finding-warn");
        item.getElement().setAttribute("data-clause", finding.clause());
        if (finding.pointsIntoText() && finding.end() <= text.getValue().length()) {
            var show = new Button(
                    "Show in text",
                    e -> text.getElement()
                            .executeJs(
                                    "const t = this.querySelector('textarea'); t.focus(); t.setSelectionRange($0, $1);",
                                    finding.start(),
                                    finding.end()));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            show.getElement().setAttribute("aria-label", "Show where in the text: " + FindingWords.onScreen(finding));
            item.add(show);
        }
        return item;
    }

    private static String count(ComplianceResult shown, Severity severity, String noun) {
        long n = shown.findings().stream().filter(f -> f.severity() == severity).count();
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    void showGuidance(@Nullable AccountSummary chosen) {
        guidanceNotes.removeAll();
        if (chosen == null) {
            return;
        }
        var posting = guidance.guidanceFor(chosen.id());
        if (posting.notes().isEmpty()) {
            guidanceNotes.add(new Paragraph("No guidance written for this account yet."));
        }
        posting.notes().forEach(note -> guidanceNotes.add(new Paragraph(note)));
        if (!posting.requiredHashtags().isEmpty()) {
            guidanceNotes.add(new Paragraph("Hashtags to add: " + String.join(" ", posting.requiredHashtags())));
        }
        if (!posting.allowedHandles().isEmpty()) {
            guidanceNotes.add(new Paragraph("Accounts you may tag: " + String.join(" ", posting.allowedHandles())));
        }
    }
}
