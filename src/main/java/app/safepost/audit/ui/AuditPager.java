package app.safepost.audit.ui;

import app.safepost.audit.AuditEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Newest, Newer and Older over the trail's keyset pages. A page is named by the entry it starts at, so the
 * pager remembers where each earlier page started rather than counting offsets.
 */
class AuditPager extends HorizontalLayout {

    private final Button newest = new Button("Newest");
    private final Button newer = new Button("Newer");
    private final Button older = new Button("Older");
    private final Span pageLabel = new Span();
    private final Deque<Optional<AuditEntry>> earlierStarts = new ArrayDeque<>();
    private final Consumer<@Nullable AuditEntry> showPageStartingAt;
    private @Nullable AuditEntry currentStart;
    private @Nullable AuditEntry nextStart;

    AuditPager(Consumer<@Nullable AuditEntry> showPageStartingAt) {
        this.showPageStartingAt = showPageStartingAt;
        newest.setId("audit-newest");
        newer.setId("audit-newer");
        older.setId("audit-older");
        newest.addClickListener(e -> showFirst());
        newer.addClickListener(e -> showNewer());
        older.addClickListener(e -> showOlder());
        add(newest, newer, older, pageLabel);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    void showFirst() {
        earlierStarts.clear();
        showPageStartingAt.accept(null);
    }

    private void showOlder() {
        if (nextStart != null) {
            earlierStarts.push(Optional.ofNullable(currentStart));
            showPageStartingAt.accept(nextStart);
        }
    }

    private void showNewer() {
        if (!earlierStarts.isEmpty()) {
            showPageStartingAt.accept(earlierStarts.pop().orElse(null));
        }
    }

    /** A page starting at {@code start} is shown; the next one starts at {@code next}, if there is one. */
    void shown(@Nullable AuditEntry start, @Nullable AuditEntry next) {
        currentStart = start;
        nextStart = next;
        update();
    }

    /** The filters are invalid and nothing is shown, so there is no older page to go to. */
    void nothingShown() {
        nextStart = null;
        update();
    }

    private void update() {
        newer.setEnabled(!earlierStarts.isEmpty());
        newest.setEnabled(!earlierStarts.isEmpty());
        older.setEnabled(nextStart != null);
        pageLabel.setText("Page " + (earlierStarts.size() + 1));
    }
}
