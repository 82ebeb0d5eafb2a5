package app.safepost.school.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface SchoolDeviceRepository extends JpaRepository<SchoolDevice, UUID> {

    Optional<SchoolDevice> findBySerial(String serial);

    long countByInServiceTrue();

    /** The device, locked until the transaction ends: its enrolments change one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SchoolDevice> findLockedById(UUID id);
}
