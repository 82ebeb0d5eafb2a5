package app.safepost.drafting.ui.parts;

import app.safepost.compliance.Finding;
import app.safepost.compliance.FindingWords;
import app.safepost.compliance.Severity;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;

/**
 * The post's text with each finding's span marked, block in red and warn in amber: a read-only
 * mirror under the text area, since a text area cannot colour parts of its text. Text nodes, never
 * HTML, so nothing the author types is interpreted. The review screen shows a post to its reviewer
 * the same way.
 */
public class MarkedText extends Div {

    public MarkedText() {
        this("Your post with what the checks found marked");
    }

    public MarkedText(String label) {
        addClassName("marked-text");
        setId("marked-text");
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("role", "region");
    }

    public void show(String text, List<Finding> findings) {
        removeAll();
        var spans = findings.stream()
                .filter(Finding::pointsIntoText)
                .filter(f -> f.end() <= text.length())
                .sorted(Comparator.comparingInt(Finding::start).thenComparing(f -> f.severity() != Severity.BLOCK))
                .toList();
        int at = 0;
        for (var finding : spans) {
            if (finding.start() < at) {
                continue; // overlaps a span already marked; the list beside still names it
            }
            if (finding.start() > at) {
                add(new Text(text.substring(at, finding.start())));
            }
            var mark = new Span(text.substring(finding.start(), finding.end()));
            mark.getElement().setAttribute("data-clause", finding.clause());
            mark.addClassName(finding.severity() == Severity.BLOCK ? "finding-block" : "finding-warn");
            mark.getElement().setAttribute("title", FindingWords.onScreen(finding));
            add(mark);
            at = finding.end();
        }
        if (at < text.length()) {
            add(new Text(text.substring(at)));
        }
    }
}
