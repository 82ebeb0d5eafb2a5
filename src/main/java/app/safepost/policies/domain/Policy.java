package app.safepost.policies.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;

/** A policy in the school's library (P17); its text, if any, is in its versions ({@link PolicyDocument}). */
@Entity
@Table(name = "policy")
@Audited
public class Policy extends SchoolRecord {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 120)
    private String owner;

    /** Titles of the policies this one is read with, one per line. */
    @Column(name = "read_with", nullable = false, length = 1000)
    private String readWith = "";

    @Column(name = "review_reminded_on")
    private LocalDate reviewRemindedOn;

    @Column(name = "acknowledgement_reminded_on")
    private LocalDate acknowledgementRemindedOn;

    protected Policy() {}

    public Policy(String title, String owner) {
        this.title = title;
        this.owner = owner;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public List<String> getReadWith() {
        return readWith.isBlank()
                ? List.of()
                : Arrays.stream(readWith.split("\n")).toList();
    }

    /** Adds a policy to be read with this one; {@code true} if it was not there yet. */
    public boolean readWith(String otherTitle) {
        if (getReadWith().contains(otherTitle)) {
            return false;
        }
        readWith = readWith.isBlank() ? otherTitle : readWith + "\n" + otherTitle;
        return true;
    }

    public LocalDate getReviewRemindedOn() {
        return reviewRemindedOn;
    }

    public void reviewReminded(LocalDate on) {
        reviewRemindedOn = on;
    }

    public LocalDate getAcknowledgementRemindedOn() {
        return acknowledgementRemindedOn;
    }

    public void acknowledgementReminded(LocalDate on) {
        acknowledgementRemindedOn = on;
    }
}
