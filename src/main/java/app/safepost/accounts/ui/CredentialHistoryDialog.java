package app.safepost.accounts.ui;

import app.safepost.accounts.CredentialKind;
import app.safepost.audit.FieldChange;
import app.safepost.audit.RecordRevision;
import app.safepost.common.SchoolTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Function;

/** Who connected, replaced or disconnected an account's credential, and when; never the credential itself. */
class CredentialHistoryDialog extends Dialog {

    CredentialHistoryDialog(String handle, List<RecordRevision> revisions, Function<String, String> name) {
        setHeaderTitle("Credential of " + handle);
        var grid = new Grid<>(RecordRevision.class, false);
        grid.setId("credential-history");
        grid.setAriaLabel("History of the credential of " + handle);
        grid.setEmptyStateText("No changes yet");
        grid.addColumn(r -> SchoolTime.dateTime(r.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> name.apply(r.by()))
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CredentialHistoryDialog::whatHappened)
                .setHeader("What happened")
                .setFlexGrow(1);
        grid.setItems(revisions.reversed());
        grid.setAllRowsVisible(true);
        grid.setWidth("40rem");
        add(grid);
        getFooter().add(new Button("Close", e -> close()));
    }

    /** Connect, replace or disconnect, read from which fields the revision set. */
    static String whatHappened(RecordRevision revision) {
        var changed = revision.changes().stream()
                .filter(c -> c.after() != null)
                .map(FieldChange::field)
                .toList();
        if (changed.contains("disconnectedAt")) {
            return "Disconnected";
        }
        if (changed.contains("connectedAt")) {
            var kind = revision.changes().stream()
                    .filter(c -> c.field().equals("kind") && c.after() != null)
                    .map(c -> c.after() instanceof CredentialKind k
                            ? k.label()
                            : c.after().toString())
                    .findFirst();
            return "Connected" + kind.map(k -> " (" + k + ")").orElse("");
        }
        if (changed.contains("rotatedAt")) {
            return "Credential replaced";
        }
        return "Changed";
    }
}
