package app.safepost.moderation.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.moderation.FollowerRegister;
import app.safepost.moderation.FollowerSyncSummary;
import app.safepost.moderation.ModerationRefused;
import app.safepost.moderation.SyncOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** When each account's followers were last fetched from its platform, and SLT's buttons to fetch them now. */
class FollowerSyncSection extends Div {

    /** An account and its latest synchronisation, if it had one. */
    record SyncRow(AccountSummary account, @Nullable FollowerSyncSummary last) {}

    private final FollowerRegister register;
    private final SocialAccounts accounts;
    private final boolean slt;
    private final Runnable changed;
    private final Grid<SyncRow> syncs = new Grid<>(SyncRow.class, false);

    FollowerSyncSection(FollowerRegister register, SocialAccounts accounts, boolean slt, Runnable changed) {
        this.register = register;
        this.accounts = accounts;
        this.slt = slt;
        this.changed = changed;
        configureSyncs();
        add(
                new H3("Synchronised with the platforms"),
                new Paragraph("Every night, and when a senior"
                        + " leader asks, the portal asks each account's platform who follows it. Newcomers are added under"
                        + " review (those already following at an account's first synchronisation are allowed); followers"
                        + " who left stay in the register, marked as no longer following; a blocked follower stays blocked."
                        + " An account in practice mode, without a connected credential or on X (whose API tier cannot list"
                        + " followers) is skipped: add its followers by hand."),
                syncs);
        if (slt) {
            var all = new Button("Synchronise followers", e -> synchronise(null));
            all.setId("sync-followers");
            add(all);
        }
    }

    private void configureSyncs() {
        syncs.setId("follower-syncs");
        syncs.setAriaLabel("Synchronisation with the platforms");
        syncs.setEmptyStateText("No accounts yet.");
        syncs.addColumn(r -> r.account().handle()).setHeader("Account").setAutoWidth(true);
        syncs.addColumn(r -> r.last() == null
                        ? "Never"
                        : SchoolTime.dateTime(r.last().at()))
                .setHeader("Last synchronised")
                .setAutoWidth(true);
        syncs.addColumn(r -> r.last() == null
                        ? ""
                        : r.last().scheduled() ? "The nightly run" : r.last().runByName())
                .setHeader("By")
                .setAutoWidth(true);
        syncs.addColumn(r -> r.last() == null
                        ? ""
                        : r.last().outcome().label() + ": " + r.last().detail())
                .setHeader("Result")
                .setFlexGrow(1);
        if (slt) {
            syncs.addComponentColumn(r -> {
                        var one = new Button("Synchronise", e -> synchronise(r.account()));
                        one.setAriaLabel(
                                "Synchronise the followers of " + r.account().handle());
                        one.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        return one;
                    })
                    .setHeader("")
                    .setFlexGrow(0)
                    .setAutoWidth(true);
        }
        syncs.setAllRowsVisible(true);
    }

    private void synchronise(@Nullable AccountSummary account) {
        try {
            var done = register.synchronise(account == null ? null : account.id());
            var counts =
                    done.stream().collect(Collectors.groupingBy(FollowerSyncSummary::outcome, Collectors.counting()));
            var message = done.size() == 1
                    ? done.getFirst().accountHandle() + ": "
                            + done.getFirst().outcome().label() + ". "
                            + done.getFirst().detail()
                    : counts.getOrDefault(SyncOutcome.SYNCHRONISED, 0L) + " synchronised, "
                            + counts.getOrDefault(SyncOutcome.SKIPPED, 0L) + " skipped, "
                            + counts.getOrDefault(SyncOutcome.FAILED, 0L) + " failed; see each account's result.";
            Notices.done(message);
        } catch (ModerationRefused refused) {
            new FieldErrors().show(refused);
        }
        changed.run();
    }

    void refresh() {
        var last = register.lastSynchronisations().stream()
                .collect(Collectors.toMap(FollowerSyncSummary::account, Function.identity()));
        syncs.setItems(accounts.all().stream()
                .map(a -> new SyncRow(a, last.get(a.id())))
                .toList());
    }
}
