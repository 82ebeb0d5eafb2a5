package app.safepost.pupils;

import java.util.List;

/**
 * What importing a roster file would do, pupil by pupil, or why it cannot be imported. Nothing is
 * changed while previewing.
 */
public record RosterImportPreview(List<RosterChange> changes, List<RosterProblem> problems) {

    public RosterImportPreview {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public boolean canImport() {
        return problems.isEmpty();
    }

    public RosterImportResult figures() {
        return new RosterImportResult(count(RosterOutcome.NEW), count(RosterOutcome.CHANGED),
                count(RosterOutcome.ARCHIVED), count(RosterOutcome.UNCHANGED));
    }

    private int count(RosterOutcome outcome) {
        return (int) changes.stream().filter(c -> c.outcome() == outcome).count();
    }
}
