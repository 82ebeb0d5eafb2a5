package app.safepost.shell.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.ConsentFollowUp;
import app.safepost.approval.ReviewQueue;
import app.safepost.backups.Backups;
import app.safepost.backups.ui.parts.BackupStatusCard;
import app.safepost.common.SchoolTime;
import app.safepost.notifications.Notices;
import app.safepost.policies.Acknowledgements;
import app.safepost.policies.PolicyLibrary;
import app.safepost.policies.PolicySummary;
import app.safepost.policies.ReviewState;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.Publishing;
import app.safepost.pupils.ConsentExpiries;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.ClassSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/** Each person's home page: real figures for what their roles look after. */
@Route("")
@PageTitle("Home · Safepost")
@Menu(title = "Home", order = 0)
@PermitAll
public class HomeView extends Main {

    private final FlexLayout cards = new FlexLayout();

    HomeView(
            SchoolDirectory directory,
            PupilRoster roster,
            SocialAccounts accounts,
            PolicyLibrary policies,
            Acknowledgements acknowledgements,
            Notices notices,
            ReviewQueue reviews,
            ConsentFollowUp consentFollowUp,
            ConsentRegister consents,
            Backups backups,
            PlatformSwitch platformSwitch,
            Publishing publishing,
            Clock clock) {
        addClassName("screen");
        var staff = SignedInStaff.current().orElseThrow();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2("Hello, " + staff.displayName()), cards);
        if (staff.memberships().isEmpty() && staff.roles().isEmpty()) {
            addComponentAtIndex(1, noSchoolNote());
        }
        addRosterCards(staff, roster, directory, consents);
        if (staff.hasRole(Roles.TEACHER) || staff.hasRole(Roles.TEACHING_ASSISTANT)) {
            addClassCards(staff, directory, roster);
        }
        if (staff.hasRole(Roles.SLT) || staff.hasRole(Roles.COMPUTING_LEAD)) {
            card("Social-media accounts", accounts.activeAccounts(), "active");
        }
        if (staff.hasRole(Roles.SLT)) {
            card("Staff", directory.staffCount(), "known to the portal");
            addLeadershipCards(reviews, accounts, platformSwitch, consentFollowUp, publishing, roster, backups);
        }
        if (staff.hasRole(Roles.SLT) || staff.hasRole(Roles.GOVERNOR)) {
            addPolicyReviewCards(policies, clock, staff.hasRole(Roles.SLT));
        }
        addPoliciesToRead(acknowledgements);
        addUnreadNotices(notices);
    }

    private static Paragraph noSchoolNote() {
        var none = new Paragraph("You hold no role in any school of this portal yet. Ask whoever runs your"
                + " school's single sign-on to give you your school and roles.");
        none.setId("no-school");
        return none;
    }

    private void addRosterCards(
            SignedInStaff staff, PupilRoster roster, SchoolDirectory directory, ConsentRegister consents) {
        if (staff.hasRole(Roles.OFFICE) || staff.hasRole(Roles.SLT)) {
            var figures = roster.figures();
            card("Pupils on roll", figures.pupilsOnRoll(), "on the roster");
            card(
                    "No image consent",
                    figures.withoutImageConsent(),
                    "pupils who may not be photographed on every" + " social-media account");
            card("School iPads", directory.devicesInService(), "registered and in service");
        }
        if (staff.hasRole(Roles.OFFICE)) {
            cards.add(new ExpiringConsentsCard(consents.expiringWithin(ConsentExpiries.SOON_DAYS)));
        }
    }

    private void addClassCards(SignedInStaff staff, SchoolDirectory directory, PupilRoster roster) {
        var mine = directory.classes().stream()
                .filter(c -> c.isStaffedBy(staff.username()))
                .toList();
        var names = mine.stream().map(ClassSummary::name).toList();
        card("Your classes", mine.size(), names.isEmpty() ? "none assigned yet" : String.join(", ", names));
        card(
                "Pupils in your classes",
                roster.pupilsIn(mine.stream().map(ClassSummary::id).toList()),
                "names and photo consent");
    }

    private void addLeadershipCards(
            ReviewQueue reviews,
            SocialAccounts accounts,
            PlatformSwitch platformSwitch,
            ConsentFollowUp consentFollowUp,
            Publishing publishing,
            PupilRoster roster,
            Backups backups) {
        var waiting = reviews.waiting();
        var card = new Div(
                new H3("Posts to review"),
                figure(waiting),
                new Paragraph(new Anchor("review", waiting == 0 ? "Nothing is waiting" : "Review them")));
        card.addClassName("dashboard-card");
        cards.add(card);
        practiceMode(accounts, platformSwitch);
        var open = consentFollowUp.open();
        if (!open.isEmpty()) {
            cards.add(new NeedsActionCard(open, consentFollowUp, publishing, roster));
        }
        cards.add(new BackupStatusCard(backups.status()));
    }

    /** A card for each policy whose review is due soon or overdue. */
    private void addPolicyReviewCards(PolicyLibrary policies, Clock clock, boolean mayOpenReview) {
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        for (var policy : policies.currentPolicies()) {
            var state = policy.stateOn(today);
            if (state == ReviewState.NOT_DUE) {
                continue;
            }
            var text = state == ReviewState.OVERDUE
                    ? "Review overdue since " + SchoolTime.date(policy.reviewDue())
                    : "Review due on " + SchoolTime.date(policy.reviewDue());
            var notice = new Div(
                    new H3(policy.title()),
                    new Paragraph(text + " (version " + policy.version() + ")."
                            + (policy.reviewOpen() ? " The review is open." : "")),
                    new Paragraph(reviewLink(policy, mayOpenReview)));
            notice.addClassName("dashboard-card");
            notice.addClassName(state == ReviewState.OVERDUE ? "policy-overdue" : "policy-due-soon");
            cards.add(notice);
        }
    }

    private void addPoliciesToRead(Acknowledgements acknowledgements) {
        var toRead = acknowledgements.awaitingMine();
        if (!toRead.isEmpty()) {
            var value = new Div(String.valueOf(toRead.size()));
            value.addClassName("figure");
            var card = new Div(new H3("Policies to read"), value);
            toRead.forEach(p -> card.add(new Paragraph(policyLink(p, "Read and confirm the " + p.title(), false))));
            card.addClassName("dashboard-card");
            card.addClassName("policies-to-read");
            cards.add(card);
        }
    }

    private void addUnreadNotices(Notices notices) {
        var unread = notices.unreadCount();
        if (unread > 0) {
            var value = new Div(String.valueOf(unread));
            value.addClassName("figure");
            var card =
                    new Div(new H3("Unread notices"), value, new Paragraph(new Anchor("notices", "See your notices")));
            card.addClassName("dashboard-card");
            cards.add(card);
        }
    }

    /** The accounts whose approved posts are kept in the portal (the sandbox) instead of going to their platform. */
    private void practiceMode(SocialAccounts accounts, PlatformSwitch platformSwitch) {
        var live = platformSwitch.liveAccounts();
        var practising = accounts.all().stream()
                .filter(a -> !live.contains(a.id()))
                .map(AccountSummary::handle)
                .toList();
        var card = new Div(
                new H3("Practice mode"),
                figure(practising.size()),
                new Paragraph(
                        practising.isEmpty()
                                ? "None: every account's approved posts go to its platform."
                                : "Approved posts to these accounts are kept in the portal, not sent: "
                                        + String.join(", ", practising) + "."),
                new Paragraph(new Anchor("published", "Choose where each account's posts go")));
        card.addClassName("dashboard-card");
        card.setId("practice-mode");
        cards.add(card);
    }

    private static Div figure(long value) {
        var figure = new Div(String.valueOf(value));
        figure.addClassName("figure");
        return figure;
    }

    private static Anchor reviewLink(PolicySummary policy, boolean slt) {
        if (slt) {
            return policyLink(policy, policy.reviewOpen() ? "Continue the review" : "Open the review", true);
        }
        return policy.reviewOpen()
                ? policyLink(policy, "Read the review and comment", true)
                : policyLink(policy, "Read the policy", false);
    }

    private static Anchor policyLink(PolicySummary policy, String text, boolean review) {
        return new Anchor("policies/" + policy.id().value() + (review ? "/review" : ""), text);
    }

    private void card(String title, long figure, String note) {
        var value = new Div(String.valueOf(figure));
        value.addClassName("figure");
        var card = new Div(new H3(title), value, new Paragraph(note));
        card.addClassName("dashboard-card");
        cards.add(card);
    }
}
