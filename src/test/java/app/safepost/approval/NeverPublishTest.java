package app.safepost.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.SocialAccounts;
import app.safepost.audit.AuditExplorer;
import app.safepost.audit.AuditExplorer.ExportFormat;
import app.safepost.audit.AuditQuery;
import app.safepost.compliance.Finding;
import app.safepost.compliance.Verdict;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.DraftReviews;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.drafting.PostChecks;
import app.safepost.drafting.SubmissionRefused;
import app.safepost.notifications.Notices;
import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.NeverPublishRegister;
import app.safepost.pupils.PupilDetails;
import app.safepost.pupils.PupilId;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterFixture;
import app.safepost.school.SchoolDirectory;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Safeguarding end to end: the DSL (the demo head teacher) flags a pupil "never publish"; a photo of
 * them blocks even covered, their first name blocks on the whole-school account, what already shows or
 * names them is listed for SLT and the DSL is told; nobody else may set the flag, and the reason
 * reaches no other role through the API, the audit trail, its exports, notices or e-mails.
 */
@SafepostServerTest
class NeverPublishTest {

    private static final String UPN = "T99999999997A";
    private static final String REASON = "Court order: no contact with the birth father " + System.nanoTime();

    @LocalServerPort
    int port;

    @Autowired
    PupilRoster roster;

    @Autowired
    ConsentRegister consents;

    @Autowired
    NeverPublishRegister neverPublish;

    @Autowired
    Drafts drafts;

    @Autowired
    DraftReviews reviews;

    @Autowired
    PostChecks checks;

    @Autowired
    ReviewQueue queue;

    @Autowired
    ConsentFollowUp followUp;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    Notices notices;

    @Autowired
    AuditExplorer explorer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private PupilId zebedee;

    /** A pupil of Class 3 with consent for both social-media accounts, as the office enrols them. */
    @BeforeEach
    void enrolZebedee() {
        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        var class3 = directory.classNamed("Class 3").orElseThrow().id();
        zebedee = roster.enrol(new PupilDetails(UPN, "Zebedee", "Quillfeather", null, class3))
                .id();
        consents.record(zebedee, new ConsentDecision(true, ConsentSource.GDPR_FORM, LocalDate.of(2026, 9, 3), null));
    }

    @AfterEach
    void removeZebedee() {
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        neverPublish.change(zebedee, false, "Test over.");
        followUp.open().stream()
                .filter(a -> a.upn().equals(UPN))
                .forEach(a -> followUp.resolve(a.id(), a.version(), "Test over."));
        SignedIn.nobody();
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    private AccountId account(String handle) {
        return InSchool.jesseGray(
                jdbc, () -> accounts.accountWithHandle(handle).orElseThrow().id());
    }

    /** A whole-school post naming Zebedee, written by the head, approved by the deputy, sent by the sandbox. */
    private DraftId publishedPostNamingZebedee() {
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        var draft = drafts.create(account("@JesseGrayPrimary"), DraftContent.text("Zebedee won the chess cup!"));
        var submitted = drafts.submit(draft.id(), draft.version(), "A first name alone on the whole-school account.");
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        queue.approve(submitted.id(), submitted.version(), null, null);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> InSchool.jesseGray(
                                jdbc,
                                () -> reviews.find(submitted.id()).orElseThrow().status())
                        == DraftStatus.PUBLISHED);
        return submitted.id();
    }

