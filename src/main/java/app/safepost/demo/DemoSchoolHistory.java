package app.safepost.demo;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.ReviewQueue;
import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftContent.AttachedPhoto;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.Drafts;
import app.safepost.media.CoverStyle;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoCover;
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
import app.safepost.policies.PolicyLibrary;
import app.safepost.policies.PolicyReviews;
import app.safepost.security.DemoStaffTasks;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A term of Jesse Gray's life on top of the demo school ({@code safepost.demo-school.history}), so that a
 * newcomer's first sign-in shows a working portal: posts published with photos (one with a cover), a
 * post scheduled, a draft waiting for SLT, a draft sent back, an incident being handled, followers (one
 * blocked), a follow exception asked for and an open policy review with a governor's comment. All of it
 * goes through the modules' services as the demo person who would do it, so the checks, four eyes and
 * the audit trail treat it as any other work; the accounts stay in practice mode, so nothing leaves the
 * school. The first post is the marker: when the teacher already has it, a start adds nothing. Times are
 * relative to the clock, so the history always looks current.
 */
@Component
@Order(10)
@ConditionalOnExpression("${safepost.demo-school.history:false} and ('${safepost.sso.issuer-uri:}'.isEmpty()"
        + " or ${safepost.demo-school.load:false})")
public class DemoSchoolHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSchoolHistory.class);
    static final String ACCOUNT = "@JGP_Kestrels";
    static final String TEACHER = "teacher";
    static final String HEAD = "head";
    static final String GOVERNOR = "governor";
    static final String FIRST_POST = "Kestrels planted the new vegetable beds in the school garden this week."
            + " Thank you to everyone who sent in seeds! #JGPLearning";
    /** A pupil of Class 3 (demo/pupils.csv) whom the incident names: a governor sees initials only. */
    static final String PUPIL_IN_INCIDENT = "Amelia Khan";

    private static final String PHOTO_REASON = "Taken on the class camera; its card was copied on the school laptop.";

    private final DemoSchoolLoader demoSchool;
    private final DemoStaffTasks people;
    private final SocialAccounts accounts;
    private final MediaLibrary media;
    private final Drafts drafts;
    private final ReviewQueue reviews;
    private final Incidents incidents;
    private final FollowerRegister followers;
    private final FollowExceptions followExceptions;
    private final PolicyLibrary policies;
    private final PolicyReviews policyReviews;
    private final Clock clock;

    DemoSchoolHistory(
            DemoSchoolLoader demoSchool,
            DemoStaffTasks people,
            SocialAccounts accounts,
            MediaLibrary media,
            Drafts drafts,
            ReviewQueue reviews,
            Incidents incidents,
            FollowerRegister followers,
            FollowExceptions followExceptions,
            PolicyLibrary policies,
            PolicyReviews policyReviews,
            Clock clock) {
        this.demoSchool = demoSchool;
        this.people = people;
        this.accounts = accounts;
        this.media = media;
        this.drafts = drafts;
        this.reviews = reviews;
        this.incidents = incidents;
        this.followers = followers;
        this.followExceptions = followExceptions;
        this.policies = policies;
        this.policyReviews = policyReviews;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSchool.load();
        try {
            log.info(load() ? "Demo school history loaded" : "Demo school history already there");
        } catch (RuntimeException e) {
            // The demo school works without its history; a newcomer should still be able to sign in.
            log.warn("Demo school history could not be loaded in full", e);
        }
    }

    /** Loads the history unless it is there; true when it was loaded now. */
    public boolean load() {
        boolean there = people.runAs(
                TEACHER,
                () -> drafts.mine().stream()
                        .anyMatch(d -> FIRST_POST.startsWith(
                                        d.opening().replace("…", "").strip())
                                && !d.opening().isBlank()));
        if (there) {
            return false;
        }
        var account = people.runAs(TEACHER, () -> accounts.accountWithHandle(ACCOUNT))
                .map(AccountSummary::id)
                .orElseThrow();
        posts(account);
        draftsInReview(account);
        safeguarding(account);
        policyReview();
        return true;
    }

    private void posts(AccountId account) {
        publish(
                account,
                FIRST_POST,
                photo("garden.png", new Color(0x7FB2E5), new Color(0x4E8F3A), false),
                "Raised beds of soil with seed labels in the school garden");
        publish(
                account,
                "Our Viking longship is finished! Come and see it in the hall at pick-up on Friday.",
                photo("longship.png", new Color(0xF2C572), new Color(0x8A5A2B), true),
                "A cardboard longship with painted shields; one child's face is covered");
        var scheduled = daysAhead(3, LocalTime.of(15, 30));
        var draft = written(account, "Reminder: Kestrels' class assembly is on Friday at 9:00. Families welcome!");
        people.runAs(HEAD, () -> reviews.approve(id(draft), draft.version(), scheduled, null));
    }

    private void draftsInReview(AccountId account) {
        written(
                account,
                "Kestrels measured the shadows in the playground every hour today. Which time made the"
                        + " longest shadow? #JGPLearning");
        var sentBack = written(
                account, "Our class trip to the museum is next Tuesday, leaving at 8:45 from the" + " front gate.");
        people.runAs(
                HEAD,
                () -> reviews.reject(
                        id(sentBack),
                        sentBack.version(),
                        "Please leave out when and where"
                                + " we leave from (policy clause 9): say \"next week\" and post the photos afterwards."));
    }

    private void safeguarding(AccountId account) {
        people.runAs(HEAD, () -> {
            var reported = incidents.report(new IncidentReport(
                    account,
                    IncidentCategory.OFFENSIVE_LANGUAGE,
                    "A reply under the longship post used offensive language about " + PUPIL_IN_INCIDENT + "'s work.",
                    "https://x.com/JGP_Kestrels/status/1",
                    null,
                    false));
            incidents.act(
                    reported.id(),
                    new IncidentAction(
                            StepKind.REPORTED_TO_PLATFORM,
                            "Reported the reply to X as harassment; waiting for their answer.",
                            null,
                            null,
                            null,
                            "X report 48213"));
            var firstSeen = LocalDate.now(clock.withZone(SchoolTime.ZONE)).minusWeeks(6);
            followers.add(account, "@KestrelsGrandad", "Peter (a grandparent)", firstSeen);
            followers.add(account, "@HeronBayLibrary", "Heron Bay Library", firstSeen.plusDays(3));
            var troll = followers.add(account, "@cheap_trainers_4u", "Cheap trainers", firstSeen.plusWeeks(2));
            followers.block(
                    troll.id(),
                    new BlockRequest(
                            BlockReason.SPAM_OR_IMPERSONATION,
                            "Replies to every post with links to a shop.",
                            null,
                            null,
                            null));
            return null;
        });
        people.runAs(
                TEACHER,
                () -> followExceptions.request(
                        account,
                        "@StoryShedAuthor",
                        FollowKind.CHILDRENS_AUTHOR,
                        "The author of our class reader; she shares writing tips for children."));
    }

    private void policyReview() {
        var policy = people.runAs(HEAD, () -> {
            var summary = policies.policyTitled(DemoSchoolLoader.POLICY_TITLE).orElseThrow();
            return policyReviews.open(summary.id());
        });
        people.runAs(
                GOVERNOR,
                () -> policyReviews.comment(
                        policy.id(),
                        "Rationale",
                        "Could this say how parents" + " can ask for a post to be taken down?"));
    }

    private void publish(AccountId account, String text, MediaSummary photo, String altText) {
        var draft = people.runAs(TEACHER, () -> {
            var written = drafts.create(
                    account,
                    new DraftContent(
                            text, List.of(new AttachedPhoto(photo.id().value(), altText, Map.of(), true)), List.of()));
            return drafts.submit(id(written), written.version(), PHOTO_REASON);
        });
        people.runAs(HEAD, () -> reviews.approve(id(draft), draft.version(), null, PHOTO_REASON));
    }

    /** A text-only draft the teacher wrote and submitted. */
    private DraftDetails written(AccountId account, String text) {
        return people.runAs(TEACHER, () -> {
            var draft = drafts.create(account, DraftContent.text(text), daysAhead(2, LocalTime.of(16, 0)));
            return drafts.submit(id(draft), draft.version(), "Nothing here names or shows a child.");
        });
    }

    /** A time some days from today in the school's time zone. */
    private Instant daysAhead(int days, LocalTime time) {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE))
                .plusDays(days)
                .atTime(time)
                .atZone(SchoolTime.ZONE)
                .toInstant();
    }

    private static DraftId id(DraftDetails draft) {
        return draft.id();
    }

    /** A simple coloured scene taken in through the media module as the teacher's upload. */
    private MediaSummary photo(String name, Color sky, Color ground, boolean covered) {
        return people.runAs(TEACHER, () -> {
            var taken = media.intake(name, scene(sky, ground));
            media.finishedAnalysis(taken.id(), Duration.ofSeconds(60));
            return covered
                    ? media.cover(
                            taken.id(), List.of(new PhotoCover(300, 180, 160, 160, CoverStyle.PIXELATE, null, null)))
                    : taken;
        });
    }

    static byte[] scene(Color sky, Color ground) {
        var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(sky);
            g.fillRect(0, 0, 800, 380);
            g.setColor(ground);
            g.fillRect(0, 380, 800, 220);
            g.setColor(new Color(0xFFD54F));
            g.fillOval(620, 50, 110, 110);
            g.setColor(new Color(0x6D4C41));
            g.fillRect(140, 250, 30, 150);
            g.setColor(new Color(0x2E7D32));
            g.fillOval(90, 150, 130, 130);
        } finally {
            g.dispose();
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
