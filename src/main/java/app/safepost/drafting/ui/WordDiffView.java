package app.safepost.drafting.ui;

import app.safepost.drafting.domain.WordDiff;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A version's text against the one before: added words marked, removed ones struck through. */
class WordDiffView extends Div {

    WordDiffView(String before, String after) {
        addClassName("marked-text");
        for (var part : WordDiff.between(before, after)) {
            switch (part.kind()) {
                case SAME -> add(new Text(part.text()));
                case ADDED -> {
                    var added = new Span(part.text());
                    added.addClassName("diff-added");
                    added.getElement().setAttribute("title", "added");
                    add(added);
                }
                case REMOVED -> {
                    var removed = new Span(part.text());
                    removed.addClassName("diff-removed");
                    removed.getElement().setAttribute("title", "removed");
                    add(removed);
                }
            }
        }
    }
}
