package app.safepost.audit.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditExportRepository extends JpaRepository<AuditExport, UUID> {}
