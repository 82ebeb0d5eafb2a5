package app.safepost.pupils.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Something parents are asked to consent to (the class's account, the website, the local press).
 * The code never changes once made: roster files, the API and every consent name the purpose by it.
 */
@Entity
@Table(name = "consent_purpose")
@Audited
public class ConsentPurpose extends SchoolRecord {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 500)
    private String explanation;

    /** A purpose for the school's social-media accounts: the roster's single image_consent column sets these. */
    @Column(name = "social_media", nullable = false)
    private boolean socialMedia;

    @Column(nullable = false)
    private boolean retired;

    @Column(nullable = false)
    private int position;

    protected ConsentPurpose() {}

    public ConsentPurpose(String code, String name, String explanation, boolean socialMedia, int position) {
        this.code = code;
        this.name = name;
        this.explanation = explanation;
        this.socialMedia = socialMedia;
        this.position = position;
    }

    public void rename(String name, String explanation) {
        this.name = name;
        this.explanation = explanation;
    }

    public void retire(boolean retired) {
        this.retired = retired;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getExplanation() {
        return explanation;
    }

    public boolean isSocialMedia() {
        return socialMedia;
    }

    public boolean isRetired() {
        return retired;
    }

    public int getPosition() {
        return position;
    }
}
