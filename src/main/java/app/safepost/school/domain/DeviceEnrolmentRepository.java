package app.safepost.school.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviceEnrolmentRepository extends JpaRepository<DeviceEnrolment, UUID> {

    Optional<DeviceEnrolment> findByKeySha256(String keySha256);

    Optional<DeviceEnrolment> findByDeviceIdAndEndedAtIsNull(UUID deviceId);

    List<DeviceEnrolment> findByEndedAtIsNull();
}
