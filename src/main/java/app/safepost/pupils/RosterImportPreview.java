package app.safepost.pupils;

import java.util.List;

/**
 * What importing a roster file would do, pupil by pupil, or why it cannot be imported. Nothing is
 * changed while previewing.
 *
 * @param archiveNeedsConfirmation the file archives so many pupils that the number must be confirmed
 *                                 (see {@link PupilRoster#archiveNeedsConfirmation})
 */
public record RosterImportPreview(
        List<RosterChange> changes, List<RosterProblem> problems, boolean archiveNeedsConfirmation) {

    public RosterImportPreview {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public RosterImportPreview(List<RosterChange> changes, List<RosterProblem> problems) {
        this(changes, problems, false);
    }

    /** The pupils on roll the file no longer lists, who would be archived. */
    public List<RosterChange> archived() {
        return changes.stream()
                .filter(c -> c.kind() == RosterChangeKind.ARCHIVED)
                .toList();
    }

    public boolean canImport() {
        return problems.isEmpty();
    }

    public RosterImportFigures figures() {
        return new RosterImportFigures(
                count(RosterChangeKind.NEW),
                count(RosterChangeKind.CHANGED),
                count(RosterChangeKind.ARCHIVED),
                count(RosterChangeKind.UNCHANGED));
    }

    private int count(RosterChangeKind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }
}
