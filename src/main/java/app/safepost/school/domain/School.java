package app.safepost.school.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A school the portal serves, with its profile; one row per school of the trust. */
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

    /** The Unique Reference Number, the key of the trust's schools claim; none for a portal's only school of old. */
    @Column(length = 8, unique = true)
    private String urn;

    /** The logo's hash and type; its bytes are kept apart (school_logo), unaudited. */
    @Column(name = "logo_sha256", length = 64)
    private String logoSha256;

    @Column(name = "logo_type", length = 20)
    private String logoType;

    /** The username of the governor who chairs the governing body, if SLT have named them. */
    @Column(name = "chair_of_governors", length = 100)
    private String chairOfGovernors;

    protected School() {}

    public School(
            UUID id,
            String urn,
            String name,
            String contactEmail,
            String contactPhone,
            String address,
            String wholeSchoolHandle) {
        this.id = id;
        this.urn = urn;
        update(name, contactEmail, contactPhone, address, wholeSchoolHandle);
    }

    public void update(
            String name, String contactEmail, String contactPhone, String address, String wholeSchoolHandle) {
        this.name = name;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.address = address;
        this.wholeSchoolHandle = wholeSchoolHandle;
    }

    public void setLogo(String sha256, String mediaType) {
        this.logoSha256 = sha256;
        this.logoType = mediaType;
    }

    public void removeLogo() {
        this.logoSha256 = null;
        this.logoType = null;
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

    public String getUrn() {
        return urn;
    }

    public String getLogoSha256() {
        return logoSha256;
    }

    public String getChairOfGovernors() {
        return chairOfGovernors;
    }

    public void setChairOfGovernors(String username) {
        this.chairOfGovernors = username;
    }

    public String getLogoType() {
        return logoType;
    }
}
