package app.safepost.pupils.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Pages of the pupils on roll, read a page at a time: the classes the reader may see are the where
 * clause, and the order (classes in the school's order, then names) is the query's, so a page reads
 * only its own rows whatever the size of the school. Names are compared by code point ({@code
 * ucs_basic}), as Java compares strings, so the order does not depend on the database's locale.
 */
@Component
public class PupilPages {

    /** How a page orders the pupils of one class. */
    public enum NameOrder {
        /** Surname, then first name: the office's register. */
        SURNAME_FIRST("collate(p.surname as ucs_basic), collate(p.firstName as ucs_basic)"),
        /** The name the pupil is known by (preferred, else first), then surname: as staff call them. */
        KNOWN_AS_FIRST("collate(coalesce(p.preferredName, p.firstName) as ucs_basic), collate(p.surname as ucs_basic)");

        private final String orderBy;

        NameOrder(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * One page of the pupils on roll in the given classes.
     *
     * @param classRank   each class's place in the order (equal places interleave their pupils by name;
     *                    a class not in it comes last)
     * @param onlyRanked  read only the pupils of the classes in {@code classRank}
     */
    public List<Pupil> onRoll(
            Map<UUID, Integer> classRank, boolean onlyRanked, NameOrder names, long offset, int limit) {
        if (onlyRanked && classRank.isEmpty()) {
            return List.of();
        }
        var rank = new StringBuilder("case");
        var ids = new ArrayList<UUID>(classRank.keySet());
        for (int i = 0; i < ids.size(); i++) {
            rank.append(" when p.classId = :c").append(i).append(" then ").append((int) classRank.get(ids.get(i)));
        }
        rank.append(" else ").append(Integer.MAX_VALUE).append(" end");
        var query = entityManager.createQuery(
                "select p from Pupil p where p.archived = false"
                        + (onlyRanked ? " and p.classId in :classes" : "") + " order by " + rank + ", "
                        + names.orderBy + ", p.id",
                Pupil.class);
        if (onlyRanked) {
            query.setParameter("classes", ids);
        }
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("c" + i, ids.get(i));
        }
        return query.setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many pupils are on roll in the given classes. */
    public long countOnRoll(Collection<UUID> classes) {
        if (classes.isEmpty()) {
            return 0;
        }
        return entityManager
                .createQuery(
                        "select count(p) from Pupil p where p.archived = false and p.classId in :classes", Long.class)
                .setParameter("classes", classes)
                .getSingleResult();
    }
}
