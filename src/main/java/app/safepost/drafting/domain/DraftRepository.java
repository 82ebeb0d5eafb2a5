package app.safepost.drafting.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftRepository extends JpaRepository<Draft, UUID> {

    List<Draft> findByAuthorOrderByUpdatedAtDesc(String author);

    Page<Draft> findByAuthorOrderByUpdatedAtDescIdAsc(String author, Pageable page);

    long countByAuthor(String author);

    long countByAuthorAndStatus(String author, app.safepost.drafting.DraftStatus status);

    /** Drafts in these states meant to go out between the two instants, for the calendar. */
    List<Draft> findByStatusInAndMeantForBetweenOrderByMeantFor(
            java.util.Collection<app.safepost.drafting.DraftStatus> statuses,
            java.time.Instant from,
            java.time.Instant to);

    List<Draft> findByStatusNotIn(Collection<app.safepost.drafting.DraftStatus> statuses);

    List<Draft> findByStatusOrderBySubmittedAtAscIdAsc(app.safepost.drafting.DraftStatus status);

    long countByStatus(app.safepost.drafting.DraftStatus status);

    List<Draft> findByDelegationIdIsNotNullAndStatusNotOrderBySubmittedAtAsc(app.safepost.drafting.DraftStatus status);

    /** Drafts whose text holds the pattern (a LIKE pattern, lower case, with \\ escaping), latest change first. */
    @org.springframework.data.jpa.repository.Query(
            "select d from Draft d where lower(d.text) like ?1 escape '\\' order by d.updatedAt desc, d.id")
    List<Draft> withTextLike(String pattern, org.springframework.data.domain.Limit limit);

    @org.springframework.data.jpa.repository.Query("select distinct p.draft from DraftPupil p where p.upn = ?1")
    List<Draft> showing(String upn);

    @org.springframework.data.jpa.repository.Query("select count(p) from DraftPhoto p where p.mediaId = ?1")
    long countPhotoUses(UUID mediaId);
}
