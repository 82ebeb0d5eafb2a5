package app.safepost.approval;

import app.safepost.accounts.AccountId;
import app.safepost.drafting.DraftId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A post on the calendar: approved and scheduled, sent (or failed, or taken down), or a draft still
 * waiting, on the day it goes out, went out or is meant for.
 *
 * @param day      the school's day it falls on (Europe/London)
 * @param label    where it stands, in words ("Scheduled", "Practice mode: not sent", "Waiting for approval")
 * @param practice its account is in practice mode: nothing leaves the school
 * @param movable  SLT may move it to another time: approved, scheduled and not tried yet
 */
public record CalendarEntry(
        DraftId draft,
        AccountId account,
        String accountHandle,
        Kind kind,
        Instant at,
        LocalDate day,
        String label,
        String opening,
        boolean practice,
        boolean movable) {

    /** What kind of entry it is; the calendar shows each differently. */
    public enum Kind {
        SCHEDULED,
        SENT,
        NOT_SENT,
        WAITING
    }
}
