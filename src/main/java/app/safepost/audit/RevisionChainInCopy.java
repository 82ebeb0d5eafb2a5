package app.safepost.audit;

import app.safepost.backups.CopyVerdict;
import app.safepost.backups.RestoredCopyCheck;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** The restore drill's check of the audit trail: the copy's revision chain through the integrity check. */
@Component
class RevisionChainInCopy implements RestoredCopyCheck {

    private final IntegrityCheck integrity;

    RevisionChainInCopy(IntegrityCheck integrity) {
        this.integrity = integrity;
    }

    @Override
    public CopyVerdict check(DataSource copy) {
        var report = integrity.checkCopy(copy);
        if (report.intact()) {
            return new CopyVerdict(true, "the revision chain is intact, " + String.format(Locale.UK, "%,d",
                    report.linksChecked()) + " links to head " + shortHash(report.headHash()));
        }
        return new CopyVerdict(false, "the revision chain is altered: " + report.inWords());
    }

    private static String shortHash(String hash) {
        return hash == null ? "(empty chain)" : hash.substring(0, 12) + "…";
    }
}
