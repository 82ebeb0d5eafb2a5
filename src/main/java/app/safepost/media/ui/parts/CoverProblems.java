package app.safepost.media.ui.parts;

import app.safepost.media.CoversRefused;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Why the covers were refused: beside the cover a problem names, or here when it names none. */
final class CoverProblems extends Div {

    CoverProblems() {
        setId("cover-problems");
        addClassName("cover-problems");
        getElement().setAttribute("role", "alert");
    }

    /** Clears what was shown and marks every row with an empty field; true when none has one. */
    boolean checkFields(List<CoverRow> rows) {
        removeAll();
        rows.forEach(CoverRow::clearError);
        boolean complete = true;
        for (var row : rows) {
            complete &= row.checkComplete();
        }
        return complete;
    }

    void show(CoversRefused refused, List<CoverRow> rows) {
        removeAll();
        for (var problem : refused.problems()) {
            var row = rowNamedIn(problem, rows);
            if (row != null) {
                row.showError(problem.substring(problem.indexOf(':') + 1).strip());
            } else {
                add(new Paragraph(problem));
            }
        }
        add(new Paragraph("Nothing was saved. Correct the covers marked and try again."));
    }

    private static @Nullable CoverRow rowNamedIn(String problem, List<CoverRow> rows) {
        if (!problem.startsWith("Cover ")) {
            return null;
        }
        try {
            int number = Integer.parseInt(problem.substring(6, problem.indexOf(':')));
            return number >= 1 && number <= rows.size() ? rows.get(number - 1) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
