package app.safepost.school.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<School, UUID> {

    /** A school as sign-in and the header need it (a closed projection: only these columns are read). */
    interface Listed {
        UUID getId();

        String getUrn();

        String getName();
    }

    List<Listed> findAllByOrderByNameAscUrnAsc();

    Page<Listed> findAllByOrderByNameAscUrnAscIdAsc(Pageable page);

    Optional<School> findByUrn(String urn);
}
