package app.safepost.school.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, UUID> {

    Optional<SchoolClass> findByName(String name);

    // Fetch joins rather than entity graphs: with an entity graph Hibernate plans the query afresh on
    // every call (and Spring Data first looks the graph up by name, failing with an exception), which
    // made these the most expensive part of a compliance check.
    @Query("select distinct c from SchoolClass c left join fetch c.classTeacher left join fetch c.assistants")
    List<SchoolClass> findAllBy();

    @Query("select c from SchoolClass c left join fetch c.classTeacher left join fetch c.assistants where c.id = :id")
    Optional<SchoolClass> findWithStaffById(@Param("id") UUID id);
}
