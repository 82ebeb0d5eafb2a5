package app.safepost.media;

import java.util.List;

/** Covers that cannot be burned in as drawn, each problem in the words of the person drawing them. */
public class CoversRefused extends IllegalArgumentException {

    private final List<String> problems;

    public CoversRefused(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
