package app.safepost.audit;

import app.safepost.backups.CopyVerdict;
import app.safepost.backups.RestoredCopyCheck;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The restore drill's check of the audit trail: every school's revision chain in the copy, through the
 * integrity check. It passes only if each school's chain is intact.
 */
@Component
class RevisionChainInCopy implements RestoredCopyCheck {

    private final IntegrityCheck integrity;

    RevisionChainInCopy(IntegrityCheck integrity) {
        this.integrity = integrity;
    }

    @Override
    public CopyVerdict check(DataSource copy) {
        var chains = integrity.checkCopy(copy);
        var altered = chains.stream().filter(chain -> !chain.report().intact()).toList();
        if (altered.isEmpty()) {
            return new CopyVerdict(
                    true,
                    "the revision chain is intact in " + schools(chains.size()) + ", "
                            + String.join(
                                    ", ",
                                    chains.stream()
                                            .map(RevisionChainInCopy::intact)
                                            .toList()));
        }
        return new CopyVerdict(
                false,
                "the revision chain is altered in " + schools(altered.size()) + " of "
                        + chains.size() + ": "
                        + String.join(
                                "; ",
                                altered.stream()
                                        .map(chain -> chain.schoolName() + ": "
                                                + chain.report().inWords())
                                        .toList()));
    }

    private static String intact(IntegrityCheck.ChainInCopy chain) {
        return chain.schoolName() + " "
                + String.format(Locale.UK, "%,d", chain.report().linksChecked()) + " links to head "
                + shortHash(chain.report().headHash());
    }

    private static String schools(int count) {
        return count == 1 ? "1 school" : count + " schools";
    }

    private static String shortHash(@Nullable String hash) {
        return hash == null ? "(empty chain)" : hash.substring(0, 12) + "…";
    }
}
