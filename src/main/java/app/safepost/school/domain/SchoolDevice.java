package app.safepost.school.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A school iPad (policy: photos are taken on school iPads only). */
@Entity
@Table(name = "school_device")
@Audited
public class SchoolDevice extends SchoolRecord {

    @Column(nullable = false, length = 120)
    private String label;

    @Column(nullable = false, length = 60)
    private String make;

    @Column(nullable = false, length = 120)
    private String model;

    @Column(nullable = false, length = 60)
    private String serial;

    @Column(name = "in_service", nullable = false)
    private boolean inService = true;

    protected SchoolDevice() {}

    public SchoolDevice(String label, String make, String model, String serial) {
        this.label = label;
        this.make = make;
        this.model = model;
        this.serial = serial;
    }

    public void update(String label, String make, String model, String serial) {
        this.label = label;
        this.make = make;
        this.model = model;
        this.serial = serial;
    }

    /** Retired devices stay registered, so photos taken on them before can still be traced. */
    public void setInService(boolean inService) {
        this.inService = inService;
    }

    public String getLabel() {
        return label;
    }

    public String getMake() {
        return make;
    }

    public String getModel() {
        return model;
    }

    public String getSerial() {
        return serial;
    }

    public boolean isInService() {
        return inService;
    }
}
