package app.safepost.accounts.domain;

import app.safepost.accounts.AccountKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Pages of the active accounts someone may draft for, read a page at a time: who may draft
 * ({@link PostingRules}) is the where clause, and the order (the whole-school account, then the classes
 * in the school's order, then handles as {@link String#CASE_INSENSITIVE_ORDER} orders them) is the
 * query's.
 */
@Component
public class AccountPages {

    /**
     * Whose accounts: every active one for SLT; else the class accounts of {@code staffedClasses} and
     * the whole-school accounts of {@code delegatedAccounts}.
     */
    public record Drafter(boolean everyAccount, Collection<UUID> staffedClasses, Collection<UUID> delegatedAccounts) {
        public Drafter {
            staffedClasses = List.copyOf(staffedClasses);
            delegatedAccounts = List.copyOf(delegatedAccounts);
        }
    }

    @PersistenceContext
    private EntityManager entityManager;

    /** One page of the accounts the drafter may draft for; {@code classYear} is each class's place. */
    public List<SocialAccount> draftable(Drafter drafter, Map<UUID, Integer> classYear, long offset, int limit) {
        var order = new StringBuilder("case when a.kind = :wholeSchool then -1");
        var ids = new ArrayList<>(classYear.keySet());
        for (int i = 0; i < ids.size(); i++) {
            order.append(" when a.classId = :c").append(i).append(" then ").append((int) classYear.get(ids.get(i)));
        }
        order.append(" else 99 end, collate(lower(a.handle) as ucs_basic), a.id");
        var query = where(drafter, "select a from SocialAccount a", " order by " + order, SocialAccount.class);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("c" + i, ids.get(i));
        }
        return query.setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many accounts the drafter may draft for. */
    public long countDraftable(Drafter drafter) {
        return where(drafter, "select count(a) from SocialAccount a", "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> where(Drafter drafter, String select, String orderBy, Class<T> type) {
        var who = drafter.everyAccount()
                ? ""
                : " and ((a.kind = :classKind and a.classId in :staffed) or (a.kind = :wholeSchool and a.id in :delegated))";
        var query = entityManager.createQuery(select + " where a.active = true" + who + orderBy, type);
        if (!orderBy.isEmpty() || !drafter.everyAccount()) {
            query.setParameter("wholeSchool", AccountKind.WHOLE_SCHOOL);
        }
        if (!drafter.everyAccount()) {
            query.setParameter("classKind", AccountKind.CLASS);
            // An empty "in" list is not valid everywhere: a random id matches nothing.
            query.setParameter("staffed", orNone(drafter.staffedClasses()));
            query.setParameter("delegated", orNone(drafter.delegatedAccounts()));
        }
        return query;
    }

    private static Collection<UUID> orNone(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }
}
