package app.safepost.search;

import app.safepost.common.NulFreeText;
import app.safepost.common.SchoolTime;
import app.safepost.compliance.NameMask;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftReviews;
import app.safepost.moderation.FollowerRegister;
import app.safepost.moderation.FollowerSummary;
import app.safepost.moderation.IncidentSummary;
import app.safepost.moderation.Incidents;
import app.safepost.publishing.PublishedPost;
import app.safepost.publishing.Publishing;
import app.safepost.pupils.PupilNameMask;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffNames;
import app.safepost.security.Roles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLT's search of the school in hand: posts in the published register, drafts of every author and
 * status, incidents and followers, by words in their text, handles or names, latest first, a page at a
 * time. Row-level security keeps it to the school in hand. Text reaches the reader through their name
 * mask, and the words are looked for in what they may read, so a search for a pupil's name finds
 * nothing through a mask (docs/decisions/0035-full-names-for-the-class.md).
 */
@Service
public class SchoolSearch {

    public static final int MIN_WORDS = 2;
    public static final int MAX_WORDS = 100;
    public static final int PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 50;
    /** The most records of each kind a search finds: beyond that, narrower words find the rest. */
    public static final int MAX_FOUND = 200;

    private final Publishing publishing;
    private final DraftReviews drafts;
    private final Incidents incidents;
    private final FollowerRegister followers;
    private final SchoolDirectory directory;
    private final PupilNameMask names;

    SchoolSearch(
            Publishing publishing,
            DraftReviews drafts,
            Incidents incidents,
            FollowerRegister followers,
            SchoolDirectory directory,
            PupilNameMask names) {
        this.publishing = publishing;
        this.drafts = drafts;
        this.incidents = incidents;
        this.followers = followers;
        this.directory = directory;
        this.names = names;
    }

    /** The page (from 0) of {@code size} records holding the words; refused with what to change. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public SearchResults search(@Nullable String words, int page, int size) {
        // No record holds a NUL (they are dropped as text is saved), and PostgreSQL refuses one in a query.
        var wanted = words == null ? "" : NulFreeText.strip(words).strip();
        if (wanted.length() < MIN_WORDS || wanted.length() > MAX_WORDS) {
            throw new SearchRefused("words", "Type between " + MIN_WORDS + " and " + MAX_WORDS + " characters.");
        }
        if (page < 0) {
            throw new SearchRefused("page", "Pages are counted from 0.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new SearchRefused("size", "Ask for between 1 and " + MAX_PAGE_SIZE + " records a page.");
        }
        var mask = names.forReader();
        var staff = directory.staffNames();
        var needle = wanted.toLowerCase(Locale.ROOT);
        var found = new ArrayList<SearchHit>();
        boolean capped = false;
        for (var kind : List.of(
                found(publishing.register().stream().map(p -> post(p, staff)), mask, needle),
                found(drafts.withText(wanted, MAX_FOUND + 1).stream().map(d -> draft(d, staff)), mask, needle),
                found(incidents.visible().stream().map(SchoolSearch::incident), mask, needle),
                found(followers.all().stream().map(SchoolSearch::follower), mask, needle))) {
            capped |= kind.size() > MAX_FOUND;
            found.addAll(kind.subList(0, Math.min(kind.size(), MAX_FOUND)));
        }
        found.sort(Comparator.comparing(SearchHit::at).reversed().thenComparing(SearchHit::link));
        int from = (int) Math.min((long) page * size, found.size());
        int to = Math.min(from + size, found.size());
        return new SearchResults(wanted, page, size, found.size(), capped, found.subList(from, to));
    }

    /** The hits as the reader may read them whose title or text holds the words, at most one more than kept. */
    private static List<SearchHit> found(Stream<SearchHit> hits, NameMask mask, String needle) {
        Function<SearchHit, SearchHit> masked =
                h -> new SearchHit(h.kind(), mask.mask(h.title()), mask.mask(h.text()), h.at(), h.link());
        return hits.map(masked)
                .filter(h -> h.text().toLowerCase(Locale.ROOT).contains(needle)
                        || h.title().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(SearchHit::at).reversed())
                .limit(MAX_FOUND + 1L)
                .toList();
    }

    private static SearchHit post(PublishedPost p, StaffNames staff) {
        var when = p.publishedAt() != null ? p.publishedAt() : p.publishAt();
        return new SearchHit(
                "post",
                "Post to " + p.handle() + " of " + day(when) + " (" + postStatus(p) + "), written by "
                        + staff.of(p.author()),
                p.text(),
                when,
                "published");
    }

    private static String postStatus(PublishedPost p) {
        return switch (p.status()) {
            case "published" -> p.practice() ? PublishedPost.PRACTICE : "published";
            case "taken-down" -> "taken down";
            default -> p.status();
        };
    }

    private static SearchHit draft(DraftDetails d, StaffNames staff) {
        return new SearchHit(
                "draft",
                "Draft for " + d.account().handle() + " by " + staff.of(d.author()) + " ("
                        + d.status().label() + ")",
                d.content().text(),
                d.updatedAt(),
                "review/" + d.id());
    }

    private static SearchHit incident(IncidentSummary i) {
        return new SearchHit(
                "incident",
                "Incident on " + i.accountHandle() + " of " + day(i.reportedAt()) + ": "
                        + i.category().label() + " (" + i.status().label() + ")",
                i.whatHappened(),
                i.reportedAt(),
                "incidents?incident=" + i.id().value());
    }

    private static SearchHit follower(FollowerSummary f) {
        return new SearchHit(
                "follower",
                "Follower " + f.handle() + " of " + f.accountHandle() + " ("
                        + f.status().label() + ")",
                f.displayName() == null ? "" : f.displayName(),
                f.firstSeen().atStartOfDay(SchoolTime.ZONE).toInstant(),
                "followers?follower=" + f.id().value());
    }

    private static String day(Instant at) {
        return SchoolTime.date(SchoolTime.dayOf(at));
    }
}
