package app.safepost.pupils.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentPurposeRepository extends JpaRepository<ConsentPurpose, UUID> {

    List<ConsentPurpose> findAllByOrderByPositionAscCodeAsc();

    Optional<ConsentPurpose> findByCode(String code);

    boolean existsByCode(String code);
}
