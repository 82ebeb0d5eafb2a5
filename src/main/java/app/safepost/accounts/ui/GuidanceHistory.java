package app.safepost.accounts.ui;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.accounts.GuidanceSeverity;
import app.safepost.audit.ChangeType;
import app.safepost.audit.FieldChange;
import app.safepost.audit.RecordRevision;
import app.safepost.common.SchoolTime;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * The posting guidance screen's history of the rules shown: who changed what and when, newest first,
 * and for those who read the audit trail a link to the same history there.
 */
class GuidanceHistory extends Div {

    private final ComputingLeadGuidance guidance;
    private final boolean readsAuditTrail;
    private final Anchor historyInTrail = new Anchor();
    private final Grid<RecordRevision> history = new Grid<>(RecordRevision.class, false);

    GuidanceHistory(ComputingLeadGuidance guidance, boolean readsAuditTrail) {
        this.guidance = guidance;
        this.readsAuditTrail = readsAuditTrail;
        history.setId("guidance-history");
        history.setAriaLabel("History of this guidance");
        history.addColumn(r -> SchoolTime.dateTime(r.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(RecordRevision::by)
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addComponentColumn(GuidanceHistory::describe)
                .setHeader("What changed")
                .setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.setEmptyStateText("No guidance written for this yet");
        historyInTrail.setText("Open this history in the audit trail");
        historyInTrail.setId("guidance-history-link");
        historyInTrail.setVisible(false);
        add(new H3("History"), historyInTrail, history);
    }

    /** The history of the rules for all accounts ({@code null}) or for one account. */
    void show(@Nullable AccountId scope) {
        history.setItems(guidance.history(scope).reversed());
        if (readsAuditTrail) {
            var link = guidance.historyLink(scope);
            link.ifPresent(historyInTrail::setHref);
            historyInTrail.setVisible(link.isPresent());
        }
    }

    static Div describe(RecordRevision revision) {
        var changes = new Div();
        changes.addClassName("history-change");
        if (revision.type() == ChangeType.ADDED) {
            changes.add(new Span("Written"));
            return changes;
        }
        for (FieldChange change : revision.changes()) {
            changes.add(new Div(
                    new Span(PostingGuidanceView.FIELD_LABELS.getOrDefault(change.field(), change.field()) + ": "),
                    styled(change.before(), "history-before"),
                    new Span(" → "),
                    styled(change.after(), "history-after")));
        }
        return changes;
    }

    private static Span styled(@Nullable Object value, String className) {
        var text = value instanceof GuidanceSeverity s
                ? s.label()
                : value == null || value.toString().isEmpty() ? "(empty)" : value.toString();
        var span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
