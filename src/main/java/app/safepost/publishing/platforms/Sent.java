package app.safepost.publishing.platforms;

/** What the platform made: its id for the post and the post's public address. */
public record Sent(String postId, String url) {}
