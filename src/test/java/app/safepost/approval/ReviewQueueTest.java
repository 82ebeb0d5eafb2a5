package app.safepost.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.SocialAccounts;
import app.safepost.compliance.Verdict;
import app.safepost.drafting.CheckOccasion;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.drafting.QueuedDraft;
import app.safepost.media.MediaLibrary;
import app.safepost.media.TestPhotos;
import app.safepost.notifications.NoticeSummary;
import app.safepost.notifications.Notices;
import app.safepost.publishing.PostPublished;
import app.safepost.publishing.PostTakenDown;
import app.safepost.publishing.Publishing;
import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.DeviceEnrolmentFixture;
import app.safepost.school.DeviceEnrolments;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** SLT's decisions on PostgreSQL: four eyes, one version, the checks again at approval, P3 and P15, scheduling. */
@SafepostTest
class ReviewQueueTest {

    private static final String CONSENTING_PUPIL = "J820300120088";

    @Autowired
    ReviewQueue queue;

    @Autowired
    Drafts drafts;

    @Autowired
    Publishing publishing;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    MediaLibrary media;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PupilRoster roster;

    @Autowired
    DeviceEnrolments enrolments;

    @Autowired
    ConsentRegister consents;

    @Autowired
    Notices notices;

    @Autowired
    ConsentFollowUp consentFollowUp;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private AccountId account(String handle) {
        return InSchool.jesseGray(
                jdbc, () -> accounts.accountWithHandle(handle).orElseThrow().id());
    }

    /** What the publishing module tells the others once the platform has the post. */
    private void platformReportsPublished(DraftDetails draft, String postId, String url, boolean practice) {
        InSchool.jesseGray(
                jdbc,
                () -> transaction.execute(status -> {
                    events.publishEvent(new PostPublished(
                            draft.id().value(), draft.account().id(), postId, url, clock.instant(), practice));
                    return null;
                }));
    }

    private DraftDetails submittedByTeacher(DraftContent content) {
        SignedIn.as(demoUsers, "teacher");
        var draft = drafts.create(account("@JGP_Kestrels"), content);
        return drafts.submit(draft.id(), draft.version(), "Checked with the office.");
    }

    @Test
    void nobody_approves_their_own_draft_and_another_member_of_slt_approves_it_for_publishing() {
        SignedIn.as(demoUsers, "deputy");
        var created =
                drafts.create(account("@JesseGrayPrimary"), DraftContent.text("Our harvest festival raised £300."));
        var own = drafts.submit(created.id(), created.version(), "Checked.");

        assertThatThrownBy(() -> queue.approve(own.id(), own.version(), null, null))
                .isInstanceOfSatisfying(
                        DecisionRefused.class, e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.OWN_DRAFT));
        assertThat(drafts.find(own.id()).orElseThrow().status()).isEqualTo(DraftStatus.SUBMITTED);

        SignedIn.as(demoUsers, "head");
        assertThat(queue.queue()).extracting(DraftDetails::id).contains(own.id());
        var approved = queue.approve(own.id(), own.version(), null, null);

