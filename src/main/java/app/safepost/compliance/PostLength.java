package app.safepost.compliance;

/**
 * How long a post is as its platform counts it, for the editor's counter.
 *
 * @param used  the platform's count of the text (X weighted, Bluesky graphemes, Mastodon characters)
 * @param limit the most the platform takes
 */
public record PostLength(int used, int limit) {

    public int remaining() {
        return limit - used;
    }

    public boolean over() {
        return used > limit;
    }
}
