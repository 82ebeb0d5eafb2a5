package app.safepost.school.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolDeviceRepository extends JpaRepository<SchoolDevice, UUID> {

    Optional<SchoolDevice> findBySerial(String serial);

    long countByInServiceTrue();
}
