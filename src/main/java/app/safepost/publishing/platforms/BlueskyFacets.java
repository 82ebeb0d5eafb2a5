package app.safepost.publishing.platforms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;

/**
 * The rich text of a Bluesky post: links, hashtags and mentions found in the text as the Bluesky app
 * finds them, as {@code app.bsky.richtext.facet} entries. A facet locates its part of the text by
 * UTF-8 byte offsets, while Java strings count UTF-16 units, so an emoji or an accented letter before
 * a link moves the two apart. A mention is a facet only if its handle resolves to an account (DID).
 */
final class BlueskyFacets {

    /** What a facet marks. */
    enum Kind {
        LINK,
        TAG,
        MENTION
    }

    /**
     * One facet, located in UTF-16 units of the text.
     *
     * @param value the link's address, the tag without its #, or the mentioned handle without its @
     */
    record Found(int start, int end, Kind kind, String value) {}

    private static final String SPACE = "\\s\\p{Z}\\x{FEFF}";
    private static final String INVISIBLE = "\\x{00AD}\\x{2060}\\x{200A}\\x{200B}\\x{200C}\\x{200D}\\x{20E2}";
    private static final Pattern MENTION = Pattern.compile("(^|[" + SPACE + "(])@([a-zA-Z0-9.-]+)\\b");
    private static final Pattern LINK = Pattern.compile(
            "(^|[" + SPACE + "(])((https?://[^" + SPACE + "]+)" + "|(([a-z][a-z0-9]*(\\.[a-z0-9]+)+)[^" + SPACE
                    + "]*))",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern TAG = Pattern.compile(
            "(^|[" + SPACE + "])[#＃]((?!\\x{FE0F})[^" + SPACE + INVISIBLE + "]*[^\\d" + SPACE + "\\p{P}" + INVISIBLE
                    + "]+[^" + SPACE + INVISIBLE + "]*)?",
            Pattern.MULTILINE);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");
    private static final int MOST_TAG_LENGTH = 64;
    /** Top-level domains a bare address (without https://) must end in to become a link. */
    private static final Set<String> BARE_LINK_DOMAINS = Set.of(
            "uk", "com", "org", "net", "edu", "gov", "info", "io", "co", "app", "dev", "social", "org.uk", "co.uk",
            "sch.uk", "gov.uk", "ac.uk", "nhs.uk");

    private BlueskyFacets() {}

    /** Every link, hashtag and mention of the text, in order. */
    static List<Found> find(String text) {
        var found = new ArrayList<Found>();
        var mentions = MENTION.matcher(text);
        while (mentions.find()) {
            var handle = mentions.group(2);
            if (handle.matches("([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,}")) {
                found.add(new Found(mentions.start(2) - 1, mentions.end(2), Kind.MENTION, handle));
            }
        }
        var links = LINK.matcher(text);
        while (links.find()) {
            var link = link(links.group(2), links.start(2), links.group(5));
            if (link != null) {
                found.add(link);
            }
        }
        var tags = TAG.matcher(text);
        while (tags.find()) {
            var tag = tags.group(2);
            if (tag == null) {
                continue;
            }
            tag = TRAILING_PUNCTUATION.matcher(tag.strip()).replaceAll("");
            if (!tag.isEmpty() && tag.codePointCount(0, tag.length()) <= MOST_TAG_LENGTH) {
                found.add(new Found(tags.start(2) - 1, tags.start(2) + tag.length(), Kind.TAG, tag));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static @Nullable Found link(String matched, int start, @Nullable String bareDomain) {
        var uri = matched;
        if (!uri.regionMatches(true, 0, "http", 0, 4)) {
            if (bareDomain == null
                    || BARE_LINK_DOMAINS.stream()
                            .noneMatch(tld -> bareDomain.toLowerCase().endsWith("." + tld))) {
                return null;
            }
            uri = "https://" + uri;
        }
        int end = start + matched.length();
        if (uri.matches(".*[.,;:!?]$")) {
            uri = uri.substring(0, uri.length() - 1);
            end--;
        }
        if (uri.endsWith(")") && !uri.contains("(")) {
            uri = uri.substring(0, uri.length() - 1);
            end--;
        }
        return new Found(start, end, Kind.LINK, uri);
    }

    /**
     * The facets as the post record carries them; a mention whose handle {@code didOf} does not
     * resolve (null) is left as plain text.
     */
    static ArrayNode json(String text, List<Found> found, Function<String, @Nullable String> didOf) {
        var facets = PlatformHttp.JSON.createArrayNode();
        for (var facet : found) {
            var feature = PlatformHttp.JSON.createObjectNode();
            switch (facet.kind()) {
                case LINK ->
                    feature.put("$type", "app.bsky.richtext.facet#link").put("uri", facet.value());
                case TAG -> feature.put("$type", "app.bsky.richtext.facet#tag").put("tag", facet.value());
                case MENTION -> {
                    var did = didOf.apply(facet.value());
                    if (did == null) {
                        continue;
                    }
                    feature.put("$type", "app.bsky.richtext.facet#mention").put("did", did);
                }
            }
            var entry = facets.addObject().put("$type", "app.bsky.richtext.facet");
            entry.putObject("index")
                    .put("byteStart", utf8Length(text, facet.start()))
                    .put("byteEnd", utf8Length(text, facet.end()));
            entry.putArray("features").add(feature);
        }
        return facets;
    }

    private static int utf8Length(String text, int end) {
        return text.substring(0, end).getBytes(StandardCharsets.UTF_8).length;
    }
}
