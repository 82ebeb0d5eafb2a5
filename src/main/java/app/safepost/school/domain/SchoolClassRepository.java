package app.safepost.school.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, UUID> {

    Optional<SchoolClass> findByName(String name);

    @EntityGraph(attributePaths = {"classTeacher", "assistants"})
    List<SchoolClass> findAllBy();

    @EntityGraph(attributePaths = {"classTeacher", "assistants"})
    Optional<SchoolClass> findWithStaffById(UUID id);
}
