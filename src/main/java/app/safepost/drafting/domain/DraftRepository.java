package app.safepost.drafting.domain;

import app.safepost.drafting.DraftStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftRepository extends JpaRepository<Draft, UUID> {

    List<Draft> findByAuthorOrderByUpdatedAtDesc(String author);

    Page<Draft> findByAuthorOrderByUpdatedAtDescIdAsc(String author, Pageable page);

    long countByAuthor(String author);

    long countByAuthorAndStatus(String author, DraftStatus status);

    /** Drafts in these states meant to go out between the two instants, for the calendar. */
    List<Draft> findByStatusInAndMeantForBetweenOrderByMeantFor(
            Collection<DraftStatus> statuses, Instant from, Instant to);

    List<Draft> findByStatusNotIn(Collection<DraftStatus> statuses);

    List<Draft> findByStatusOrderBySubmittedAtAscIdAsc(DraftStatus status);

    /** One page of the drafts in this state as a list shows them: no photos, faces, pupils or checks. */
    List<Line> findLinesByStatusOrderBySubmittedAtAscIdAsc(DraftStatus status, Pageable page);

    /** The columns a line of a list of drafts needs, read as values. */
    interface Line {
        UUID getId();

        UUID getAccountId();

        String getAuthor();

        String getText();

        Instant getSubmittedAt();
    }

    long countByStatus(DraftStatus status);

    List<Draft> findByDelegationIdIsNotNullAndStatusNotOrderBySubmittedAtAsc(DraftStatus status);

    Page<Draft> findByDelegationIdIsNotNullAndStatusNotOrderBySubmittedAtAscIdAsc(DraftStatus status, Pageable page);

    long countByDelegationIdIsNotNullAndStatusNot(DraftStatus status);

    long countByDelegationIdIsNotNullAndStatusNotAndIdIn(DraftStatus status, Collection<UUID> ids);

    /** Drafts whose text holds the pattern (a LIKE pattern, lower case, with \\ escaping), latest change first. */
    @Query("select d from Draft d where lower(d.text) like ?1 escape '\\' order by d.updatedAt desc, d.id")
    List<Draft> withTextLike(String pattern, Limit limit);

    @Query("select distinct p.draft from DraftPupil p where p.upn = ?1")
    List<Draft> showing(String upn);

    @Query("select count(p) from DraftPhoto p where p.mediaId = ?1")
    long countPhotoUses(UUID mediaId);
}
