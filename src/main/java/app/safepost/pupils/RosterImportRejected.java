package app.safepost.pupils;

import java.util.List;

/** The roster file has problems; nothing was imported. */
public class RosterImportRejected extends RuntimeException {

    private final List<RosterProblem> problems;

    public RosterImportRejected(List<RosterProblem> problems) {
        super("The roster file has " + problems.size() + " problem(s); nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    public List<RosterProblem> problems() {
        return problems;
    }
}
