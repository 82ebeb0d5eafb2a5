package app.safepost.school;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The cookie in which an enrolled school iPad's browser keeps its device key (P3): the screen that
 * enrols a browser writes it, the photo upload reads it. Scripts cannot read it (HttpOnly), other
 * sites cannot make the browser send it (SameSite=Strict), and behind TLS it travels only over TLS.
 */
public final class DeviceCookie {

    public static final String NAME = "safepost-device";

    /** As long as a browser may keep a cookie (RFC 6265bis caps it at 400 days, as Chromium does). */
    public static final Duration LIFETIME = Duration.ofDays(400);

    private DeviceCookie() {}

    /** The cookie to set; {@code secure} when the request came over TLS, directly or through the proxy. */
    public static Cookie of(DeviceKey key, boolean secure) {
        var cookie = new Cookie(NAME, key.token());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }

    /** The device key among the request's cookies, if the browser sent one. */
    public static @Nullable DeviceKey presentedIn(Cookie @Nullable [] cookies) {
        if (cookies == null) {
            return null;
        }
        for (var cookie : cookies) {
            if (NAME.equals(cookie.getName())
                    && cookie.getValue() != null
                    && !cookie.getValue().isBlank()) {
                return new DeviceKey(cookie.getValue().strip());
            }
        }
        return null;
    }
}