    @Test
    void the_dsl_flags_a_pupil_and_what_shows_or_names_them_is_listed_and_blocked() {
        var published = publishedPostNamingZebedee();
        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        var covered = drafts.create(
                account("@JGP_Kestrels"),
                new DraftContent("Our chess club", List.of(), List.of(new DraftContent.PupilShown(UPN, true))));
        assertThat(covered.latestCheck().result().verdict()).isEqualTo(Verdict.PASS);

        SignedIn.as(demoUsers, DemoUsers.HEAD);
        assertThat(neverPublish.change(zebedee, true, REASON)).isTrue();

        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var listed = followUp.open().stream().filter(a -> a.upn().equals(UPN)).toList();
        assertThat(listed)
                .extracting(NeedsAction::kind, NeedsAction::reference, NeedsAction::reason)
                .contains(
                        tuple("post", published.value(), "never-publish"),
                        tuple("draft", covered.id().value(), "never-publish"));
        // Other tests' drafts may name a pupil called Zebedee too; whatever else is listed must.
        assertThat(listed)
                .allSatisfy(action -> assertThat(InSchool.jesseGray(
                                jdbc,
                                () -> reviews.find(new DraftId(action.reference()))
                                        .orElseThrow()
                                        .content()))
                        .satisfiesAnyOf(
                                content -> assertThat(content.text()).containsIgnoringCase("Zebedee"),
                                content -> assertThat(content.pupilsShown())
                                        .extracting(DraftContent.PupilShown::upn)
                                        .contains(UPN)));
        var blocked = reviews.checkNow(covered.id());
        assertThat(blocked.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(blocked.findings()).extracting(Finding::clause).containsExactly("never-publish");

        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        var again = drafts.find(covered.id()).orElseThrow();
        assertThatThrownBy(() -> drafts.submit(again.id(), again.version(), null))
                .isInstanceOfSatisfying(
                        SubmissionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefused.Reason.BLOCKED));

        SignedIn.as(demoUsers, DemoUsers.HEAD);
        var named = checks.check(account("@JesseGrayPrimary"), DraftContent.text("Well done Zebedee!"));
        assertThat(named.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(named.findings()).extracting(Finding::clause).contains("never-publish");
        assertThat(notices.mine()).anySatisfy(n -> {
            assertThat(n.subject()).startsWith("Never publish: " + listed.size() + " posts need action");
            assertThat(n.body()).doesNotContain(REASON);
        });
    }

    @Test
    void every_other_role_is_refused_the_flag() {
        for (var user : DemoUsers.ALL) {
            if (user.equals(DemoUsers.HEAD)) {
                continue;
            }
            SignedIn.as(demoUsers, user);
            assertThatThrownBy(() -> neverPublish.change(zebedee, true, REASON))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> neverPublish.reason(zebedee)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        var api = new Api(port);
        for (var user : DemoUsers.ALL) {
            var answer = api.send(
                    "PUT",
                    "/api/v1/pupils/" + UPN + "/never-publish",
                    user,
                    "application/json",
                    "{\"neverPublish\":true,\"reason\":\"" + REASON + "\"}");
            assertThat(answer.statusCode()).as(user).isEqualTo(user.equals(DemoUsers.HEAD) ? 200 : 403);
        }
    }

    @Test
    void the_reason_reaches_no_other_role_through_the_api_the_audit_trail_its_exports_notices_or_emails() {
        var api = new Api(port);
        var set = api.send(
                "PUT",
                "/api/v1/pupils/" + UPN + "/never-publish",
                DemoUsers.HEAD,
                "application/json",
                "{\"neverPublish\":true,\"reason\":\"" + REASON + "\"}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(set.body()).isEqualTo("{\"upn\":\"" + UPN + "\",\"neverPublish\":true}");
        var flag = InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForObject(
                        "select id::text from never_publish_flag where pupil_id = ?", String.class, zebedee.value()));

        for (var user : DemoUsers.ALL) {
            for (var path : List.of(
                    "/api/v1/pupils",
                    "/api/v1/pupils/" + UPN + "/consents",
                    "/api/v1/audit/never-publish-flag/" + flag)) {
                var body = api.get(path, user).body();
                boolean readsReason = user.equals(DemoUsers.HEAD) && path.contains("/audit/");
                assertThat(body.contains(REASON)).as(user + " " + path).isEqualTo(readsReason);
            }
        }
        assertThat(api.get("/api/v1/pupils/" + UPN + "/consents", DemoUsers.OFFICE)
                        .body())
                .contains("\"neverPublish\":true");

        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var export = explorer.export(AuditQuery.ofRecord("never-publish-flag", flag), ExportFormat.CSV);
        assertThat(new String(export.content(), StandardCharsets.UTF_8))
                .contains("(hidden)")
                .doesNotContain(REASON);
        assertThat(jdbc.queryForList("select body from outbound_email union all select body from notice", String.class))
                .noneMatch(body -> body.contains(REASON));
    }
}
