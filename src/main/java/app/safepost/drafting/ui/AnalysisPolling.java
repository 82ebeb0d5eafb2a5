package app.safepost.drafting.ui;

import app.safepost.media.PhotoAnalysis;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Asks the server every second while a photo's analysis runs, for a screen without server push, and
 * shows how far it has come. The
 * browser polls only while some photo on the page still waits: the count of waiting photos is kept
 * with the UI.
 */
final class AnalysisPolling {

    private static final String WAITING = "safepost.photos-waiting-for-analysis";

    private final BooleanSupplier poll;
    private @Nullable Registration registration;

    /** @param poll called each second; returns whether to go on */
    AnalysisPolling(BooleanSupplier poll) {
        this.poll = poll;
    }

    void start(UI ui) {
        if (registration != null) {
            return;
        }
        registration = ui.addPollListener(e -> {
            if (!poll.getAsBoolean()) {
                stop(ui);
            }
        });
        ComponentUtil.setData(ui, WAITING, waiting(ui) + 1);
        ui.setPollInterval(1000);
    }

    void stop(UI ui) {
        if (registration == null) {
            return;
        }
        registration.remove();
        registration = null;
        int waiting = Math.max(0, waiting(ui) - 1);
        ComponentUtil.setData(ui, WAITING, waiting);
        if (waiting == 0) {
            ui.setPollInterval(-1);
        }
    }

    /** How far the analysis of photo {@code number} has come: a bar and a sentence read out as it changes. */
    static Div progress(PhotoAnalysis.Step step, int number) {
        var bar = new ProgressBar(
                0,
                3,
                switch (step) {
                    case QUEUED -> 0;
                    case FACES -> 1;
                    case TEXT -> 2;
                    case FINISHED -> 3;
                });
        bar.setId("analysis-progress-" + number);
        bar.getElement().setAttribute("aria-label", "Looking at photo " + number);
        var what = new Span(
                switch (step) {
                    case QUEUED -> "Waiting to look for faces and text in photo " + number + "…";
                    case FACES -> "Looking for faces in photo " + number + "…";
                    default -> "Reading text in photo " + number + "…";
                });
        what.getElement().setAttribute("role", "status");
        var progress = new Div(bar, what);
        progress.addClassName("analysis-progress");
        return progress;
    }

    private static int waiting(UI ui) {
        return ComponentUtil.getData(ui, WAITING) instanceof Integer n ? n : 0;
    }
}
