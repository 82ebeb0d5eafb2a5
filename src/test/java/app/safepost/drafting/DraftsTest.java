package app.safepost.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.SocialAccounts;
import app.safepost.compliance.Verdict;
import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.PupilRoster;
import app.safepost.testing.InSchool;
import app.safepost.testing.OtherInstance;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Drafts on PostgreSQL: who may write where, checks stored per version, submission refused while blocked. */
@SafepostTest
class DraftsTest {

    private static final String AMELIA_KHAN = "J820300120086";
    private static final String EZRA_NO_CONSENT = "J820300120087";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    @Autowired
    PostChecks checks;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    PupilRoster roster;

    @Autowired
    ConsentRegister consents;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private AccountId account(String handle) {
        return InSchool.jesseGray(
                jdbc, () -> accounts.accountWithHandle(handle).orElseThrow().id());
    }

    @Test
    void a_full_name_blocks_submission_and_initials_go_to_review_with_each_check_stored_with_its_version() {
        SignedIn.as(demoUsers, "teacher");
        var draft = drafts.create(account("@JGP_Kestrels"), DraftContent.text("Well done Amelia Khan for your poem!"));

        assertThat(draft.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(draft.latestCheck().result().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(draft.latestCheck().draftVersion()).isEqualTo(draft.version());
        assertThat(draft.latestCheck().result().findings()).anySatisfy(f -> {
            assertThat(f.clause()).isEqualTo("P12");
            assertThat(f.message()).doesNotContain("Khan");
        });
        assertThatThrownBy(() -> drafts.submit(draft.id(), draft.version(), null))
                .isInstanceOfSatisfying(
                        SubmissionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefused.Reason.BLOCKED));

        var fixed = drafts.save(draft.id(), DraftContent.text("Well done A.K. for your poem!"), draft.version());
        assertThat(fixed.version()).isGreaterThan(draft.version());
        assertThat(fixed.latestCheck().result().verdict()).isEqualTo(Verdict.PASS);
        var submitted = drafts.submit(fixed.id(), fixed.version(), null);

        assertThat(submitted.status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(submitted.latestCheck().occasion()).isEqualTo(CheckOccasion.SUBMISSION);
        assertThat(submitted.latestCheck().draftVersion()).isEqualTo(submitted.version());
        assertThatThrownBy(() ->
                        drafts.save(fixed.id(), DraftContent.text("Changed after submitting"), submitted.version()))
                .isInstanceOfSatisfying(
                        SubmissionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefused.Reason.NOT_EDITABLE));
    }

    @Test
    void every_saved_version_is_kept_with_who_saved_it() {
        SignedIn.as(demoUsers, "teacher");
        var first = drafts.create(account("@JGP_Kestrels"), DraftContent.text("Our trip to the farm"));
        var second = drafts.save(first.id(), DraftContent.text("Our lovely trip to the farm"), first.version());
        drafts.submit(second.id(), second.version(), null);

        var versions = drafts.versions(first.id());

        assertThat(versions)
                .extracting(DraftVersion::text)
                .containsExactly("Our trip to the farm", "Our lovely trip to the farm", "Our lovely trip to the farm");
        assertThat(versions)
                .extracting(DraftVersion::status)
                .containsExactly(DraftStatus.DRAFT, DraftStatus.DRAFT, DraftStatus.SUBMITTED);
        assertThat(versions).extracting(DraftVersion::savedBy).containsOnly("teacher");
    }

    @Test
    void warnings_need_a_reason_which_is_kept_with_the_submission() {
        SignedIn.as(demoUsers, "teacher");
        var draft = drafts.create(account("@JGP_Kestrels"), DraftContent.text("Ring us on 0115 496 0000 to help."));
        assertThat(draft.latestCheck().result().verdict()).isEqualTo(Verdict.WARN);

        assertThatThrownBy(() -> drafts.submit(draft.id(), draft.version(), "  "))
                .isInstanceOfSatisfying(
                        SubmissionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefused.Reason.WARNINGS_NOT_ACKNOWLEDGED));
        var submitted = drafts.submit(draft.id(), draft.version(), "It is the school office's public number.");

        assertThat(submitted.warningsAcknowledgement()).isEqualTo("It is the school office's public number.");
        assertThat(submitted.status()).isEqualTo(DraftStatus.SUBMITTED);
    }

