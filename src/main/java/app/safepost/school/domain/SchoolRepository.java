package app.safepost.school.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<School, UUID> {

    /** The portal serves one school. */
    default Optional<School> findTheSchool() {
        return findAll().stream().findFirst();
    }
}
