package app.safepost.accounts;

import app.safepost.accounts.domain.AccountPages;
import app.safepost.accounts.domain.SocialAccount;
import app.safepost.accounts.domain.SocialAccountRepository;
import app.safepost.audit.AuditTrail;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.school.ClassId;
import app.safepost.school.ClassSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school's social-media accounts. Handles are public, so anyone signed in may list them. */
@Service
public class SocialAccounts {

    private final SocialAccountRepository accounts;
    private final AccountPages pages;
    private final SchoolDirectory directory;
    private final ConsentPurposes purposes;
    private final AuditTrail auditTrail;

    SocialAccounts(
            SocialAccountRepository accounts,
            AccountPages pages,
            SchoolDirectory directory,
            ConsentPurposes purposes,
            AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.accounts = accounts;
        this.pages = pages;
        this.directory = directory;
        this.purposes = purposes;
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long activeAccounts() {
        return accounts.countByActiveTrue();
    }

    /** Every account: whole-school first, then the class accounts from Reception to Year 6. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        var classes = directory.classes();
        var byId = classes.stream().collect(Collectors.toMap(ClassSummary::id, Function.identity()));
        var order = Comparator.<AccountSummary>comparingInt(a -> a.isWholeSchool()
                        ? -1
                        : a.owningClass() != null && byId.containsKey(a.owningClass())
                                ? byId.get(a.owningClass()).yearOrder()
                                : 99)
                .thenComparing(AccountSummary::handle, String.CASE_INSENSITIVE_ORDER);
        return accounts.findAll().stream()
                .map(a -> summary(a, byId))
                .sorted(order)
                .toList();
    }

    /**
     * One page of the active accounts the drafter may draft for, in the order of {@link #all}: for
     * {@link PostingRights}, which decides who the drafter is, in its transaction.
     */
    Page<AccountSummary> draftable(AccountPages.Drafter drafter, Pageable page) {
        var classes = directory.classes();
        var byId = classes.stream().collect(Collectors.toMap(ClassSummary::id, Function.identity()));
        var years = classes.stream().collect(Collectors.toMap(c -> c.id().value(), ClassSummary::yearOrder));
        var found = pages.draftable(drafter, years, page.getOffset(), page.getPageSize()).stream()
                .map(a -> summary(a, byId))
                .toList();
        return PageableExecutionUtils.getPage(found, page, () -> pages.countDraftable(drafter));
    }

    /** The audit trail filtered to this account's own record: who added it, switched it off, changed its purpose. */
    public String historyLink(AccountId id) {
        return auditTrail.historyLink(SocialAccount.class, id.value());
    }

    /** One account, read on its own: every check of a post asks for one, so it must not read them all. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<AccountSummary> account(AccountId id) {
        return withOwningClass(id).map(WithOwningClass::account);
    }

    /** One account with its class and the class's staff, for a right to it: the class is read once, for both. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<WithOwningClass> withOwningClass(AccountId id) {
        return accounts.findById(id.value()).map(a -> {
            var owning = a.getClassId() == null
                    ? null
                    : directory.schoolClass(new ClassId(a.getClassId())).orElse(null);
            return new WithOwningClass(summary(a, owning == null ? Map.of() : Map.of(owning.id(), owning)), owning);
        });
    }

    /** An account and the class that owns it (with its staff); no class for the whole-school account. */
    public record WithOwningClass(
            AccountSummary account, @Nullable ClassSummary owningClass) {}

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<AccountSummary> accountWithHandle(String handle) {
        return all().stream().filter(a -> a.handle().equalsIgnoreCase(handle)).findFirst();
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

    /**
     * Sets the consent purpose the account's photos need (P14).
     *
     * @throws RefusedChange for a purpose that does not exist or is retired
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public AccountSummary needPurpose(AccountId id, String purposeCode) {
        var purpose = purposes.purpose(purposeCode == null ? "" : purposeCode.strip())
                .filter(p -> !p.retired())
                .orElseThrow(() -> new RefusedChange(Map.of("purpose", "Choose one of the consent purposes in use.")));
        var account = accounts.findById(id.value()).orElseThrow();
        account.needPurpose(purpose.code());
        var saved = accounts.saveAndFlush(account);
        var owning = saved.getClassId() == null
                ? null
                : directory.schoolClass(new ClassId(saved.getClassId())).orElse(null);
        return summary(saved, owning == null ? Map.of() : Map.of(owning.id(), owning));
    }

    /**
     * The Mastodon server the account's posts, followers and blocks go to: chosen by SLT, else named
     * by its handle; empty for an account on another platform or using the portal's setting.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<String> mastodonServer(AccountId id) {
        return accounts.findById(id.value())
                .filter(a -> a.getPlatform() == Platform.MASTODON)
                .map(MastodonServerChoice::ofAccount)
                .map(MastodonServerChoice::inUse);
    }

    /** The school's Mastodon accounts and their servers. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<MastodonServerChoice> mastodonAccounts() {
        return accounts.findAll().stream()
                .filter(a -> a.getPlatform() == Platform.MASTODON)
                .map(MastodonServerChoice::ofAccount)
                .sorted(Comparator.comparing(MastodonServerChoice::handle, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Sets the Mastodon server of a Mastodon account; blank goes back to the server its handle names
     * (or the portal's setting).
     *
     * @throws RefusedChange for an address that is not a server's, or an account not on Mastodon
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public MastodonServerChoice chooseMastodonServer(AccountId id, @Nullable String server) {
        var account = accounts.findById(id.value())
                .filter(a -> a.getPlatform() == Platform.MASTODON)
                .orElseThrow(
                        () -> new RefusedChange(Map.of("server", "Only a Mastodon account has a server to choose.")));
        account.serveFrom(server == null || server.isBlank() ? null : MastodonServers.chosen(server));
        return MastodonServerChoice.ofAccount(accounts.saveAndFlush(account));
    }

    static AccountSummary summary(SocialAccount account, Map<ClassId, ClassSummary> classes) {
        var classId = account.getClassId() == null ? null : new ClassId(account.getClassId());
        var owning = classId == null ? null : classes.get(classId);
        return new AccountSummary(
                new AccountId(account.getId()),
                account.getHandle(),
                account.getPlatform(),
                account.getKind(),
                classId,
                owning == null ? null : owning.name(),
                account.isActive(),
                account.getPurposeCode());
    }
}
