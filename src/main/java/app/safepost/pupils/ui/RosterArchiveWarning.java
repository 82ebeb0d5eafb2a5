package app.safepost.pupils.ui;

import app.safepost.pupils.RosterArchiveUnconfirmed;
import app.safepost.pupils.RosterChange;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Shown when a roster file would archive so many pupils that it is probably only part of the MIS
 * export: names every pupil it would archive, and asks for their number in a field placed next to
 * the Confirm button, so that a partial file cannot archive the rest of the school by one click.
 */
final class RosterArchiveWarning extends Div {

    private final H3 heading = new H3();
    private final UnorderedList pupils = new UnorderedList();
    private final IntegerField count = new IntegerField("Number of pupils to archive");

    RosterArchiveWarning() {
        setId("archive-warning");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "archive-warning-heading");
        getStyle()
                .set("border-left", "4px solid var(--lumo-error-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-m) 0");
        heading.setId("archive-warning-heading");
        pupils.setId("archive-list");
        // A long list scrolls inside the panel; focusable so a keyboard can scroll it too.
        pupils.getElement().setAttribute("tabindex", "0");
        pupils.getElement().setAttribute("aria-label", "Pupils the import would archive");
        pupils.getStyle().set("max-height", "14em").set("overflow", "auto");
        add(
                heading,
                new Paragraph("The file does not list them. If it is only part of the MIS export, cancel"
                        + " and upload the whole roster. If these pupils have really left, type their number next to"
                        + " Confirm import."),
                pupils);
        count.setId("archive-count");
        count.setMin(0);
        hide();
    }

    /** The field the office types the number into; the screen places it beside the Confirm button. */
    IntegerField confirmation() {
        return count;
    }

    void show(List<RosterChange> archived) {
        heading.setText("This file would archive " + archived.size() + (archived.size() == 1 ? " pupil" : " pupils"));
        pupils.removeAll();
        archived.forEach(c -> pupils.add(new ListItem(c.name() + ", UPN " + c.upn())));
        count.clear();
        count.setInvalid(false);
        count.setHelperText("Type " + archived.size() + " to confirm");
        count.setVisible(true);
        setVisible(true);
    }

    void hide() {
        setVisible(false);
        count.clear();
        count.setInvalid(false);
        count.setVisible(false);
    }

    /** The number typed, or {@code null} when no confirmation is asked for. */
    @Nullable
    Integer typed() {
        return isVisible() ? count.getValue() : null;
    }

    /** The service refused: the field says what to type. */
    void refused(RosterArchiveUnconfirmed refusal) {
        var wanted = refusal.wouldArchive();
        count.setErrorMessage(
                refusal.confirmed() == null
                        ? "Type " + wanted + ", the number of pupils this import archives."
                        : "This import archives " + wanted + " pupils, not " + refusal.confirmed() + ". Type " + wanted
                                + " to confirm.");
        count.setInvalid(true);
    }
}
