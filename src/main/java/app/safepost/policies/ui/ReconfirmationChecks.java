package app.safepost.policies.ui;

import app.safepost.accounts.AccountKind;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.accounts.GuidanceRules;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.Notices;
import app.safepost.moderation.FollowExceptionSummary;
import app.safepost.moderation.FollowExceptions;
import app.safepost.policies.PolicyChangeRefused;
import app.safepost.policies.PolicyReviews;
import app.safepost.policies.Reconfirmation;
import app.safepost.policies.ReviewDetails;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The policy review's re-confirmations: the accounts, the accounts followed by exception and the posting
 * guidance as they stand today, each with the box SLT tick once they have checked it.
 */
class ReconfirmationChecks extends Div {

    private static final String NO_RULES = "no rules.";

    private final FollowExceptions follows;
    private final ComputingLeadGuidance guidance;
    private ReviewDetails review;

    /** @param changed told of the review as it is after each box is ticked or cleared */
    ReconfirmationChecks(
            PolicyReviews reviews,
            ReviewDetails review,
            boolean slt,
            List<AccountSummary> all,
            FollowExceptions follows,
            ComputingLeadGuidance guidance,
            Consumer<ReviewDetails> changed) {
        this.follows = follows;
        this.guidance = guidance;
        this.review = review;
        add(new H3("Re-confirm"));
        add(new Paragraph("Each review also re-confirms these, as they stand today; check each one before the head"
                + " teacher signs off."));
        Map<Reconfirmation, Boolean> state = Map.of(
                Reconfirmation.ACCOUNTS,
                review.accountsConfirmed(),
                Reconfirmation.FOLLOW_EXCEPTIONS,
                review.followExceptionsConfirmed(),
                Reconfirmation.GUIDANCE,
                review.guidanceConfirmed());
        for (var what : Reconfirmation.values()) {
            var row = new Div(checkbox(reviews, what, state.get(what), slt, changed));
            row.addClassName("reconfirmation");
            addWhatItConfirms(row, what, all, slt);
            add(row);
        }
    }

    private Checkbox checkbox(
            PolicyReviews reviews, Reconfirmation what, boolean checked, boolean slt, Consumer<ReviewDetails> changed) {
        var box = new Checkbox(what.label() + " is still right", checked);
        box.setReadOnly(!slt);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                // No redraw: the box already shows the new state, and redrawing could swallow a quick next click.
                try {
                    this.review = reviews.reconfirm(this.review.id(), what, e.getValue());
                    changed.accept(this.review);
                } catch (PolicyChangeRefused refused) {
                    box.setValue(!e.getValue());
                    Notices.failed(String.join(" ", refused.errors().values()));
                }
            }
        });
        return box;
    }

    private void addWhatItConfirms(Div row, Reconfirmation what, List<AccountSummary> all, boolean slt) {
        switch (what) {
            case ACCOUNTS -> {
                row.add(accountsNow(all));
                if (slt) {
                    row.add(new Anchor("accounts", "See the accounts"));
                }
            }
            case FOLLOW_EXCEPTIONS -> row.add(followedNow(), new Anchor("follows", "See the follow requests"));
            case GUIDANCE -> row.add(guidanceNow(all), new Anchor("guidance", "See the posting guidance"));
        }
    }

    /** The school's accounts as they are now. */
    private Grid<AccountSummary> accountsNow(List<AccountSummary> all) {
        var grid = new Grid<>(AccountSummary.class, false);
        grid.setId("reconfirm-accounts");
        grid.setAriaLabel("The school's social-media accounts");
        grid.setEmptyStateText("The school has no social-media accounts yet.");
        grid.addColumn(AccountSummary::handle).setHeader("Account").setAutoWidth(true);
        grid.addColumn(a -> a.platform().label()).setHeader("Platform").setAutoWidth(true);
        grid.addColumn(a -> a.kind() == AccountKind.WHOLE_SCHOOL
                        ? "Whole school"
                        : a.className() == null ? "Class" : "Class: " + a.className())
                .setHeader("Kind")
                .setAutoWidth(true);
        grid.addColumn(a -> a.active() ? "In use" : "Not in use")
                .setHeader("In use")
                .setAutoWidth(true);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The accounts followed by exception now (P9), with who asked, who approved and why, and since when. */
    private Grid<FollowExceptionSummary> followedNow() {
        var grid = new Grid<>(FollowExceptionSummary.class, false);
        grid.setId("reconfirm-follows");
        grid.setAriaLabel("Accounts the school follows by exception");
        grid.addColumn(FollowExceptionSummary::handle)
                .setHeader("Followed account")
                .setAutoWidth(true);
        grid.addColumn(FollowExceptionSummary::accountHandle)
                .setHeader("Followed by")
                .setAutoWidth(true);
        grid.addColumn(f -> f.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(FollowExceptionSummary::requestedByName)
                .setHeader("Asked by")
                .setAutoWidth(true);
        grid.addColumn(f -> f.decidedByName() + ": " + f.decisionReason())
                .setHeader("Approved by, and why")
                .setFlexGrow(1);
        grid.addColumn(f ->
                        SchoolTime.date(f.decidedAt().atZone(SchoolTime.ZONE).toLocalDate()))
                .setHeader("Since")
                .setAutoWidth(true);
        grid.setItemsPageable(page -> follows.followed(page).getContent(), page -> follows.followedCount());
        grid.setEmptyStateText("The school's accounts follow nobody.");
        grid.setHeight("16em");
        return grid;
    }

    /** The Computing Lead's guidance in force: the rules for all accounts, then each account's own. */
    private UnorderedList guidanceNow(List<AccountSummary> all) {
        var list = new UnorderedList();
        list.setId("reconfirm-guidance");
        list.add(new ListItem("All accounts: " + describe(guidance.rulesToRead(null))));
        for (var account : all) {
            var own = guidance.rulesToRead(account.id());
            if (own.version() >= 0 && !describe(own).equals(NO_RULES)) {
                list.add(new ListItem(account.handle() + " also: " + describe(own)));
            }
        }
        return list;
    }

    private static String describe(GuidanceRules rules) {
        var parts = new ArrayList<String>();
        if (!rules.requiredHashtags().isEmpty()) {
            parts.add("required hashtags " + String.join(", ", rules.requiredHashtags()));
        }
        if (!rules.forbiddenHashtags().isEmpty()) {
            parts.add("forbidden hashtags " + String.join(", ", rules.forbiddenHashtags()));
        }
        if (!rules.forbiddenWords().isEmpty()) {
            parts.add("forbidden words " + String.join(", ", rules.forbiddenWords()));
        }
        if (!rules.allowedHandles().isEmpty()) {
            parts.add("may tag " + String.join(", ", rules.allowedHandles()));
        }
        if (rules.maxTags() != null) {
            parts.add("at most " + rules.maxTags() + " tagged accounts a post");
        }
        if (!rules.note().isBlank()) {
            parts.add("note: " + rules.note().strip());
        }
        return parts.isEmpty() ? NO_RULES : String.join("; ", parts) + ".";
    }
}
