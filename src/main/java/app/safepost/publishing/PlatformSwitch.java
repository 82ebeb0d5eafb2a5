package app.safepost.publishing;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.RefusedChange;
import app.safepost.publishing.domain.LivePublishing;
import app.safepost.publishing.domain.LivePublishingRepository;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per account: do approved posts go to the real platform, or to the sandbox (the default)? Only SLT
 * switch it; every switch is in the audit trail. A post keeps the way it was first tried.
 */
@Service
public class PlatformSwitch {

    private final LivePublishingRepository settings;
    private final HeldCredentials credentials;
    private final Clock clock;

    PlatformSwitch(LivePublishingRepository settings, HeldCredentials credentials, Clock clock) {
        this.settings = settings;
        this.credentials = credentials;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public boolean isLive(AccountId account) {
        return settings.findById(account.value()).map(LivePublishing::isLive).orElse(false);
    }

    /** The accounts whose posts go to the real platform. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public Set<AccountId> liveAccounts() {
        return settings.findAll().stream()
                .filter(LivePublishing::isLive)
                .map(s -> new AccountId(s.getAccountId()))
                .collect(Collectors.toSet());
    }

    /**
     * Sends the account's posts to the platform (true) or the sandbox (false). Going live needs a
     * connected credential; refused with {@link app.safepost.accounts.RefusedChange} otherwise.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public void switchTo(AccountId account, boolean live) {
        if (live && !credentials.statusOf(account).connected()) {
            throw new RefusedChange(
                    Map.of("live", "Connect the account's credential before its posts go to the platform."));
        }
        var setting = settings.findById(account.value()).orElseGet(() -> new LivePublishing(account.value()));
        if (setting.getChangedAt() != null && setting.isLive() == live) {
            return;
        }
        setting.set(live, SignedInStaff.current().orElseThrow().username(), clock.instant());
        settings.save(setting);
    }
}
