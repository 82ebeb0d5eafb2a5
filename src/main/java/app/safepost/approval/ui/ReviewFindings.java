package app.safepost.approval.ui;

import app.safepost.approval.ReviewItem;
import app.safepost.compliance.Finding;
import app.safepost.compliance.FindingWords;
import app.safepost.compliance.Severity;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** What the checks, run now, find in the draft under review: the verdict and each finding with its clause. */
class ReviewFindings extends Div {

    ReviewFindings(ReviewItem shown) {
        var result = shown.checkedNow();
        var heading = new H4(
                switch (result.verdict()) {
                    case PASS -> "The checks, run now, find nothing";
                    case WARN -> "The checks, run now, warn";
                    case BLOCK -> "The checks, run now, block this post";
                });
        heading.addClassName("verdict-" + result.verdict().apiName());
        add(heading);
        if (!result.findings().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("findings-list");
            list.setId("review-findings");
            result.findings().forEach(finding -> list.add(item(finding)));
            add(list);
        }
    }

    private static ListItem item(Finding finding) {
        var severity = new Span(finding.severity() == Severity.BLOCK ? "Blocks" : "Warning");
        severity.getElement()
                .getThemeList()
                .add(finding.severity() == Severity.BLOCK ? "badge error" : "badge contrast");
        var li = new ListItem(severity, new Text(" " + FindingWords.onScreen(finding)));
        li.addClassName(finding.severity() == Severity.BLOCK ? "finding-block" : "finding-warn");
        li.getElement().setAttribute("data-clause", finding.clause());
        return li;
    }
}
