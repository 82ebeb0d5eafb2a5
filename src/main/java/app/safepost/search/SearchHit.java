package app.safepost.search;

import java.time.Instant;

/**
 * One record found: what it is, a line that names it, the text the words were found in (masked as the
 * reader must read it), when it last changed, and the screen that shows it.
 *
 * @param kind {@code post}, {@code draft}, {@code incident} or {@code follower}
 * @param link a route of the portal, such as {@code review/<draft id>}
 */
public record SearchHit(String kind, String title, String text, Instant at, String link) {}
