package app.safepost.drafting.ui.parts;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A post's text cut into what a platform shows differently: links (shortened, as X, Bluesky and
 * Mastodon all shorten them on screen), hashtags and @mentions, and plain text between them. Found as
 * twitter-text finds them, close to what each platform finds.
 */
final class PreviewText {

    /** The longest link shown whole; longer ones are cut with an ellipsis, as the platforms do. */
    static final int LINK_SHOWN = 30;

    enum Kind {
        TEXT,
        LINK,
        TAG,
        MENTION
    }

    record Part(Kind kind, String shown) {}

    private PreviewText() {}

    static List<Part> parts(String text) {
        var extractor = new Extractor();
        var entities = new ArrayList<>(extractor.extractEntitiesWithIndices(text));
        entities.sort(Comparator.comparingInt(Extractor.Entity::getStart));
        var parts = new ArrayList<Part>();
        int at = 0;
        for (var entity : entities) {
            if (entity.getStart() < at) {
                continue;
            }
            if (entity.getStart() > at) {
                parts.add(new Part(Kind.TEXT, text.substring(at, entity.getStart())));
            }
            var written = text.substring(entity.getStart(), entity.getEnd());
            parts.add(
                    switch (entity.getType()) {
                        case URL -> new Part(Kind.LINK, shortLink(written));
                        case HASHTAG, CASHTAG -> new Part(Kind.TAG, written);
                        case MENTION -> new Part(Kind.MENTION, written);
                    });
            at = entity.getEnd();
        }
        if (at < text.length()) {
            parts.add(new Part(Kind.TEXT, text.substring(at)));
        }
        return parts;
    }

    /** "https://www.jessegray.example/news/harvest-festival-2026" → "jessegray.example/news/harvest-fe…". */
    static String shortLink(String link) {
        var shown = link.replaceFirst("^(?i)https?://", "").replaceFirst("^(?i)www\\.", "");
        return shown.codePointCount(0, shown.length()) <= LINK_SHOWN
                ? shown
                : shown.substring(0, shown.offsetByCodePoints(0, LINK_SHOWN - 1)) + "…";
    }
}
