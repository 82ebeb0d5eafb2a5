package app.safepost.policies.ui;

import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.policies.PolicyChangeRefused;
import app.safepost.policies.PolicyReviews;
import app.safepost.policies.ReviewDetails;
import app.safepost.policies.domain.PolicyText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The draft of a policy under review, section by section, as formatted text (headings, lists, bold):
 * what staff will read. SLT edit a section's Markdown behind "Edit section"; governors only read.
 */
class DraftSections extends Div {

    DraftSections(PolicyReviews reviews, ReviewDetails review, boolean slt, Runnable saved) {
        setId("draft-sections");
        if (slt) {
            add(new Paragraph(
                    "Edit a section and save it; in the text, a line starting with # is a heading and ** makes"
                            + " words bold. Each save is kept in the audit trail."));
        }
        var sections = PolicyText.sections(review.draft());
        for (int i = 0; i < sections.size(); i++) {
            var section = sections.get(i);
            if (!section.text().isBlank()) {
                add(section(reviews, review, i, section, slt, saved));
            }
        }
    }

    private static Div section(
            PolicyReviews reviews,
            ReviewDetails review,
            int index,
            PolicyText.Section section,
            boolean slt,
            Runnable saved) {
        var formatted = new Markdown(section.text());
        formatted.addClassName("policy-markdown");
        var box = new Div(formatted);
        box.addClassName("draft-section");
        if (slt) {
            addEditor(box, formatted, reviews, review, index, section, saved);
        }
        return box;
    }

    /** The section's text to edit in place of its formatted reading, for the senior leadership team. */
    private static void addEditor(
            Div box,
            Markdown formatted,
            PolicyReviews reviews,
            ReviewDetails review,
            int index,
            PolicyText.Section section,
            Runnable saved) {
        var area = TextLimits.atMost(200_000, new TextArea(section.title()));
        area.setValue(section.text());
        area.setWidthFull();
        area.setManualValidation(true);
        var buttons = new HorizontalLayout(saveButton(reviews, review, index, section, area, saved));
        var editor = new Div(area, buttons);
        editor.setVisible(false);
        var edit = new Button("Edit section");
        edit.setAriaLabel("Edit section " + section.title());
        var cancel = new Button("Cancel", e -> {
            area.setValue(section.text());
            area.setInvalid(false);
            editor.setVisible(false);
            formatted.setVisible(true);
            edit.setVisible(true);
            edit.focus();
        });
        cancel.setAriaLabel("Cancel editing " + section.title());
        buttons.add(cancel);
        edit.addClickListener(e -> {
            editor.setVisible(true);
            formatted.setVisible(false);
            edit.setVisible(false);
            area.focus();
        });
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(edit, editor);
    }

    private static Button saveButton(
            PolicyReviews reviews,
            ReviewDetails review,
            int index,
            PolicyText.Section section,
            TextArea area,
            Runnable saved) {
        var save = new Button("Save section", e -> {
            area.setInvalid(false);
            try {
                reviews.saveSection(review.id(), index, area.getValue(), review.version());
                Notices.done("Section saved.");
                saved.run();
            } catch (PolicyChangeRefused refused) {
                area.setErrorMessage(String.join(" ", refused.errors().values()));
                area.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setAriaLabel("Save section " + section.title());
        return save;
    }
}