    @Test
    void a_teacher_may_not_draft_for_another_class_and_drafts_are_private_to_their_author_and_slt() {
        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> drafts.create(account("@JGP_Owls"), DraftContent.text("Hello Owls")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.create(account("@JesseGrayPrimary"), DraftContent.text("Hello everyone")))
                .isInstanceOf(AccessDeniedException.class);
        var mine = drafts.create(account("@JGP_Kestrels"), DraftContent.text("Hello Kestrels"));

        SignedIn.as(demoUsers, "ta");
        assertThat(drafts.find(mine.id())).isEmpty();
        assertThatThrownBy(() -> drafts.submit(mine.id(), mine.version(), null)).isInstanceOf(DraftNotFound.class);

        SignedIn.as(demoUsers, "deputy");
        assertThat(drafts.find(mine.id())).isPresent();
        assertThatThrownBy(() -> drafts.submit(mine.id(), mine.version(), null))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(demoUsers, "governor");
        assertThatThrownBy(() -> drafts.find(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checks.check(account("@JGP_Kestrels"), DraftContent.text("Hi")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_edit_from_an_old_version_is_refused_and_changes_nothing() {
        SignedIn.as(demoUsers, "teacher");
        var draft = drafts.create(account("@JGP_Kestrels"), DraftContent.text("First words"));
        drafts.save(draft.id(), DraftContent.text("Second words"), draft.version());

        assertThatThrownBy(() -> drafts.save(draft.id(), DraftContent.text("Stale words"), draft.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(drafts.find(draft.id()).orElseThrow().content().text()).isEqualTo("Second words");
    }

    @Test
    void empty_and_overlong_texts_are_refused_and_nothing_is_saved() {
        SignedIn.as(demoUsers, "teacher");
        int before = drafts.mine().size();

        assertThatThrownBy(() -> drafts.create(account("@JGP_Kestrels"), DraftContent.text("   ")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Write the post first.");
        assertThatThrownBy(() -> drafts.create(account("@JGP_Kestrels"), DraftContent.text("a".repeat(5_001))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(drafts.mine()).hasSize(before);
    }

    @Test
    void the_check_at_submission_uses_the_consents_of_that_moment() {
        SignedIn.as(demoUsers, "office");
        var pupil = roster.records(false).stream()
                .filter(p -> p.upn().equals("J820300120088"))
                .findFirst()
                .orElseThrow();
        consents.record(
                pupil.id(), new ConsentDecision(true, ConsentSource.PARENT_REQUEST, LocalDate.of(2026, 9, 1), null));

        SignedIn.as(demoUsers, "teacher");
        var content = new DraftContent(
                "Our science fair", List.of(), List.of(new DraftContent.PupilShown("J820300120088", false)));
        var draft = drafts.create(account("@JGP_Kestrels"), content);
        assertThat(draft.latestCheck().result().verdict()).isEqualTo(Verdict.PASS);

        SignedIn.as(demoUsers, "office");
        consents.record(
                pupil.id(),
                new ConsentDecision(
                        false, ConsentSource.PARENT_REQUEST, LocalDate.of(2026, 11, 20), "Parents asked us to stop"));

        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> drafts.submit(draft.id(), draft.version(), null))
                .isInstanceOfSatisfying(
                        SubmissionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRefused.Reason.BLOCKED));
        var covered = new DraftContent(
                "Our science fair", List.of(), List.of(new DraftContent.PupilShown("J820300120088", true)));
        var saved = drafts.save(draft.id(), covered, draft.version());
        assertThat(drafts.submit(saved.id(), saved.version(), null).status()).isEqualTo(DraftStatus.SUBMITTED);

        SignedIn.as(demoUsers, "office");
        consents.record(
                pupil.id(), new ConsentDecision(true, ConsentSource.PARENT_REQUEST, LocalDate.of(2026, 11, 21), null));
    }

    @Test
    void a_pupil_enrolled_after_start_up_is_known_to_the_checks_at_once() {
        SignedIn.as(demoUsers, "office");
        var threeClass = roster.records(false).stream()
                .filter(p -> p.className().equals("Class 3"))
                .findFirst()
                .orElseThrow()
                .classId();
        roster.enrol(new app.safepost.pupils.PupilDetails("J820300199001", "Ottilie", "Vantongeren", null, threeClass));

        SignedIn.as(demoUsers, "teacher");
        var result = checks.check(account("@JGP_Kestrels"), DraftContent.text("Ottilie Vantongeren read aloud today"));

        assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.clause()).isEqualTo("P12"));
    }

    @Test
    void a_pupil_another_instance_enrols_is_known_to_the_checks_as_you_type_and_at_submission() {
        SignedIn.as(demoUsers, "teacher");
        var kestrels = account("@JGP_Kestrels");
        var text = "Zebedee Quillfeather read aloud today";
        assertThat(checks.check(kestrels, DraftContent.text(text)).verdict()).isEqualTo(Verdict.PASS);
        var draft = drafts.create(kestrels, DraftContent.text(text));
        assertThat(draft.latestCheck().result().verdict()).isEqualTo(Verdict.PASS);

        try (var other = new OtherInstance()) {
            other.enrolPupil("J820300199002", "Zebedee", "Quillfeather", "Class 3");
            try {
                assertThat(checks.check(kestrels, DraftContent.text(text)).findings())
                        .anySatisfy(f -> assertThat(f.clause()).isEqualTo("P12"));
                assertThatThrownBy(() -> drafts.submit(draft.id(), draft.version(), null))
                        .isInstanceOfSatisfying(
                                SubmissionRefused.class,
                                e -> assertThat(e.reason()).isEqualTo(SubmissionRefused.Reason.BLOCKED));
            } finally {
                other.removePupil("J820300199002");
            }
        }

        assertThat(checks.check(kestrels, DraftContent.text(text)).verdict()).isEqualTo(Verdict.PASS);
    }

    @Autowired
    app.safepost.media.MediaLibrary media;

    @Test
    void a_pupil_without_consent_in_a_photo_blocks_until_the_photo_covers_them_whatever_the_author_claims() {
        SignedIn.as(demoUsers, "teacher");
        var photo = media.intake("science.jpg", app.safepost.media.TestPhotos.jpeg(400, 300));
        var ezra = roster.classPupils().stream()
                .filter(p -> p.firstName().equals("Ezra"))
                .findFirst()
                .orElseThrow();
        // The author says Ezra (no consent) is covered; the photo has no cover yet.
        var claimed = new DraftContent(
                "Science week",
                List.of(new DraftContent.AttachedPhoto(photo.id().value(), "Pupils at work", java.util.Map.of(), true)),
                List.of(new DraftContent.PupilShown(
                        EZRA_NO_CONSENT, true, photo.id().value())));

        var draft = drafts.create(account("@JGP_Kestrels"), claimed);

        assertThat(draft.pupilsShown())
                .containsExactly(new DraftContent.PupilShown(
                        EZRA_NO_CONSENT, false, photo.id().value()));
        assertThat(draft.latestCheck().result().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(draft.latestCheck().result().findings())
                .anySatisfy(f -> assertThat(f.clause()).isEqualTo("P15"));

        media.cover(photo.id(), List.of(app.safepost.media.PhotoCover.pixelate(10, 10, 120, 120, ezra.id())));
        var saved = drafts.save(draft.id(), claimed, draft.version());

        assertThat(saved.pupilsShown())
                .containsExactly(new DraftContent.PupilShown(
                        EZRA_NO_CONSENT, true, photo.id().value()));
        assertThat(saved.latestCheck().result().verdict()).isEqualTo(Verdict.PASS);
        assertThat(drafts.submit(saved.id(), saved.version(), null).status()).isEqualTo(DraftStatus.SUBMITTED);
    }

    @Test
    void a_photo_that_is_not_the_authors_is_refused() {
        SignedIn.as(demoUsers, "teacher4");
        var owls = media.intake("owls.jpg", app.safepost.media.TestPhotos.jpeg(200, 200));

        SignedIn.as(demoUsers, "teacher");
        var content = new DraftContent(
                "Look!", List.of(new DraftContent.AttachedPhoto(owls.id().value(), "")), List.of());
        assertThatThrownBy(() -> drafts.create(account("@JGP_Kestrels"), content))
                .isInstanceOf(UnknownPhoto.class);
    }

    @Test
    void a_well_formed_upn_nobody_has_blocks_rather_than_passes() {
        SignedIn.as(demoUsers, "teacher");
        var content =
                new DraftContent("Sports day", List.of(), List.of(new DraftContent.PupilShown("Z999999999999", true)));

        assertThat(checks.check(account("@JGP_Kestrels"), content).verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void the_author_deletes_an_unsent_draft_with_the_photos_only_it_uses() {
        SignedIn.as(demoUsers, "teacher");
        var own = media.intake("IMG_0200.JPG", app.safepost.media.TestPhotos.jpeg(40, 30));
        var shared = media.intake("IMG_0201.JPG", app.safepost.media.TestPhotos.jpeg(40, 30));
        var draft = drafts.create(
                account("@JGP_Kestrels"),
                new DraftContent(
                        "Our den building",
                        List.of(
                                new DraftContent.AttachedPhoto(own.id().value(), "Dens in the woods"),
                                new DraftContent.AttachedPhoto(shared.id().value(), "A finished den")),
                        List.of()));
        var other = drafts.create(
                account("@JGP_Kestrels"),
                new DraftContent(
                        "Dens, part two",
                        List.of(new DraftContent.AttachedPhoto(shared.id().value(), "A finished den")),
                        List.of()));

        SignedIn.as(demoUsers, "teacher4");
        assertThatThrownBy(() -> drafts.delete(draft.id(), draft.version()))
                .as("another teacher")
                .isInstanceOf(DraftNotFound.class);
        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> drafts.delete(draft.id(), draft.version() - 1))
                .as("a stale version")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(drafts.delete(draft.id(), draft.version())).isEqualTo(1);

        assertThat(drafts.find(draft.id())).isEmpty();
        assertThat(media.find(own.id())).as("used only by the deleted draft").isEmpty();
        assertThat(media.find(shared.id())).as("still used by another draft").isPresent();
        assertThat(drafts.find(other.id())).isPresent();
    }

    @Test
    void a_submitted_draft_cannot_be_deleted() {
        SignedIn.as(demoUsers, "teacher");
        var draft = drafts.create(account("@JGP_Kestrels"), DraftContent.text("Our assembly on kindness"));
        var submitted = drafts.submit(draft.id(), draft.version(), null);

        assertThatThrownBy(() -> drafts.delete(submitted.id(), submitted.version()))
                .isInstanceOfSatisfying(
                        SubmissionRefused.class,
                        refused -> assertThat(refused.getMessage())
                                .isEqualTo("This draft is waiting for approval and can no longer be deleted."));
        assertThat(drafts.find(draft.id())).isPresent();
    }
}
