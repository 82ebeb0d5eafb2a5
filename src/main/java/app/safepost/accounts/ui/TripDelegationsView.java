package app.safepost.accounts.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.RefusedChange;
import app.safepost.accounts.TripDelegationRequest;
import app.safepost.accounts.TripDelegations;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.common.ui.TextLimits;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SLT name a senior teacher to run the whole-school account for a school trip (P2): the grant form,
 * and current, upcoming and past delegations with who granted them. Posts made under a delegation
 * are marked for review after the trip.
 */
@Route("trip-delegations")
@PageTitle("Trip delegations · Safepost")
@Menu(title = "Trip delegations", order = 12)
@RolesAllowed(Roles.SLT)
public class TripDelegationsView extends Main {

    private final TripDelegations delegations;
    private final Clock clock;
    private final Map<String, String> names;
    private final Select<AccountSummary> account = new Select<>();
    private final ComboBox<StaffSummary> delegate = new ComboBox<>("Senior teacher");
    private final TextField tripName = TextLimits.atMost(120, new TextField("Trip"));
    private final DateTimePicker startsAt = SchoolTimeFields.dateTime("Starts");
    private final DateTimePicker endsAt = SchoolTimeFields.dateTime("Ends");
    private final TextArea reason = TextLimits.atMost(500, new TextArea("Reason"));
    private final FieldErrors fields = new FieldErrors();
    private final TripDelegationGrid current;
    private final TripDelegationGrid upcoming;
    private final TripDelegationGrid past;

    TripDelegationsView(TripDelegations delegations, SchoolDirectory directory, Clock clock) {
        this.delegations = delegations;
        this.clock = clock;
        this.names =
                directory.staff().stream().collect(Collectors.toMap(StaffSummary::username, StaffSummary::displayName));
        addClassName("screen");
        current = new TripDelegationGrid(
                "current-delegations", "Current trip delegations", delegations, names, this::refresh);
        upcoming = new TripDelegationGrid(
                "upcoming-delegations", "Upcoming trip delegations", delegations, names, this::refresh);
        past = new TripDelegationGrid("past-delegations", "Past trip delegations", delegations, names, this::refresh);

        setUpFields();
        resetForm();

        var form = new FormLayout(account, delegate, tripName, startsAt, endsAt, reason);
        form.setColspan(reason, 2);
        var grant = new Button("Grant delegation", e -> grant());
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.setId("grant-delegation");

        add(
                new H2("Trip delegations"),
                new Paragraph("On a school trip a senior teacher may run the whole-school account for the trip's"
                        + " duration. The delegation starts and ends by itself; revoke it to end it early. Posts"
                        + " made under it are listed for review after the trip."),
                new H3("Grant a delegation"),
                form,
                grant,
                new H3("Current"),
                current,
                new H3("Upcoming"),
                upcoming,
                new H3("Past"),
                past);
        refresh();
    }

    /** The grant form's fields: choices, help, and the names the service's refusals use for them. */
    private void setUpFields() {
        account.setLabel("Account");
        account.setItems(delegations.delegableAccounts());
        account.setItemLabelGenerator(AccountSummary::handle);
        delegations.delegableAccounts().stream().findFirst().ifPresent(account::setValue);
        delegate.setItems(delegations.possibleDelegates());
        delegate.setItemLabelGenerator(StaffSummary::displayName);
        delegate.setHelperText("A teacher; senior leaders post to the whole-school account anyway.");
        startsAt.setHelperText("School time (UK). Now or later.");
        endsAt.setHelperText("The delegation ends by itself at this time.");
        reason.setHelperText("For example: Year 6 residential; parents follow the trip on the school's account.");
        delegate.setRequiredIndicatorVisible(true);
        tripName.setRequiredIndicatorVisible(true);
        // No required indicator on the account select or the date-time pickers: Vaadin puts
        // aria-required on a button and a group role there, which assistive technology rejects.
        reason.setRequiredIndicatorVisible(true);
        fields.put("account", account);
        fields.put("delegate", delegate);
        fields.put("tripName", tripName);
        fields.put("startsAt", startsAt);
        fields.put("endsAt", endsAt);
        fields.put("reason", reason);
    }

    private void resetForm() {
        var now = LocalDateTime.now(clock.withZone(SchoolTime.ZONE)).truncatedTo(ChronoUnit.MINUTES);
        delegate.clear();
        tripName.clear();
        reason.clear();
        startsAt.setValue(now);
        endsAt.setValue(now.plusHours(4));
    }

    private void grant() {
        fields.clear();
        var chosen = delegate.getValue();
        var request = new TripDelegationRequest(
                account.getValue() == null ? null : account.getValue().id(),
                chosen == null ? null : chosen.username(),
                tripName.getValue(),
                startsAt.getValue(),
                endsAt.getValue(),
                reason.getValue());
        try {
            var granted = delegations.grant(request);
            Notices.done(granted.delegateName() + " may run " + granted.accountHandle() + " for " + granted.tripName()
                    + ".");
            resetForm();
            refresh();
        } catch (RefusedChange refused) {
            fields.show(refused);
        }
    }

    private void refresh() {
        current.show(TripDelegations.Shown.CURRENT);
        upcoming.show(TripDelegations.Shown.UPCOMING);
        past.show(TripDelegations.Shown.PAST);
    }
}
