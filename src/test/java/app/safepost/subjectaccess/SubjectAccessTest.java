package app.safepost.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.SocialAccounts;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.media.MediaLibrary;
import app.safepost.media.TestPhotos;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.IncidentReport;
import app.safepost.moderation.Incidents;
import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.PupilRoster;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything held about one pupil in one ZIP: a PDF that names them, JSON with their consent history
 * and every draft, post, photo and incident that shows or names them and nothing of another pupil's,
 * incidents masked unless the data protection officer asks, and every export in the audit trail.
 */
@SafepostTest
class SubjectAccessTest {

    /** Pupils no other test names: Elsie Moss is the subject, Reggie Okafor the other pupil. */
    static final String ELSIE = "J820300121084";

    static final String REGGIE = "J820300118166";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SubjectAccess subjectAccess;

    @Autowired
    Drafts drafts;

    @Autowired
    MediaLibrary media;

    @Autowired
    Incidents incidents;

    @Autowired
    ConsentRegister consents;

    @Autowired
    PupilRoster roster;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    /** What the fixture made: drafts and photos about each pupil, and the incident's words. */
    private record Made(UUID elsiesDraft, UUID elsiesPhoto, UUID reggiesDraft, UUID reggiesPhoto, UUID incident) {}

    private Made made;

