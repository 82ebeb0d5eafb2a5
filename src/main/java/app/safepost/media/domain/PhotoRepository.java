package app.safepost.media.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhotoRepository extends JpaRepository<Photo, UUID> {

    List<Photo> findByUploadedByOrderByUploadedAtDesc(String uploadedBy);

    long countByContentSha256(String contentSha256);
}
