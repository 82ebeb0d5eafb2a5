package app.safepost.school.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A class of the school (Reception, Class 1 …) with its class teacher and teaching assistants. */
@Entity
@Table(name = "school_class")
@Audited
public class SchoolClass extends SchoolRecord {

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "year_group", nullable = false, length = 2)
    private String yearGroup;

    @Column(length = 60)
    private String nickname;

    @ManyToOne
    @JoinColumn(name = "class_teacher_id")
    private StaffMember classTeacher;

    @ManyToMany
    @JoinTable(
            name = "school_class_assistant",
            joinColumns = @JoinColumn(name = "class_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_id"))
    private Set<StaffMember> assistants = new HashSet<>();

    protected SchoolClass() {}

    public SchoolClass(String name, String yearGroup, String nickname) {
        this.name = name;
        this.yearGroup = yearGroup;
        this.nickname = nickname;
    }

    public void update(String name, String yearGroup, String nickname) {
        this.name = name;
        this.yearGroup = yearGroup;
        this.nickname = nickname;
    }

    public void replaceAssistants(Set<StaffMember> assistants) {
        if (!this.assistants.equals(assistants)) {
            this.assistants.clear();
            this.assistants.addAll(assistants);
        }
    }

    public String getName() {
        return name;
    }

    public String getYearGroup() {
        return yearGroup;
    }

    public String getNickname() {
        return nickname;
    }

    public StaffMember getClassTeacher() {
        return classTeacher;
    }

    /** @param teacher the class teacher, or {@code null} while the class has none */
    public void assignClassTeacher(StaffMember teacher) {
        this.classTeacher = teacher;
    }

    public Set<StaffMember> getAssistants() {
        return Set.copyOf(assistants);
    }

    public boolean addAssistant(StaffMember assistant) {
        return assistants.add(assistant);
    }

    public boolean isStaffedBy(String username) {
        return classTeacher != null && classTeacher.getUsername().equals(username)
                || assistants.stream().anyMatch(a -> a.getUsername().equals(username));
    }
}
