package app.safepost.accounts.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountCredentialRepository extends JpaRepository<AccountCredential, UUID> {

    Optional<AccountCredential> findByAccountId(UUID accountId);
}
