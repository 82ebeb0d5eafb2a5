package app.safepost.audit.ui;

import app.safepost.audit.AuditEntry;
import app.safepost.audit.AuditExplorer;
import app.safepost.audit.ReadableChange;
import app.safepost.audit.TextDiff;
import app.safepost.audit.domain.ExportDocuments;
import app.safepost.common.SchoolTime;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The selected entry of the audit trail: each field before and after in words, long texts as a word diff. */
class AuditChangeDetails extends Div {

    private final AuditExplorer explorer;

    AuditChangeDetails(AuditExplorer explorer) {
        this.explorer = explorer;
        setId("audit-changes");
        addClassName("audit-changes");
        show(null, "");
    }

    void show(@Nullable AuditEntry entry, String recordName) {
        removeAll();
        if (entry == null) {
            add(new Paragraph("Select a change in the list to see each field before and after."));
            return;
        }
        add(new H3(entry.type().label() + ": " + recordName + ", "
                + ExportDocuments.changeWords(entry.change()).toLowerCase(Locale.ROOT) + " by " + entry.by() + ", "
                + SchoolTime.dateTime(entry.at())));
        var changes = explorer.changesInWords(entry);
        if (changes.isEmpty()) {
            add(new Paragraph("The details of this change are no longer in the trail."));
            return;
        }
        add(describe(changes.get()));
    }

    static Div describe(List<ReadableChange> changes) {
        var list = new Div();
        list.addClassName("audit-field-changes");
        if (changes.isEmpty()) {
            list.add(new Paragraph("No field changed."));
        }
        for (var change : changes) {
            var line = new Div();
            line.addClassName("audit-field-change");
            line.add(new Span(change.label() + ": "));
            if (TextDiff.isLongText(change.before(), change.after())) {
                var diff = new Div();
                diff.addClassName("text-diff");
                for (var run : TextDiff.between(plain(change.before()), plain(change.after()))) {
                    diff.add(run(run));
                }
                line.add(diff);
            } else {
                line.add(
                        value(change.before(), "history-before", "before: "),
                        new Span(" → "),
                        value(change.after(), "history-after", "after: "));
            }
            list.add(line);
        }
        return list;
    }

    private static String plain(String words) {
        return "(empty)".equals(words) ? "" : words;
    }

    private static Span run(TextDiff.Run run) {
        var span = new Span();
        switch (run.kind()) {
            case KEPT -> span.setText(run.text());
            case REMOVED -> {
                span.add(hidden("[removed: "), new Span(run.text()), hidden("]"));
                span.addClassName("audit-diff-removed");
            }
            case ADDED -> {
                span.add(hidden("[added: "), new Span(run.text()), hidden("]"));
                span.addClassName("audit-diff-added");
            }
        }
        return span;
    }

    private static Span hidden(String text) {
        var span = new Span(text);
        span.addClassName("visually-hidden");
        return span;
    }

    private static Span value(String value, String className, String spokenPrefix) {
        var span = new Span(hidden(spokenPrefix), new Span(value));
        span.addClassName(className);
        return span;
    }
}