        assertThat(approved.status()).isEqualTo(DraftStatus.APPROVED);
        assertThat(queue.queue()).extracting(DraftDetails::id).doesNotContain(own.id());
        var post = publishing.find(own.id().value()).orElseThrow();
        assertThat(post.text()).isEqualTo("Our harvest festival raised £300.");
        assertThat(post.author()).isEqualTo("deputy");
        assertThat(post.approvedBy()).isEqualTo("head");
        assertThat(queue.decisionsOn(own.id())).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo("approved");
            assertThat(d.draftVersion()).isEqualTo(own.version());
            assertThat(d.decidedBy()).isEqualTo("head");
        });
        assertThat(approved.latestCheck().occasion()).isEqualTo(CheckOccasion.APPROVAL);
        assertThat(approved.latestCheck().draftVersion()).isEqualTo(own.version());

        SignedIn.as(demoUsers, "deputy");
        assertThat(notices.mine())
                .extracting(NoticeSummary::subject)
                .contains("Your post to @JesseGrayPrimary was approved");
    }

    @Test
    void a_decision_on_an_old_version_or_one_already_decided_is_refused() {
        var draft = submittedByTeacher(DraftContent.text("We planted bulbs today."));

        SignedIn.as(demoUsers, "deputy");
        assertThatThrownBy(() -> queue.approve(draft.id(), draft.version() - 1, null, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        queue.approve(draft.id(), draft.version(), null, null);

        SignedIn.as(demoUsers, "head");
        assertThatThrownBy(() -> queue.reject(draft.id(), draft.version(), "Please add the date."))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(queue.decisionsOn(draft.id())).hasSize(1);
    }

    @Test
    void two_reviewers_deciding_at_once_get_one_decision_and_one_already_decided() throws Exception {
        var draft = submittedByTeacher(DraftContent.text("Sports day is on Friday."));
        var barrier = new CyclicBarrier(2);
        Callable<String> head =
                () -> decideAs("head", barrier, () -> queue.approve(draft.id(), draft.version(), null, null));
        Callable<String> deputy = () ->
                decideAs("deputy", barrier, () -> queue.reject(draft.id(), draft.version(), "Please add a photo."));
        var pool = Executors.newFixedThreadPool(2);
        try {
            var outcomes = pool.invokeAll(List.of(head, deputy)).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(outcomes).containsExactlyInAnyOrder("decided", "already decided");
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        SignedIn.as(demoUsers, "head");
        assertThat(queue.decisionsOn(draft.id())).hasSize(1);
    }

    private String decideAs(String user, CyclicBarrier barrier, Runnable decision) throws Exception {
        SignedIn.as(demoUsers, user);
        try {
            barrier.await(30, TimeUnit.SECONDS);
            decision.run();
            return "decided";
        } catch (ObjectOptimisticLockingFailureException stale) {
            return "already decided";
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_rejection_needs_a_comment_which_the_author_reads_with_the_draft_and_not_in_the_notice() {
        var draft = submittedByTeacher(DraftContent.text("Our trip to the museum."));

        SignedIn.as(demoUsers, "deputy");
        assertThatThrownBy(() -> queue.reject(draft.id(), draft.version(), "  "))
                .isInstanceOfSatisfying(
                        DecisionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.COMMENT_REQUIRED));
        var rejected = queue.reject(draft.id(), draft.version(), "Say which museum, please.");
        assertThat(rejected.status()).isEqualTo(DraftStatus.REJECTED);

        SignedIn.as(demoUsers, "teacher");
        var mine = drafts.find(draft.id()).orElseThrow();
        assertThat(mine.reviewComment()).isEqualTo("Say which museum, please.");
        assertThat(notices.mine())
                .filteredOn(n -> n.subject().equals("Your post to @JGP_Kestrels was sent back"))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.body()).doesNotContain("museum"));
        var edited = drafts.save(draft.id(), DraftContent.text("Our trip to the Science Museum."), mine.version());
        assertThat(edited.status()).isEqualTo(DraftStatus.DRAFT);
    }

    @Test
    void a_consent_withdrawn_after_submission_blocks_approval_and_the_check_is_stored() {
        SignedIn.as(demoUsers, "office");
        var pupil = roster.records(false).stream()
                .filter(p -> p.upn().equals(CONSENTING_PUPIL))
                .findFirst()
                .orElseThrow();
        consents.record(
                pupil.id(), new ConsentDecision(true, ConsentSource.PARENT_REQUEST, LocalDate.of(2026, 9, 1), null));
        var draft = submittedByTeacher(new DraftContent(
                "Our science fair", List.of(), List.of(new DraftContent.PupilShown(CONSENTING_PUPIL, false))));
        try {
            SignedIn.as(demoUsers, "office");
            consents.record(
                    pupil.id(),
                    new ConsentDecision(
                            false,
                            ConsentSource.PARENT_REQUEST,
                            LocalDate.of(2026, 11, 20),
                            "Parents asked us to stop"));

            SignedIn.as(demoUsers, "deputy");
            assertThat(consentFollowUp.open()).anySatisfy(a -> {
                assertThat(a.reference()).isEqualTo(draft.id().value());
                assertThat(a.kind()).isEqualTo("draft");
            });
            var review = queue.open(draft.id()).orElseThrow();
            assertThat(review.checkedNow().verdict()).isEqualTo(Verdict.BLOCK);
            assertThatThrownBy(() -> queue.approve(draft.id(), draft.version(), null, null))
                    .isInstanceOfSatisfying(
                            DecisionRefused.class,
                            e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.BLOCKED));
            var after = drafts.find(draft.id()).orElseThrow();
            assertThat(after.status()).isEqualTo(DraftStatus.SUBMITTED);
            assertThat(after.latestCheck().occasion()).isEqualTo(CheckOccasion.APPROVAL);
            assertThat(after.latestCheck().result().verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(publishing.find(draft.id().value())).isEmpty();

            var action = consentFollowUp.open().stream()
                    .filter(a -> a.reference().equals(draft.id().value()))
                    .findFirst()
                    .orElseThrow();
            consentFollowUp.resolve(action.id(), action.version(), "Sent back to cover the pupil.");
            assertThat(consentFollowUp.open()).noneMatch(a -> a.id().equals(action.id()));
        } finally {
            SignedIn.as(demoUsers, "office");
            consents.record(
                    pupil.id(),
                    new ConsentDecision(true, ConsentSource.PARENT_REQUEST, LocalDate.of(2026, 11, 21), null));
        }
    }

    @Test
    void a_photo_not_from_a_school_ipad_needs_slts_reason_which_is_kept_with_the_decision() {
        SignedIn.as(demoUsers, "teacher");
        var photo = media.intake("phone.jpg", TestPhotos.jpeg(64, 48));
        var draft = submittedByTeacher(new DraftContent(
                "Our art display",
                List.of(new DraftContent.AttachedPhoto(photo.id().value(), "Paintings on the wall", Map.of(), true)),
                List.of()));

        SignedIn.as(demoUsers, "deputy");
        assertThat(queue.open(draft.id()).orElseThrow().photosFromUnregisteredDevices())
                .hasSize(1);
        assertThatThrownBy(() -> queue.approve(draft.id(), draft.version(), null, " "))
                .isInstanceOfSatisfying(
                        DecisionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.DEVICE_NOT_REGISTERED));
        assertThat(drafts.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.SUBMITTED);

        queue.approve(draft.id(), draft.version(), null, "Taken on the school camera, which is not an iPad.");

        assertThat(queue.decisionsOn(draft.id()))
                .singleElement()
                .satisfies(d -> assertThat(d.deviceOverrideReason())
                        .isEqualTo("Taken on the school camera, which is not an iPad."));
        assertThat(publishing.find(draft.id().value()).orElseThrow().text()).isEqualTo("Our art display");
    }

    @Test
    void a_photo_from_an_enrolled_school_ipad_needs_no_reason_and_one_from_a_revoked_enrolment_does() {
        SignedIn.as(demoUsers, "office");
        var classIpad = DeviceEnrolmentFixture.device(jdbc, "iPad 02 (Class 3)");
        var key = enrolments.enrol(classIpad);
        try {
            SignedIn.as(demoUsers, "teacher");
            var ipadPhoto = TestPhotos.withMetadata(
                    TestPhotos.jpeg(TestPhotos.detailed(120, 90)),
                    TestPhotos.Exif.ipadWithoutSerial("iPad (9th generation)"));
            var fromIpad = media.intake("IMG_0200.JPG", ipadPhoto, key);
            var enrolled = submittedByTeacher(new DraftContent(
                    "Our science week",
                    List.of(new DraftContent.AttachedPhoto(
                            fromIpad.id().value(), "Magnets on the table", Map.of(), true)),
                    List.of()));
            SignedIn.as(demoUsers, "office");
            enrolments.revoke(classIpad);
            SignedIn.as(demoUsers, "teacher");
            var afterRevocation = media.intake("IMG_0201.JPG", ipadPhoto, key);
            var flagged = submittedByTeacher(new DraftContent(
                    "More of science week",
                    List.of(new DraftContent.AttachedPhoto(
                            afterRevocation.id().value(), "Magnets again", Map.of(), true)),
                    List.of()));

            SignedIn.as(demoUsers, "deputy");
            assertThat(queue.open(enrolled.id()).orElseThrow().photosFromUnregisteredDevices())
                    .isEmpty();
            queue.approve(enrolled.id(), enrolled.version(), null, null);
            assertThat(queue.decisionsOn(enrolled.id()))
                    .singleElement()
                    .satisfies(d -> assertThat(d.deviceOverrideReason()).isNull());
            assertThatThrownBy(() -> queue.approve(flagged.id(), flagged.version(), null, null))
                    .isInstanceOfSatisfying(
                            DecisionRefused.class,
                            e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.DEVICE_NOT_REGISTERED));
            queue.approve(flagged.id(), flagged.version(), null, "Taken on iPad 02 the day it was taken back.");
        } finally {
            DeviceEnrolmentFixture.removeEnrolmentsAndTestDevices(jdbc);
        }
    }

    @Test
    void a_schedule_in_the_past_is_refused_and_one_ahead_is_kept_with_the_post() {
        var draft = submittedByTeacher(DraftContent.text("Christmas fair next week."));
        var now = clock.instant();

        SignedIn.as(demoUsers, "deputy");
        assertThatThrownBy(() -> queue.approve(draft.id(), draft.version(), now.minus(Duration.ofHours(1)), null))
                .isInstanceOfSatisfying(
                        DecisionRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(DecisionRefused.Reason.PUBLISH_AT_PAST));
        var at = now.plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        var scheduled = queue.approve(draft.id(), draft.version(), at, null);

        assertThat(scheduled.status()).isEqualTo(DraftStatus.SCHEDULED);
        assertThat(publishing.find(draft.id().value()).orElseThrow().publishAt())
                .isEqualTo(at);
    }

    @Test
    void an_edit_after_approval_cancels_the_publication_and_goes_back_to_review() {
        var draft = submittedByTeacher(DraftContent.text("Harvest assembly on Tuesday."));
        SignedIn.as(demoUsers, "deputy");
        var approved =
                queue.approve(draft.id(), draft.version(), clock.instant().plus(Duration.ofDays(1)), null);

        SignedIn.as(demoUsers, "teacher");
        var edited = drafts.save(draft.id(), DraftContent.text("Harvest assembly on Wednesday."), approved.version());

        assertThat(edited.status()).isEqualTo(DraftStatus.SUBMITTED);
        SignedIn.as(demoUsers, "deputy");
        assertThat(publishing.find(draft.id().value()).orElseThrow().status()).isEqualTo("withdrawn");
        assertThat(queue.queue()).extracting(DraftDetails::id).contains(draft.id());
        assertThatThrownBy(() -> queue.approve(draft.id(), approved.version(), null, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        var again = queue.approve(draft.id(), edited.version(), null, null);
        assertThat(publishing.find(draft.id().value()).orElseThrow().text())
                .isEqualTo("Harvest assembly on Wednesday.");
        assertThat(again.status()).isEqualTo(DraftStatus.APPROVED);
    }

    @Test
    void publishing_reports_make_the_draft_published_then_withdrawn_and_tell_the_author() {
        var draft = submittedByTeacher(DraftContent.text("Our poetry afternoon."));
        SignedIn.as(demoUsers, "deputy");
        queue.approve(draft.id(), draft.version(), null, null);

        platformReportsPublished(draft, "123", "https://sandbox.invalid/123", false);
        SignedIn.as(demoUsers, "teacher");
        assertThat(drafts.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.PUBLISHED);
        assertThat(notices.mine())
                .extracting(NoticeSummary::subject)
                .contains("Your post to @JGP_Kestrels was published");

        SignedIn.as(demoUsers, "deputy");
        transaction.execute(status -> {
            events.publishEvent(
                    new PostTakenDown(draft.id().value(), "deputy", "A parent asked", clock.instant(), false));
            return null;
        });
        assertThat(drafts.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.WITHDRAWN);
    }

    @Test
    void a_post_moved_to_another_time_stays_approved_and_a_post_already_tried_cannot_be_moved() {
        var draft = submittedByTeacher(DraftContent.text("Our open morning."));
        SignedIn.as(demoUsers, "deputy");
        var tomorrow = clock.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        var approved = queue.approve(draft.id(), draft.version(), tomorrow, null);

        SignedIn.as(demoUsers, "head");
        var later = tomorrow.plus(Duration.ofHours(3));
        var moved = queue.move(approved.id(), approved.version(), later);

        assertThat(moved.status()).isEqualTo(DraftStatus.SCHEDULED);
        var entry = publishing.find(draft.id().value()).orElseThrow();
        assertThat(entry.publishAt()).isEqualTo(later);
        assertThat(entry.text()).isEqualTo("Our open morning.");
        assertThat(entry.approvedBy()).isEqualTo("deputy");
        assertThatThrownBy(() ->
                        queue.move(moved.id(), moved.version(), clock.instant().minus(Duration.ofHours(1))))
                .isInstanceOf(DecisionRefused.class)
                .hasMessageStartingWith("Choose a time from now on");

        // The first attempt was made (and failed for a moment): the platform may have it, so it stays put.
        jdbc.update(
                "update publication set attempts = 1 where reference = ?",
                draft.id().value());
        assertThatThrownBy(() -> queue.move(moved.id(), moved.version(), later.plus(Duration.ofHours(1))))
                .isInstanceOf(DecisionRefused.class)
                .satisfies(
                        e -> assertThat(((DecisionRefused) e).reason()).isEqualTo(DecisionRefused.Reason.NOT_MOVABLE));
        assertThat(publishing.find(draft.id().value()).orElseThrow().publishAt())
                .isEqualTo(later);
    }

    @Test
    void only_slt_move_a_post() {
        var draft = submittedByTeacher(DraftContent.text("Our book week."));
        SignedIn.as(demoUsers, "deputy");
        var approved =
                queue.approve(draft.id(), draft.version(), clock.instant().plus(Duration.ofDays(1)), null);

        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> queue.move(
                        approved.id(), approved.version(), clock.instant().plus(Duration.ofDays(2))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_post_kept_in_practice_mode_never_tells_its_author_it_was_published() {
        var draft = submittedByTeacher(DraftContent.text("Our practice poetry afternoon."));
        SignedIn.as(demoUsers, "deputy");
        queue.approve(draft.id(), draft.version(), null, null);

        platformReportsPublished(draft, "sandbox-1", "sandbox:@JGP_Kestrels/1", true);

        SignedIn.as(demoUsers, "teacher");
        var told = notices.mine().stream()
                .filter(n -> n.link() != null && n.link().equals("post/" + draft.id()))
                .toList();
        assertThat(told)
                .extracting(NoticeSummary::subject)
                .contains("Your post to @JGP_Kestrels: Practice mode: not sent")
                .noneMatch(subject -> subject.contains("published"));
        assertThat(told)
                .extracting(NoticeSummary::body)
                .anyMatch(body -> body.startsWith("Practice mode: not sent.")
                        && body.contains("nothing left the school")
                        && !body.contains("sandbox:"));
        assertThat(told)
                .extracting(NoticeSummary::body)
                .anyMatch(body -> body.contains(
                        "It goes out now. " + "Practice mode: not sent: @JGP_Kestrels is in practice mode"));
    }

    @Test
    void once_the_post_is_out_the_originals_of_its_photos_are_deleted() {
        SignedIn.as(demoUsers, "teacher");
        var photo = media.intake(
                "IMG_0100.JPG", TestPhotos.withMetadata(TestPhotos.jpeg(64, 48), TestPhotos.Exif.ipad("DMPX1002JGP2")));
        var draft = submittedByTeacher(new DraftContent(
                "Our pond dipping",
                List.of(new DraftContent.AttachedPhoto(photo.id().value(), "Nets in the pond", Map.of(), true)),
                List.of()));
        // As a school that keeps originals would have kept it.
        jdbc.update(
                "insert into photo_original (photo_id, nonce, ciphertext, kept_at) values (?, ?, ?, now())",
                photo.id().value(),
                new byte[12],
                new byte[40]);
        SignedIn.as(demoUsers, "deputy");
        queue.approve(draft.id(), draft.version(), null, null);
        assertThat(jdbc.queryForObject(
                        "select count(*) from photo_original where photo_id = ?",
                        Long.class,
                        photo.id().value()))
                .as("kept until published")
                .isOne();

        platformReportsPublished(draft, "124", "https://sandbox.invalid/124", false);

        assertThat(jdbc.queryForObject(
                        "select count(*) from photo_original where photo_id = ?",
                        Long.class,
                        photo.id().value()))
                .isZero();
    }

    @Test
    void the_queue_shows_each_waiting_draft_as_opening_it_does_and_the_count_is_its_length() {
        var warned = submittedByTeacher(DraftContent.text("Ring us on 0115 496 0000 to help."));
        var plain = submittedByTeacher(DraftContent.text("Reading week starts Monday."));
        var created = drafts.create(account("@JGP_Kestrels"), DraftContent.text("Sports day"));
        var resaved = drafts.save(created.id(), DraftContent.text("Sports day is on Friday."), created.version());
        drafts.submit(resaved.id(), resaved.version(), null);
        SignedIn.as(demoUsers, "deputy");
        var wholeSchool = drafts.create(account("@JesseGrayPrimary"), DraftContent.text("Harvest festival next week."));
        drafts.submit(wholeSchool.id(), wholeSchool.version(), null);

        SignedIn.as(demoUsers, "head");
        var waiting = queue.queue();

        assertThat(waiting)
                .extracting(DraftDetails::id)
                .contains(warned.id(), plain.id(), resaved.id(), wholeSchool.id());
        for (var listed : waiting) {
            assertThat(listed).isEqualTo(drafts.find(listed.id()).orElseThrow());
            assertThat(listed.latestCheck().occasion()).isEqualTo(CheckOccasion.SUBMISSION);
        }
        assertThat(waiting)
                .filteredOn(d -> d.id().equals(warned.id()))
                .singleElement()
                .satisfies(d -> assertThat(d.latestCheck().result().verdict()).isEqualTo(Verdict.WARN));
        assertThat(queue.waiting()).isEqualTo(waiting.size());
    }

    @Test
    void the_queue_is_read_a_page_at_a_time_in_the_order_of_the_whole_queue() {
        submittedByTeacher(DraftContent.text("Reading week starts Monday."));
        submittedByTeacher(DraftContent.text("Sports day is on Friday."));
        submittedByTeacher(DraftContent.text("Harvest festival next week."));
        SignedIn.as(demoUsers, "head");
        var whole = queue.queue();

        var paged = new ArrayList<QueuedDraft>();
        for (int i = 0; i * 2 < whole.size(); i++) {
            var page = queue.queue(PageRequest.of(i, 2));
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            paged.addAll(page);
        }

        assertThat(whole).hasSize((int) queue.waiting());
        assertThat(paged)
                .isEqualTo(whole.stream()
                        .map(d -> new QueuedDraft(
                                d.id(),
                                d.account().handle(),
                                d.author(),
                                d.content().text(),
                                d.submittedAt()))
                        .toList());
        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> queue.queue(PageRequest.of(0, 2))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_slt_see_the_queue_and_decide() {
        var draft = submittedByTeacher(DraftContent.text("Reading week starts Monday."));
        for (var user : List.of("teacher", "ta", "office", "governor", "computing")) {
            SignedIn.as(demoUsers, user);
            assertThatThrownBy(() -> queue.queue()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queue.waiting()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queue.approve(draft.id(), draft.version(), null, null))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(demoUsers, "head");
        assertThat(notices.mine())
                .extracting(NoticeSummary::subject)
                .contains("A post to @JGP_Kestrels is waiting for approval");
    }
}
