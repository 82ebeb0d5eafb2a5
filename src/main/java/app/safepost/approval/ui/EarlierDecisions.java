package app.safepost.approval.ui;

import app.safepost.approval.ReviewDecision;
import app.safepost.common.SchoolTime;
import app.safepost.school.StaffNames;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The decisions taken on earlier versions of the post under review, oldest first, in words. */
class EarlierDecisions extends Div {

    EarlierDecisions(List<ReviewDecision> decisions, StaffNames names) {
        var history = new UnorderedList();
        decisions.forEach(d -> history.add(new ListItem(outcome(d) + " by " + names.of(d.decidedBy()) + " on "
                + SchoolTime.dateTime(d.decidedAt()) + " (version " + d.draftVersion() + ")"
                + (d.comment() == null ? "" : ": " + d.comment()))));
        add(new H4("Earlier decisions"), history);
    }

    /** A decision in words; a move says when to. */
    private static String outcome(ReviewDecision decision) {
        return switch (decision.outcome()) {
            case "approved" -> "Approved";
            case "scheduled" -> "Approved for " + SchoolTime.dateTime(decision.publishAt());
            case "rejected" -> "Sent back";
            case "moved" -> "Moved to " + SchoolTime.dateTime(decision.publishAt());
            default -> decision.outcome();
        };
    }
}