    @BeforeEach
    void aDraftAPhotoAConsentAndAnIncidentAboutEachPupil() {
        SignedIn.as(demoUsers, "office");
        var elsie = roster.recordByUpn(ELSIE).orElseThrow();
        consents.record(
                elsie.id(),
                new ConsentDecision(
                        "website",
                        true,
                        ConsentSource.GDPR_FORM,
                        LocalDate.of(2025, 9, 10),
                        null,
                        "Subject access test"));
        SignedIn.as(demoUsers, "head");
        var wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        var elsiesPhoto =
                media.intake("elsie.jpg", TestPhotos.jpeg(64, 48)).id().value();
        var reggiesPhoto =
                media.intake("reggie.jpg", TestPhotos.jpeg(48, 64)).id().value();
        var elsiesDraft = drafts.create(
                        wholeSchool,
                        new DraftContent(
                                "Our gardeners planted bulbs.",
                                List.of(new DraftContent.AttachedPhoto(elsiesPhoto, "Planting bulbs")),
                                List.of(new DraftContent.PupilShown(ELSIE, false, elsiesPhoto))))
                .id()
                .value();
        var reggiesDraft = drafts.create(
                        wholeSchool,
                        new DraftContent(
                                "Well done to Reggie for the chess cup.",
                                List.of(new DraftContent.AttachedPhoto(reggiesPhoto, "The chess cup")),
                                List.of(new DraftContent.PupilShown(REGGIE, false, reggiesPhoto))))
                .id()
                .value();
        var incident = incidents
                .report(new IncidentReport(
                        wholeSchool,
                        IncidentCategory.OTHER,
                        "A parent's comment named Elsie Moss under the sports day post.",
                        null,
                        null,
                        false))
                .id()
                .value();
        made = new Made(elsiesDraft, elsiesPhoto, reggiesDraft, reggiesPhoto, incident);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private Map<String, byte[]> zip(String upn, boolean withNames) throws IOException {
        var file = subjectAccess.gather(upn, withNames, SubjectAccess.Via.SCREEN);
        var out = new ByteArrayOutputStream();
        subjectAccess.write(file, out);
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static List<String> ids(JsonNode list, String field) {
        return list.valueStream().map(n -> n.path(field).asString()).toList();
    }

    @Test
    void the_zip_holds_a_readable_summary_that_names_the_pupil_and_the_school() throws IOException {
        var zip = zip(ELSIE, false);

        assertThat(zip).containsKeys("summary.pdf", "subject-access.json");
        try (var pdf = Loader.loadPDF(zip.get("summary.pdf"))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Everything we hold about Elsie Moss")
                    .contains("Jesse Gray Primary")
                    .contains("J820300121084")
                    .doesNotContain("Okafor");
        }
    }

    @Test
    void the_json_lists_the_consent_history_and_what_shows_or_names_the_pupil_and_nothing_of_another()
            throws IOException {
        var zip = zip(ELSIE, false);
        var json = JSON.readTree(zip.get("subject-access.json"));

        assertThat(json.path("pupil").path("surname").asString()).isEqualTo("Moss");
        assertThat(json.path("consentHistory")
                        .valueStream()
                        .filter(c -> c.path("purpose").asString().equals("website")
                                && c.path("note").asString().equals("Subject access test")))
                .isNotEmpty();
        assertThat(ids(json.path("drafts"), "id"))
                .contains(made.elsiesDraft().toString())
                .doesNotContain(made.reggiesDraft().toString());
        assertThat(ids(json.path("photos"), "id"))
                .contains(made.elsiesPhoto().toString())
                .doesNotContain(made.reggiesPhoto().toString());
        assertThat(zip)
                .containsKey("photos/" + made.elsiesPhoto() + ".jpg")
                .doesNotContainKey("photos/" + made.reggiesPhoto() + ".jpg");
        var everything = new String(zip.get("subject-access.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(everything).doesNotContain(REGGIE).doesNotContain("Okafor").doesNotContain("chess cup");
    }

    @Test
    void incidents_that_mention_the_pupil_are_masked_unless_the_data_protection_officer_asks() throws IOException {
        var masked = JSON.readTree(zip(ELSIE, false).get("subject-access.json"));
        var incident = masked.path("incidents")
                .valueStream()
                .filter(i -> i.path("id").asString().equals(made.incident().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(incident.path("whatHappened").asString()).contains("[name]").doesNotContain("Moss");
        assertThat(masked.path("incidentNames").asString()).isEqualTo("masked");

        var named = JSON.readTree(zip(ELSIE, true).get("subject-access.json"));
        assertThat(named.path("incidents")
                        .valueStream()
                        .filter(i ->
                                i.path("id").asString().equals(made.incident().toString()))
                        .findFirst()
                        .orElseThrow()
                        .path("whatHappened")
                        .asString())
                .contains("Elsie Moss");
    }

    @Test
    void every_export_is_in_the_audit_trail_with_who_which_pupil_and_whether_names_were_included() throws IOException {
        var pupil = roster.recordByUpn(ELSIE).orElseThrow().id().value();
        zip(ELSIE, true);

        var last = InSchool.jesseGray(jdbc, () -> jdbc.queryForMap("""
                select e.exported_by, e.with_names, e.via, r.username from subject_access_export_aud e
                join revision_info r on r.id = e.rev where e.pupil_id = ? order by e.rev desc limit 1""", pupil));
        assertThat(last)
                .containsEntry("exported_by", "head")
                .containsEntry("with_names", true)
                .containsEntry("via", "screen")
                .containsEntry("username", "head");
        var again = JSON.readTree(zip(ELSIE, false).get("subject-access.json"));
        assertThat(again.path("auditEntries")
                        .valueStream()
                        .map(e -> e.path("what").asString()))
                .contains("Everything held exported (screen, with names in incidents)");
    }

    @Test
    void only_the_data_protection_officer_may_ask_for_names_and_only_slt_and_the_officer_may_export() {
        SignedIn.as(demoUsers, "deputy");
        assertThatThrownBy(() -> subjectAccess.gather(ELSIE, true, SubjectAccess.Via.SCREEN))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(subjectAccess
                        .gather(ELSIE, false, SubjectAccess.Via.SCREEN)
                        .pupil()
                        .record()
                        .upn())
                .isEqualTo(ELSIE);
        for (var user : List.of("teacher", "ta", "office", "governor", "computing", "trust")) {
            SignedIn.as(demoUsers, user);
            assertThatThrownBy(() -> subjectAccess.gather(ELSIE, false, SubjectAccess.Via.SCREEN))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> subjectAccess.erase(ELSIE, "Elsie Moss"))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void another_schools_pupil_is_not_found() throws IOException {
        String fenwicks;
        try (var csv = getClass().getResourceAsStream("/demo/trust/fenwick-road-pupils.csv")) {
            fenwicks = new String(csv.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .findFirst()
                    .orElseThrow()
                    .split(",")[0];
        }
        assertThatThrownBy(() -> subjectAccess.gather(fenwicks, false, SubjectAccess.Via.SCREEN))
                .isInstanceOf(PupilNotHeld.class);
        assertThatThrownBy(() -> subjectAccess.erase(fenwicks, "Anyone")).isInstanceOf(PupilNotHeld.class);
    }
}
