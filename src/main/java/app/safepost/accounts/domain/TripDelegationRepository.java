package app.safepost.accounts.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TripDelegationRepository extends JpaRepository<TripDelegation, UUID> {

    List<TripDelegation> findByDelegateUsername(String delegateUsername);

    List<TripDelegation> findByDelegateUsernameAndAccountId(String delegateUsername, UUID accountId);

    List<TripDelegation> findAllByOrderByStartsAtDesc();
}
