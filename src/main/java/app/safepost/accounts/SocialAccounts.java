package app.safepost.accounts;

import app.safepost.accounts.domain.SocialAccount;
import app.safepost.accounts.domain.SocialAccountRepository;
import app.safepost.school.ClassId;
import app.safepost.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school's social-media accounts. */
@Service
public class SocialAccounts {

    private final SocialAccountRepository accounts;

    SocialAccounts(SocialAccountRepository accounts) {
        this.accounts = accounts;
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long activeAccounts() {
        return accounts.countByActiveTrue();
    }

    /** Adds an account unless one with that handle exists; {@code true} if added. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean addIfMissing(String handle, Platform platform, AccountKind kind, @Nullable ClassId owningClass) {
        if (accounts.existsByHandle(handle)) {
            return false;
        }
        accounts.save(new SocialAccount(handle, platform, kind, owningClass == null ? null : owningClass.value()));
        return true;
    }
}
