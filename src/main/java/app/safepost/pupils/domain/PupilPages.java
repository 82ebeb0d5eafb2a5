package app.safepost.pupils.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Pages of the roster, read a page at a time: the classes the reader may see and the words looked for
 * are the where clause, and the order (classes in the school's order, then names, or the columns a
 * screen sorts by) is the query's, so a page reads only its own rows whatever the size of the school.
 * Names are compared by code point ({@code ucs_basic}), as Java compares strings, so the order does not
 * depend on the database's locale.
 */
@Component
public class PupilPages {

    /** The sort properties a page may be ordered by, besides its own order. */
    public static final String CLASS = "class";

    public static final String SURNAME = "surname";
    public static final String FIRST_NAME = "firstName";

    /** How a page orders the pupils of one class when nothing else is asked. */
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

    /**
     * Which pupils.
     *
     * @param classRank       each class's place in the order (equal places interleave their pupils by
     *                        name; a class not in it comes last)
     * @param onlyRanked      only the pupils of the classes in {@code classRank}
     * @param includeArchived archived pupils too, not only those on roll
     * @param words           only pupils whose UPN, full name or preferred name holds these words; blank
     *                        for all
     */
    public record Filter(Map<UUID, Integer> classRank, boolean onlyRanked, boolean includeArchived, String words) {
        public Filter {
            classRank = Map.copyOf(classRank);
            words = words.strip().toLowerCase(Locale.ROOT);
        }

        /** No class to look in, or words no record can hold (PostgreSQL's text has no NUL character). */
        private boolean matchesNobody() {
            return (onlyRanked && classRank.isEmpty()) || words.indexOf('\0') >= 0;
        }
    }

    @PersistenceContext
    private EntityManager entityManager;

    /** One page of the pupils the filter lets through, sorted as asked, then in {@code names} order. */
    public List<Pupil> page(Filter filter, Sort sort, NameOrder names, long offset, int limit) {
        if (filter.matchesNobody()) {
            return List.of();
        }
        var ids = new ArrayList<>(filter.classRank().keySet());
        var rank = new StringBuilder("case");
        for (int i = 0; i < ids.size(); i++) {
            rank.append(" when p.classId = :c").append(i).append(" then ").append((int)
                    filter.classRank().get(ids.get(i)));
        }
        rank.append(" else ").append(Integer.MAX_VALUE).append(" end");
        var orderBy = new StringBuilder();
        for (var order : sort) {
            orderBy.append(
                            switch (order.getProperty()) {
                                case CLASS -> rank.toString();
                                case SURNAME -> "collate(p.surname as ucs_basic)";
                                case FIRST_NAME -> "collate(p.firstName as ucs_basic)";
                                default ->
                                    throw new IllegalArgumentException(
                                            "Pupils cannot be sorted by " + order.getProperty());
                            })
                    .append(order.isAscending() ? " asc, " : " desc, ");
        }
        orderBy.append(rank).append(", ").append(names.orderBy).append(", p.id");
        var query = where(filter, "select p from Pupil p", " order by " + orderBy, Pupil.class);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("c" + i, ids.get(i));
        }
        return query.setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many pupils the filter lets through. */
    public long count(Filter filter) {
        if (filter.matchesNobody()) {
            return 0;
        }
        return where(filter, "select count(p) from Pupil p", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(Filter filter, String select, String orderBy, Class<T> type) {
        var where = new StringBuilder(" where 1 = 1");
        if (!filter.includeArchived()) {
            where.append(" and p.archived = false");
        }
        if (filter.onlyRanked()) {
            where.append(" and p.classId in :classes");
        }
        if (!filter.words().isEmpty()) {
            where.append(" and (lower(p.upn) like :words escape '\\'")
                    .append(" or lower(concat(p.firstName, ' ', p.surname)) like :words escape '\\'")
                    .append(" or lower(coalesce(p.preferredName, '')) like :words escape '\\')");
        }
        var query = entityManager.createQuery(select + where + orderBy, type);
        if (filter.onlyRanked()) {
            query.setParameter("classes", filter.classRank().keySet());
        }
        if (!filter.words().isEmpty()) {
            query.setParameter("words", "%" + filter.words().replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        return query;
    }
}
