package app.safepost.moderation;

import app.safepost.media.MediaId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One incident with its links, outcome and full timeline, oldest step first.
 *
 * @param namesMasked whether pupils' names were masked for the reader (governors)
 */
public record IncidentDetails(
        IncidentSummary summary,
        @Nullable String links,
        @Nullable MediaId screenshot,
        @Nullable String outcome,
        List<TimelineEntry> timeline,
        boolean namesMasked) {}
