package app.safepost.accounts.domain;

import app.safepost.pupils.PurposesInUse;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A consent purpose an account needs for its photos cannot be retired. */
@Component
class AccountPurposesInUse implements PurposesInUse {

    private final SocialAccountRepository accounts;

    AccountPurposesInUse(SocialAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Set<String> purposesInUse() {
        return accounts.findAll().stream().map(SocialAccount::getPurposeCode).collect(Collectors.toSet());
    }
}
