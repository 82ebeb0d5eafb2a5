package app.safepost.accounts;

import app.safepost.accounts.domain.SocialAccount;
import org.jspecify.annotations.Nullable;

/**
 * A Mastodon account and its server.
 *
 * @param chosen     the server SLT set, or null
 * @param fromHandle the server its handle names ({@code @user@server}), or null
 */
public record MastodonServerChoice(
        AccountId id,
        String handle,
        @Nullable String chosen,
        @Nullable String fromHandle) {

    static MastodonServerChoice ofAccount(SocialAccount account) {
        return new MastodonServerChoice(
                new AccountId(account.getId()),
                account.getHandle(),
                account.getMastodonServer(),
                MastodonServers.fromHandle(account.getHandle()).orElse(null));
    }

    /** The server the portal calls for it; null when it uses the portal's setting. */
    public @Nullable String inUse() {
        return chosen != null ? chosen : fromHandle;
    }
}
