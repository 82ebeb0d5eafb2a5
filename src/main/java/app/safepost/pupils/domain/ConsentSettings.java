package app.safepost.pupils.domain;

import app.safepost.database.SchoolOwned;
import app.safepost.pupils.ConsentExpiryRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** The school's default expiry of a consent (one row per school), set by SLT. */
@Entity
@Table(name = "consent_settings")
@Audited
public class ConsentSettings extends SchoolOwned {

    @Id
    private UUID id = UUID.randomUUID();

    @Version
    private Long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_expiry", nullable = false, length = 30)
    private ConsentExpiryRule defaultExpiry;

    @Column(name = "expiry_years", nullable = false)
    private int expiryYears;

    protected ConsentSettings() {}

    public ConsentSettings(ConsentExpiryRule rule, int years) {
        change(rule, years);
    }

    public void change(ConsentExpiryRule rule, int years) {
        this.defaultExpiry = rule;
        this.expiryYears = years;
    }

    public ConsentExpiryRule getDefaultExpiry() {
        return defaultExpiry;
    }

    public int getExpiryYears() {
        return expiryYears;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
