package app.safepost.accounts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which Mastodon server an account lives on: the one SLT chose, else the one its handle
 * {@code @user@server} names. An account with neither uses the portal's setting
 * ({@code safepost.publishing.mastodon.base-url}), as every account did before accounts had servers.
 */
public final class MastodonServers {

    static final int MAX_LENGTH = 200;
    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private MastodonServers() {}

    /** {@code @user@server} → {@code https://server}; empty for a handle without a server or with a malformed one. */
    public static Optional<String> fromHandle(@Nullable String handle) {
        if (handle == null) {
            return Optional.empty();
        }
        var bare = handle.strip().startsWith("@") ? handle.strip().substring(1) : handle.strip();
        int at = bare.indexOf('@');
        if (at <= 0 || at != bare.lastIndexOf('@')) {
            return Optional.empty();
        }
        var host = bare.substring(at + 1).toLowerCase(Locale.ROOT);
        return HOST.matcher(host).matches() ? Optional.of("https://" + host) : Optional.empty();
    }

    /**
     * The server SLT typed, as the portal calls it: {@code https://host[:port]}. A bare host name
     * means https; plain http is refused (the account's token would cross the network in clear)
     * except on this machine, for a server the school runs beside the portal.
     *
     * @throws RefusedChange on the field {@code server}, saying what is wrong
     */
    public static String chosen(String typed) {
        var text = typed.strip();
        if (text.length() > MAX_LENGTH) {
            throw refused("Keep the server's address under " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(text.contains("://") ? text : "https://" + text);
        } catch (URISyntaxException e) {
            throw refused("Give the server's address, such as mastodon.social or https://mastodon.social.");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        var host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()
                || uri.getUserInfo() != null
                || uri.getQuery() != null
                || uri.getFragment() != null
                || !(uri.getPath() == null
                        || uri.getPath().isEmpty()
                        || uri.getPath().equals("/"))) {
            throw refused("Give only the server's address, such as mastodon.social, without a path.");
        }
        boolean loopback = LOOPBACK.contains(host);
        if (!loopback && !HOST.matcher(host).matches()) {
            throw refused("\"" + host + "\" is not a server's name; it looks like mastodon.social.");
        }
        if (scheme.equals("http") && !loopback) {
            throw refused("Use https: over plain http the account's token would cross the network unprotected.");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused("Give the server's https address, such as https://mastodon.social.");
        }
        return scheme + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    private static RefusedChange refused(String message) {
        return new RefusedChange(Map.of("server", message));
    }
}
