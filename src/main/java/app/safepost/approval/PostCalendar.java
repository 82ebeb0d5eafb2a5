package app.safepost.approval;

import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.DraftReviews;
import app.safepost.publishing.PublishedPost;
import app.safepost.publishing.Publishing;
import app.safepost.security.Roles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts of every account by day, for SLT's calendar: what is scheduled and what went out (from the
 * published register), and drafts not approved yet on the day their authors mean them for. Moving a
 * post is {@link ReviewQueue#move}; see docs/decisions/0027-calendar-practice-mode-and-staff-screens.md.
 */
@Service
public class PostCalendar {

    private final Publishing publishing;
    private final DraftReviews drafts;

    PostCalendar(Publishing publishing, DraftReviews drafts) {
        this.publishing = publishing;
        this.drafts = drafts;
    }

    /** Every entry from the morning of {@code from} to the morning of {@code until} (school days), earliest first. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<CalendarEntry> between(LocalDate from, LocalDate until) {
        var start = from.atStartOfDay(SchoolTime.ZONE).toInstant();
        var end = until.atStartOfDay(SchoolTime.ZONE).toInstant();
        var entries = new ArrayList<CalendarEntry>();
        // A post sent late (retried) is looked for from a day before, and shown on the day it went out.
        for (var post : publishing.between(start.minusSeconds(86_400), end)) {
            entry(post)
                    .filter(e -> !e.at().isBefore(start) && e.at().isBefore(end))
                    .ifPresent(entries::add);
        }
        for (var draft : drafts.waitingBetween(start, end)) {
            entries.add(waiting(draft));
        }
        entries.sort(Comparator.comparing(CalendarEntry::at).thenComparing(CalendarEntry::accountHandle));
        return entries;
    }

    /** The draft behind an entry, as SLT open it. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public Optional<DraftDetails> draft(DraftId id) {
        return drafts.find(id);
    }

    private static Optional<CalendarEntry> entry(PublishedPost post) {
        return switch (post.status()) {
            case "scheduled" ->
                Optional.of(registered(
                        post,
                        CalendarEntry.Kind.SCHEDULED,
                        post.publishAt(),
                        post.practice() ? "Scheduled (practice mode: will not be sent)" : "Scheduled",
                        post.failure() == null));
            case "sending" ->
                Optional.of(registered(post, CalendarEntry.Kind.SCHEDULED, post.publishAt(), "Being sent", false));
            case "published", "taken-down" -> {
                var at = post.publishedAt() == null ? post.publishAt() : post.publishedAt();
                var label = post.status().equals("taken-down")
                        ? "Taken down"
                        : post.practice() ? PublishedPost.PRACTICE : "Published";
                yield Optional.of(registered(post, CalendarEntry.Kind.SENT, at, label, false));
            }
            case "unchecked" ->
                Optional.of(registered(
                        post,
                        CalendarEntry.Kind.SCHEDULED,
                        post.publishAt(),
                        "Could not check: is it on " + post.platform().label() + "?",
                        false));
            case "failed" ->
                Optional.of(registered(post, CalendarEntry.Kind.NOT_SENT, post.publishAt(), "Failed", false));
            default -> Optional.empty(); // withdrawn: back with its author, or shown as a waiting draft
        };
    }

    /** A post of the published register, on the day of {@code at}. */
    private static CalendarEntry registered(
            PublishedPost post, CalendarEntry.Kind kind, Instant at, String label, boolean movable) {
        return new CalendarEntry(
                new DraftId(post.reference()),
                post.account(),
                post.handle(),
                kind,
                at,
                SchoolTime.dayOf(at),
                label,
                opening(post.text()),
                post.practice(),
                movable);
    }

    private static CalendarEntry waiting(DraftDetails draft) {
        var at = draft.meantFor();
        return new CalendarEntry(
                draft.id(),
                draft.account().id(),
                draft.account().handle(),
                CalendarEntry.Kind.WAITING,
                at,
                SchoolTime.dayOf(at),
                draft.status().label(),
                opening(draft.content().text()),
                false,
                false);
    }

    private static String opening(String text) {
        var oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59) + "…";
    }
}
