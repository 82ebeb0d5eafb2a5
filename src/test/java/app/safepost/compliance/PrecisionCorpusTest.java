package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Staff stop trusting a check that cries wolf. The precision corpus
 * ({@code compliance/precision-corpus.txt}) holds ordinary school communication with no pupil's name
 * used as a name: newsletters, event notices, Title Case headlines, thank-yous naming staff with
 * their titles, children's authors, famous people and places. None of it may block, on a class
 * account or on the whole-school account; what warns is counted and printed.
 */
class PrecisionCorpusTest {

    private static final List<String> POSTS = load();

    @Test
    void the_corpus_is_large_enough_to_mean_something() {
        assertThat(POSTS).hasSizeGreaterThanOrEqualTo(500).doesNotHaveDuplicates();
    }

    @Test
    void no_post_of_ordinary_school_communication_blocks_on_any_account() {
        var report = new StringBuilder("Precision corpus: " + POSTS.size() + " posts on the demo roster\n");
        var blocked = new ArrayList<String>();
        for (var account : List.of(Checks.CLASS, Checks.WHOLE_SCHOOL)) {
            var warned = new ArrayList<String>();
            for (String post : POSTS) {
                var result = DemoRoster.CHECKER.check(account, PostUnderCheck.text(post));
                if (result.verdict() == Verdict.BLOCK) {
                    blocked.add(account.kind().apiName() + ": " + post + " → " + result.findings());
                } else if (result.verdict() == Verdict.WARN) {
                    warned.add(post + "  [" + String.join(", ", Checks.clauses(result)) + ": " + spans(post, result)
                            + "]");
                }
            }
            report.append("%s account: %d warn, %d pass%n"
                    .formatted(account.kind().apiName(), warned.size(), POSTS.size() - warned.size() - blocked.size()));
            warned.forEach(line -> report.append("  warns: ").append(line).append('\n'));
        }
        System.out.println(report);

        assertThat(blocked).as("posts that block").isEmpty();
    }

    private static String spans(String post, ComplianceResult result) {
        return String.join(
                ", ",
                result.findings().stream().map(f -> Checks.spanOf(post, f)).toList());
    }

    private static List<String> load() {
        try (InputStream in = Objects.requireNonNull(
                PrecisionCorpusTest.class.getResourceAsStream("/compliance/precision-corpus.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
