package app.safepost.accounts.api;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.PostingRight;
import app.safepost.accounts.PostingRights;
import app.safepost.common.ApiPage;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/accounts}: the accounts the caller may draft for now. */
@RestController
@RequestMapping("/api/v1")
class AccountsApi {

    private final PostingRights rights;

    AccountsApi(PostingRights rights) {
        this.rights = rights;
    }

    /** {@code class} is null for the whole-school account; {@code purpose} is the consent purpose its photos need. */
    record Account(
            String id,
            String handle,
            String kind,
            @JsonProperty("class") @Nullable String className,
            String purpose) {

        static Account of(AccountSummary account) {
            return new Account(
                    account.id().toString(),
                    account.handle(),
                    account.kind().apiName(),
                    account.className(),
                    account.purpose());
        }
    }

    @GetMapping("/accounts")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<List<Account>> accounts(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        var answered = new ApiPage(page, size);
        return answered.of(rights.accountsOfSignedInStaff(answered.pageable())
                .map(PostingRight::account)
                .map(Account::of));
    }
}
