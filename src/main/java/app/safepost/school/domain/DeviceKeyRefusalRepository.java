package app.safepost.school.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviceKeyRefusalRepository extends JpaRepository<DeviceKeyRefusal, UUID> {}
