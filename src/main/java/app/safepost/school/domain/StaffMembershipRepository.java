package app.safepost.school.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffMembershipRepository extends JpaRepository<StaffMembership, UUID> {

    List<StaffMembership> findByUsername(String username);
}
