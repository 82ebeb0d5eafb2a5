package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.accounts.GuidanceRules;
import app.safepost.accounts.SocialAccounts;
import app.safepost.moderation.BlockReason;
import app.safepost.moderation.BlockRequest;
import app.safepost.moderation.FollowExceptions;
import app.safepost.moderation.FollowKind;
import app.safepost.moderation.FollowerRegister;
import app.safepost.moderation.IncidentAction;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.IncidentReport;
import app.safepost.moderation.Incidents;
import app.safepost.moderation.StepKind;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.policies.PolicyLibrary;
import app.safepost.policies.PolicyReviews;
import app.safepost.policies.Reconfirmation;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every screen a governor may open (from the screen access matrix, so a new one fails this test
 * until it has a place to visit here) and every file they can download from it, with a demo pupil's
 * full name written everywhere staff type free text that reaches governors: incidents, the follower
 * register, follow exceptions, a policy with its review and sign-off, the Computing Lead's guidance,
 * a notice. Governors read [name] wherever SLT read the name.
 */
class NamesMaskedOnGovernorsScreensTest extends ScreenTest {

    private static final String PUPIL = "Amelia Khan";
    private static final Pattern PUPILS_NAME = Pattern.compile("(?i)(?<!\\p{L})(amelia|khan)(?!\\p{L})");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Incidents incidents;

    @Autowired
    FollowerRegister register;

    @Autowired
    FollowExceptions follows;

    @Autowired
    PolicyLibrary library;

    @Autowired
    PolicyReviews reviews;

    @Autowired
    ComputingLeadGuidance guidance;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    Notices notices;

    /** The Computing Lead's rules for all accounts as they were, put back afterwards. */
    private GuidanceRules guidanceBefore;

    @Test
    void governor_never_reads_a_pupils_name_on_any_screen_or_in_any_file_they_can_download() {
        var places = writePupilsNameEverywhere();
        try {
            var governorsRoutes = ScreenAccess.routes().stream()
                    .filter(route -> ScreenAccess.allowed(route).contains(DemoUsers.GOVERNOR))
                    .toList();
            assertThat(places.keySet())
                    .as("a place to visit for every screen a governor may open")
                    .containsAll(governorsRoutes);
            int downloads = 0;
            for (var route : governorsRoutes) {
                var location = places.get(route);
                signInAs(DemoUsers.GOVERNOR);
                open(location);
                var shown = allText(UI.getCurrent());
                assertNoName(shown, location);
                for (var file : downloads(UI.getCurrent())) {
                    assertNoName(file, "a download from " + location);
                    assertThat(file)
                            .as("a download from %s holds the masked name", location)
                            .contains("[name]");
                    downloads++;
                }
                if (shown.contains("[name]") && ScreenAccess.allowed(route).contains(DemoUsers.DEPUTY)) {
                    signInAs(DemoUsers.DEPUTY);
                    open(location);
                    assertThat(PUPILS_NAME.matcher(allText(UI.getCurrent())).find())
                            .as("SLT read the name on %s", location)
                            .isTrue();
                }
            }
            assertThat(downloads)
                    .as("audit CSV and PDF, policy PDF, termly report PDF")
                    .isGreaterThanOrEqualTo(4);
        } finally {
            signInAs(DemoUsers.COMPUTING);
            guidance.update(
                    null, withVersion(guidanceBefore, guidance.rulesFor(null).version()));
        }
    }

