package app.safepost.accounts.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SocialAccountRepository extends JpaRepository<SocialAccount, UUID> {

    boolean existsByHandle(String handle);

    long countByActiveTrue();
}
