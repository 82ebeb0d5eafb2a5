package app.safepost.accounts.domain;

import app.safepost.accounts.AccountKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SocialAccountRepository extends JpaRepository<SocialAccount, UUID> {

    boolean existsByHandle(String handle);

    Optional<SocialAccount> findByHandle(String handle);

    List<SocialAccount> findByKind(AccountKind kind);

    long countByActiveTrue();
}
