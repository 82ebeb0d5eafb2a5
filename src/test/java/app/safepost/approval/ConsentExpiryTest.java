package app.safepost.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.notifications.Notices;
import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentExpiries;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.ImageConsentExpired;
import app.safepost.pupils.PupilDetails;
import app.safepost.pupils.PupilId;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterFixture;
import app.safepost.school.SchoolDirectory;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A consent's expiry: the office sees it coming (home page, weekly notice and e-mail), and the night
 * after its last day a scheduled post showing the pupil is listed under "Needs action", once; a draft
 * still being written is not.
 */
@SafepostTest
@RecordApplicationEvents
class ConsentExpiryTest {

    private static final String UPN = "T99999999996A";

    @Autowired
    PupilRoster roster;

    @Autowired
    ConsentRegister consents;

    @Autowired
    ConsentExpiries expiries;

    @Autowired
    Drafts drafts;

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
    ApplicationEvents events;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private PupilId zara;
    private LocalDate today;

    @BeforeEach
    void enrolZara() {
        today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        var class3 = directory.classNamed("Class 3").orElseThrow().id();
        zara = roster.enrol(new PupilDetails(UPN, "Zara", "Testing", null, class3))
                .id();
    }

    @AfterEach
    void removeZara() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        followUp.open().stream()
                .filter(a -> a.upn().equals(UPN))
                .forEach(a -> followUp.resolve(a.id(), a.version(), "Test over."));
        SignedIn.nobody();
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    private void consentFor(String purpose, LocalDate expiresOn) {
        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        consents.record(
                zara,
                new ConsentDecision(purpose, true, ConsentSource.GDPR_FORM, today.minusDays(60), expiresOn, null));
    }

    @Test
    void the_office_is_told_of_consents_expiring_in_the_next_30_days() {
        consentFor("class-social", today.plusDays(10));
        consentFor("school-social", today.plusDays(40));

        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        assertThat(consents.expiringWithin(ConsentExpiries.SOON_DAYS))
                .filteredOn(e -> e.pupilId().equals(zara))
                .extracting(e -> e.purpose(), e -> e.expiresOn())
                .containsExactly(tuple("class-social", today.plusDays(10)));
        InSchool.jesseGray(jdbc, expiries::remindOfficeOfExpiring);
        assertThat(notices.mine()).anySatisfy(notice -> {
            assertThat(notice.subject()).endsWith("in the next 30 days").contains("photo consent");
            assertThat(notice.body())
                    .contains("Zara Testing (Class 3): The class's social-media account, expires "
                            + SchoolTime.date(today.plusDays(10)));
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_email where address = 'office@jessegray.example'"
                                + " and body like '%Zara Testing (Class 3)%'",
                        Long.class))
                .isPositive();
    }

    @Test
    void a_long_list_of_expiring_consents_fits_one_notice_and_says_how_many_more() {
        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        var class3 = roster.records(false).stream()
                .filter(p -> p.className().equals("Class 3"))
                .toList();
        try {
            for (var pupil : class3) {
                consents.record(
                        pupil.id(), new ConsentDecision(true, ConsentSource.GDPR_FORM, today.minusDays(60), null));
            }
            jdbc.update(
                    "update pupil_consent set expires_on = ? where consent and pupil_id in (select id from pupil"
                            + " where class_id = ?)",
                    today.plusDays(20),
                    class3.getFirst().classId().value());

            InSchool.jesseGray(jdbc, expiries::remindOfficeOfExpiring);

            assertThat(notices.mine()).anySatisfy(notice -> {
                assertThat(notice.subject())
                        .startsWith(consents.expiringWithin(30).size() + " photo consents expire");
                assertThat(notice.body()).hasSizeLessThanOrEqualTo(2000).containsPattern("… and \\d+ more\\.\\n$");
            });
        } finally {
            jdbc.update(
                    "update pupil_consent set expires_on = null where pupil_id in (select id from pupil"
                            + " where class_id = ?)",
                    class3.getFirst().classId().value());
        }
    }

    @Test
    void a_consent_that_expires_under_a_scheduled_post_lists_it_once_and_leaves_a_draft_alone() {
        consentFor("class-social", today.plusDays(5));
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        var shown = new DraftContent("Our chess club", List.of(), List.of(new DraftContent.PupilShown(UPN, false)));
        var scheduled = drafts.create(kestrels, shown);
        var stillADraft = drafts.create(kestrels, shown);
        var submitted = drafts.submit(scheduled.id(), scheduled.version(), null);
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var approved = queue.approve(
                submitted.id(), submitted.version(), clock.instant().plus(Duration.ofDays(3)), null);
        assertThat(approved.status()).isEqualTo(DraftStatus.SCHEDULED);

        consentFor("class-social", today.minusDays(1));
        assertThat(InSchool.jesseGray(jdbc, expiries::followUpExpired)).isPositive();
        assertThat(InSchool.jesseGray(jdbc, expiries::followUpExpired))
                .as("followed up once")
                .isZero();

        assertThat(events.stream(ImageConsentExpired.class))
                .filteredOn(e -> e.upn().equals(UPN))
                .singleElement()
                .satisfies(e -> assertThat(e.purpose()).isEqualTo("class-social"));
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        assertThat(followUp.open())
                .filteredOn(a -> a.upn().equals(UPN))
                .extracting(NeedsAction::reference, NeedsAction::reason, NeedsAction::why)
                .containsExactly(tuple(scheduled.id().value(), "expired", "consent expired (class-social)"));
        assertThat(followUp.open())
                .noneMatch(a -> a.reference().equals(stillADraft.id().value()));
    }
}
