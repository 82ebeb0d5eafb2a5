package app.safepost.school.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** The school's profile: one row for the school this portal serves. */
@Entity
@Table(name = "school")
@Audited
public class School {

    @Id
    private UUID id = UUID.randomUUID();

    @Version
    private Long version;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(length = 300)
    private String address;

    @Column(name = "whole_school_handle", nullable = false, length = 60)
    private String wholeSchoolHandle;

    protected School() {
    }

    public School(String name, String contactEmail, String contactPhone, String address, String wholeSchoolHandle) {
        update(name, contactEmail, contactPhone, address, wholeSchoolHandle);
    }

    public void update(String name, String contactEmail, String contactPhone, String address,
                       String wholeSchoolHandle) {
        this.name = name;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.address = address;
        this.wholeSchoolHandle = wholeSchoolHandle;
    }

    public UUID getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getAddress() {
        return address;
    }

    public String getWholeSchoolHandle() {
        return wholeSchoolHandle;
    }
}
