package app.safepost.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.audit.IntegrityCheck;
import app.safepost.pupils.PupilDetails;
import app.safepost.pupils.PupilRetention;
import app.safepost.pupils.PupilRoster;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Retention reaches drafts: a leaver's UPN leaves the drafts that showed them, the faces said to be
 * them, and their history.
 */
@SafepostTest
class DraftRetentionTest {

    private static final String UPN = "T12345678977A";

    @Autowired
    Drafts drafts;

    @Autowired
    PupilRoster roster;

    @Autowired
    PupilRetention retention;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    app.safepost.media.MediaLibrary media;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Test
    void a_pseudonymised_leaver_no_longer_appears_in_drafts_or_their_history_and_the_chain_verifies() {
        SignedIn.as(demoUsers, "office");
        var classThree = roster.records(false).stream()
                .filter(p -> p.className().equals("Class 3"))
                .findFirst()
                .orElseThrow()
                .classId();
        var pupil = roster.enrol(new PupilDetails(UPN, "Wilhelmina", "Trevelyan-Oduya", null, classThree));
        SignedIn.as(demoUsers, "teacher");
        var kestrels = accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id();
        var shown = new DraftContent("Sports day", List.of(), List.of(new DraftContent.PupilShown(UPN, true)));
        var draft = drafts.create(kestrels, shown);
        // A second version without the pupil: the removed record stays only in the audit history.
        drafts.save(draft.id(), DraftContent.text("Sports day"), draft.version());
        var again = drafts.create(kestrels, shown);
        // A face in a photo said to be the pupil.
        var photo = media.intake("sports.jpg", app.safepost.media.TestPhotos.jpeg(64, 48));
        drafts.create(
                kestrels,
                new DraftContent(
                        "Sports day",
                        List.of(new DraftContent.AttachedPhoto(
                                photo.id().value(), "Races", java.util.Map.of("f1", UPN), true)),
                        List.of()));
        assertThat(jdbc.queryForObject("select count(*) from draft_face where assignment = ?", Long.class, UPN))
                .isOne();
        SignedIn.as(demoUsers, "head");
        long start = integrity.headPosition() + 1;
        jdbc.update(
                "update pupil set archived = true, left_on = ? where id = ?",
                LocalDate.now().minusYears(7),
                pupil.id().value());

        SignedIn.as(demoUsers, "office");
        assertThat(retention.pseudonymiseExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from draft_pupil where upn = ?", Long.class, UPN))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from draft_pupil_aud where upn = ?", Long.class, UPN))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from draft_face where assignment = ?", Long.class, UPN))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from draft_face_aud where assignment = ?", Long.class, UPN))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from draft_face where assignment like 'X%'", Long.class))
                .isOne();
        SignedIn.as(demoUsers, "teacher");
        assertThat(drafts.find(again.id()).orElseThrow().pupilsShown())
                .singleElement()
                .satisfies(p -> assertThat(p.upn()).startsWith("X").isNotEqualTo(UPN));
        SignedIn.as(demoUsers, "head");
        assertThat(integrity.checkFrom(start).intact()).isTrue();
    }
}
