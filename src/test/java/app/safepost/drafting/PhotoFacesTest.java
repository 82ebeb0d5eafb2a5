package app.safepost.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.SocialAccounts;
import app.safepost.compliance.Finding;
import app.safepost.compliance.Verdict;
import app.safepost.media.ClassPhotos;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.PhotoAnalysis;
import app.safepost.media.PhotoCover;
import app.safepost.media.PhotoFace;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Faces and names in photos through the real pipeline (jpegtran, OpenCV's face detector, Tesseract):
 * every face must be accounted for, a face of a pupil without consent must be covered, and a name read
 * in a photo blocks until its region is covered (P12, P13, P15).
 */
@SafepostTest
class PhotoFacesTest {

    private static final String AMELIA_KHAN = "J820300120086";
    private static final String AISHA_AHMED = "J820300120089";
    private static final String EZRA_NO_CONSENT = "J820300120087";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    @Autowired
    PostChecks checks;

    @Autowired
    MediaLibrary media;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private AccountId account(String handle) {
        return InSchool.jesseGray(
                jdbc, () -> accounts.accountWithHandle(handle).orElseThrow().id());
    }

    /** Takes in the photo and waits for its analysis, as the editor does. */
    private MediaId analysed(String name, byte[] jpeg) {
        var photo = media.intake(name, jpeg).id();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> media.analysis(photo).state() != PhotoAnalysis.State.PENDING);
        assertThat(media.analysis(photo).state()).isEqualTo(PhotoAnalysis.State.DONE);
        return photo;
    }

    private static DraftContent post(MediaId photo, Map<String, String> faces, boolean checked) {
        return new DraftContent(
                "Our class on sports day",
                List.of(new DraftContent.AttachedPhoto(photo.value(), "Children on sports day", faces, checked)),
                List.of());
    }

    private static List<Finding> p15(app.safepost.compliance.ComplianceResult result) {
        return result.findings().stream().filter(f -> f.clause().equals("P15")).toList();
    }

    @Test
    void a_group_photo_with_a_face_nobody_accounted_for_blocks_and_says_which_photo_and_where() {
        SignedIn.as(demoUsers, "teacher");
        var photo = analysed("group.jpg", ClassPhotos.groupOfThree().jpeg());
        var faces = media.analysis(photo).faces();
        assertThat(faces).hasSize(3);

        var result = checks.check(
                account("@JGP_Kestrels"),
                post(photo, Map.of(faces.get(0).id(), AMELIA_KHAN, faces.get(1).id(), DraftContent.ADULT), true));

        assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(p15(result))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("photo 1 has a face nobody accounted for")
                        .contains("face 3")
                        .contains("middle right"));
    }

    @Test
    void every_face_assigned_to_consenting_pupils_passes_once_the_author_confirms_checking_every_face() {
        SignedIn.as(demoUsers, "teacher");
        var photo = analysed("group.jpg", ClassPhotos.groupOfThree().jpeg());
        var faces = media.analysis(photo).faces();
        var assigned = Map.of(
                faces.get(0).id(),
                AMELIA_KHAN,
                faces.get(1).id(),
                AISHA_AHMED,
                faces.get(2).id(),
                DraftContent.ADULT);

        var unconfirmed = checks.check(account("@JGP_Kestrels"), post(photo, assigned, false));
        assertThat(p15(unconfirmed))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.message()).contains("confirm that you have checked every face in photo 1"));

        var draft = drafts.create(account("@JGP_Kestrels"), post(photo, assigned, true));
        assertThat(draft.latestCheck().result().verdict()).isEqualTo(Verdict.PASS);
        assertThat(draft.content().pupilsShown())
                .extracting(DraftContent.PupilShown::upn)
                .containsExactlyInAnyOrder(AMELIA_KHAN, AISHA_AHMED);
        assertThat(drafts.submit(draft.id(), draft.version(), null).status()).isEqualTo(DraftStatus.SUBMITTED);
    }

    @Test
    void a_face_assigned_to_a_pupil_without_consent_blocks_until_a_cover_drawn_over_it_hides_it() {
        SignedIn.as(demoUsers, "teacher");
        var photo = analysed("group.jpg", ClassPhotos.groupOfThree().jpeg());
        var faces = media.analysis(photo).faces();
        var assigned = Map.of(
                faces.get(0).id(),
                AMELIA_KHAN,
                faces.get(1).id(),
                EZRA_NO_CONSENT,
                faces.get(2).id(),
                AISHA_AHMED);
        var draft = drafts.create(account("@JGP_Kestrels"), post(photo, assigned, true));
        assertThat(draft.latestCheck().result().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(p15(draft.latestCheck().result()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no image consent"));
        assertThatThrownBy(() -> drafts.submit(draft.id(), draft.version(), null))
                .isInstanceOf(SubmissionRefused.class);

        // A cover drawn by hand a little off the detected box still counts for the face: no pupil named on it.
        PhotoFace ezra = faces.get(1);
        media.cover(
                photo,
                List.of(PhotoCover.pixelate(
                        ezra.box().x() - 10,
                        ezra.box().y() + 5,
                        ezra.box().width() + 15,
                        ezra.box().height(),
                        null)));

        var saved = drafts.save(draft.id(), post(photo, assigned, true), draft.version());
        assertThat(saved.latestCheck().result().verdict()).isEqualTo(Verdict.PASS);
        assertThat(saved.content().pupilsShown())
                .contains(new DraftContent.PupilShown(EZRA_NO_CONSENT, true, photo.value()));
    }

    @Test
    void a_certificate_with_a_pupils_full_name_blocks_on_every_account_until_its_region_is_covered() {
        SignedIn.as(demoUsers, "deputy");
        var photo = analysed("certificate.jpg", ClassPhotos.certificate("Amelia Khan"));
        var content = post(photo, Map.of(), true);

        var checked = checks.checkWithPhotos(account("@JesseGrayPrimary"), content);
        assertThat(checked.result().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(checked.result().findings())
                .filteredOn(f -> f.clause().equals("P12"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("photo 1")
                        .contains("pixels")
                        .doesNotContain("Khan"));
        var region = checked.textToCover().get(photo.value()).getFirst();

        media.cover(
                photo,
                List.of(PhotoCover.pixelate(
                        region.x() - 4, region.y() - 4, region.width() + 8, region.height() + 8, null)));
        assertThat(checks.check(account("@JesseGrayPrimary"), content).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void a_first_name_read_in_a_photo_blocks_on_a_class_account_only() {
        SignedIn.as(demoUsers, "deputy");
        var photo = analysed("peg.jpg", ClassPhotos.certificate("Amelia"));
        var content = post(photo, Map.of(), true);

        assertThat(checks.check(account("@JGP_Kestrels"), content).findings())
                .anySatisfy(f -> assertThat(f.clause()).isEqualTo("P13"));
        assertThat(checks.check(account("@JesseGrayPrimary"), content).verdict())
                .isEqualTo(Verdict.PASS);
    }
}
