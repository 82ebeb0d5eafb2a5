package app.safepost.pupils.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.pupils.ConsentExpiryRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** The school's default expiry of a consent (one row per school), set by SLT. */
@Entity
@Table(name = "consent_settings")
@Audited
public class ConsentSettings extends SchoolRecord {

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
}
