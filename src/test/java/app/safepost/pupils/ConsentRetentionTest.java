package app.safepost.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.IntegrityCheck;
import app.safepost.pupils.domain.ConsentFormTokens;
import app.safepost.school.SchoolDirectory;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.LocalDate;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Retention reaches consents: once a leaver is pseudonymised, the parent who answered the online form
 * and their address are gone from the consent records and their history; the revisions still say who
 * made each change, and the revision chain verifies.
 */
@SafepostTest
class ConsentRetentionTest {

    private static final String PARENT = "Philippa Quillfeather-Tse";
    private static final String ADDRESS = "philippa.qt@example.org";

    @Autowired
    PupilRoster roster;

    @Autowired
    PupilRetention retention;

    @Autowired
    ConsentForms forms;

    @Autowired
    ConsentFormTokens tokens;

    @Autowired
    ConsentPurposes purposes;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    /** The leaver the test enrols: pseudonymised, their UPN no longer starts with T, so removed by id. */
    private @Nullable PupilId leaver;

    @AfterEach
    void restore() {
        SignedIn.nobody();
        if (leaver != null) {
            var id = leaver.value();
            InSchool.jesseGray(jdbc, () -> {
                for (var table : new String[] {"pupil_consent", "image_consent_record", "consent_form_link"}) {
                    jdbc.update("delete from " + table + "_aud where pupil_id = ?", id);
                    jdbc.update("delete from " + table + " where pupil_id = ?", id);
                }
                jdbc.update("delete from pupil_aud where id = ?", id);
                jdbc.update("delete from pupil where id = ?", id);
                jdbc.update("delete from audit_entry where record_id = ?", id.toString());
            });
        }
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    @Test
    void a_pseudonymised_leavers_parents_are_gone_from_the_consents_and_their_history() {
        SignedIn.as(demoUsers, "office");
        var class3 = directory.classNamed("Class 3").orElseThrow().id();
        var pupil = roster.enrol(new PupilDetails("T12345678978A", "Wilhelmina", "Quillfeather-Tse", null, class3));
        leaver = pupil.id();
        roster.changeParentEmails(pupil.id(), ADDRESS);
        forms.send(pupil.id());
        var link =
                jdbc.queryForObject("select id::text from consent_form_link where address = ?", String.class, ADDRESS);
        var token = tokens.mint(link).orElseThrow().substring(ConsentFormTokens.PATH.length());
        var answers = new HashMap<String, Boolean>();
        purposes.activeForForm().forEach(p -> answers.put(p.code(), true));
        assertThat(forms.answer(token, "192.0.2.200", new ConsentFormAnswers(answers, PARENT, true)))
                .isInstanceOf(ConsentFormPage.Recorded.class);
        SignedIn.as(demoUsers, "head");
        long start = integrity.headPosition() + 1;
        jdbc.update(
                "update pupil set archived = true, left_on = ? where id = ?",
                LocalDate.now().minusYears(7),
                pupil.id().value());

        SignedIn.as(demoUsers, "office");
        assertThat(retention.pseudonymiseExpired()).isPositive();

        for (var table : new String[] {
            "pupil_consent",
            "pupil_consent_aud",
            "image_consent_record",
            "image_consent_record_aud",
            "consent_form_link",
            "consent_form_link_aud",
            "pupil",
            "pupil_aud"
        }) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " t where to_jsonb(t)::text like ?"
                                    + " or to_jsonb(t)::text like ?",
                            Long.class,
                            "%" + PARENT + "%",
                            "%" + ADDRESS + "%"))
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.queryForList("""
                select distinct r.username from pupil_consent_aud a join revision_info r on r.id = a.rev
                where a.pupil_id = ? and a.source = 'ONLINE_FORM'""", String.class, pupil.id().value())).contains("parent (online form)");
        SignedIn.as(demoUsers, "head");
        assertThat(integrity.checkFrom(start).intact()).isTrue();
    }
}