    /** Writes the name wherever staff type text a governor reads; returns where to look for each governor's route. */
    private Map<String, String> writePupilsNameEverywhere() {
        var places = new LinkedHashMap<String, String>();
        signInAs(DemoUsers.TEACHER);
        var wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        var incident = incidents
                .report(new IncidentReport(
                        wholeSchool,
                        IncidentCategory.OFFENSIVE_LANGUAGE,
                        "A reply named " + PUPIL + " under the sports day post",
                        "https://x.example/amelia_khan/status/1",
                        null,
                        false))
                .id();
        var exception = follows.request(
                wholeSchool,
                "@ameliakhan_reads" + System.nanoTime(),
                FollowKind.CHILDRENS_AUTHOR,
                PUPIL + "'s class read her books this term.");

        signInAs(DemoUsers.DEPUTY);
        incidents.act(incident, IncidentAction.of(StepKind.PARENTS_INFORMED, "Told " + PUPIL + "'s parents."));
        incidents.act(
                incident,
                new IncidentAction(
                        StepKind.REPORTED_TO_PLATFORM,
                        "Reported the reply about " + PUPIL,
                        null,
                        null,
                        null,
                        "Ref " + PUPIL));
        var follower = register.add(wholeSchool, "@amelia_khan_" + System.nanoTime(), PUPIL, null)
                .id();
        register.block(
                follower,
                new BlockRequest(
                        BlockReason.OFFENSIVE_LANGUAGE,
                        "Pretended to be " + PUPIL,
                        "https://x.example/amelia_khan",
                        null,
                        incident));
        follows.decide(exception.id(), true, "Safe, and " + PUPIL + "'s class asked for it.");
        incidents.comment(incident, "Checked with " + PUPIL + "'s teacher.");
        incidents.close(incident, PUPIL + "'s parents are content.");

        var title = "Masking test policy " + System.nanoTime();
        library.importIfMissing(
                title,
                1,
                "Senior Leadership Team",
                LocalDate.now().minusMonths(11),
                LocalDate.now().plusMonths(1),
                "# " + title + "\n\n## Rationale\n\nStaff may never name " + PUPIL
                        + " or any pupil with their surname.\n");
        var policy = library.policyTitled(title).orElseThrow().id();
        var review = reviews.open(policy).id();
        for (var what : Reconfirmation.values()) {
            reviews.reconfirm(review, what, true);
        }
        signInAs(DemoUsers.GOVERNOR);
        reviews.comment(review, "Rationale", "Does this cover " + PUPIL + "?");
        signInAs(DemoUsers.HEAD);
        var draft = reviews.review(review);
        reviews.signOff(review, draft.draftSha256(), LocalDate.now().plusYears(1), PUPIL + "'s case is still open.");
        var second = reviews.open(policy).id();
        reviews.comment(second, "Rationale", "Name " + PUPIL + " in the example.");

        signInAs(DemoUsers.COMPUTING);
        var before = guidance.rulesFor(null);
        guidanceBefore = before;
        guidance.update(
                null,
                new GuidanceRules(
                        before.requiredHashtags(),
                        before.forbiddenWords(),
                        before.forbiddenHashtags(),
                        before.allowedHandles(),
                        before.maxTags(),
                        "Ask before naming a class: " + PUPIL + "'s parents said no.",
                        before.severities(),
                        before.version()));

        InSchool.jesseGray(
                jdbc,
                () -> notices.toStaff(
                        List.of(DemoUsers.GOVERNOR, DemoUsers.DEPUTY),
                        new Notice(
                                PUPIL + " was named",
                                "A reply named " + PUPIL + ".",
                                "incidents?incident=" + incident.value())));

        places.put("", "");
        places.put("school", "school");
        places.put("guidance", "guidance");
        places.put("policies", "policies");
        places.put("policies/:id", "policies/" + policy.value());
        places.put("policies/:id/review", "policies/" + policy.value() + "/review");
        places.put("notices", "notices");
        places.put("audit", "audit?type=incident&record=" + incident.value());
        places.put("audit/integrity", "audit/integrity");
        places.put("followers", "followers?follower=" + follower.value());
        places.put("follows", "follows");
        places.put("incidents", "incidents?incident=" + incident.value());
        places.put("incidents/report", "incidents/report");
        // The parents' public form names the child only to whoever holds a parent's link; a governor holds none.
        places.put("consent-form/:token", "consent-form/a-link-no-parent-was-sent");
        return places;
    }

    private static GuidanceRules withVersion(GuidanceRules rules, long version) {
        return new GuidanceRules(
                rules.requiredHashtags(),
                rules.forbiddenWords(),
                rules.forbiddenHashtags(),
                rules.allowedHandles(),
                rules.maxTags(),
                rules.note(),
                rules.severities(),
                version);
    }

    private static void open(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    private static void assertNoName(String text, String where) {
        assertThat(PUPILS_NAME.matcher(text).find())
                .as("a pupil's name on %s:%n%s", where, text)
                .isFalse();
    }

    /** What the screen shows: every component's text, every grid's cells, every field's value and every Markdown text. */
    private String allText(Component root) {
        var text = new StringBuilder();
        collect(root, text);
        return text.toString();
    }

    private void collect(Component component, StringBuilder text) {
        text.append('\n').append(component.getElement().getText());
        if (component instanceof Grid<?> grid) {
            var rows = test(grid);
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < grid.getColumns().size(); column++) {
                    text.append('\n').append(cell(rows, row, column));
                }
            }
        } else if (component instanceof HasValue<?, ?> field && field.getValue() instanceof String value) {
            text.append('\n').append(value);
        } else if (component instanceof Markdown markdown) {
            text.append('\n').append(markdown.getContent());
        }
        component.getChildren().forEach(child -> collect(child, text));
    }

    private static String cell(GridTester<?, ?> rows, int row, int column) {
        try {
            return rows.getCellText(row, column);
        } catch (RuntimeException componentColumn) {
            return rows.getCellComponent(row, column).getElement().getTextRecursively();
        }
    }

    /** Every file the screen offers for download, as text (a PDF's extracted). */
    private List<String> downloads(Component root) {
        var files = new ArrayList<String>();
        for (var anchor : anchors(root, new ArrayList<>())) {
            if (!anchor.getHref().contains("VAADIN/dynamic")) {
                continue;
            }
            var out = new ByteArrayOutputStream();
            test(anchor).download(out);
            files.add(asText(out.toByteArray()));
        }
        return files;
    }

    private static List<Anchor> anchors(Component component, List<Anchor> found) {
        if (component instanceof Anchor anchor) {
            found.add(anchor);
        }
        component.getChildren().forEach(child -> anchors(child, found));
        return found;
    }

    private static String asText(byte[] file) {
        if (new String(file, 0, Math.min(5, file.length), StandardCharsets.US_ASCII).equals("%PDF-")) {
            try (var pdf = Loader.loadPDF(file)) {
                return new PDFTextStripper().getText(pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(file, StandardCharsets.UTF_8);
    }
}
