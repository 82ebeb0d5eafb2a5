package app.safepost.notifications.domain;

import app.safepost.school.SchoolLogo;
import app.safepost.school.Schools;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whose e-mail it is: the name and logo of the school the outbox is sending for (the school in hand),
 * so that each school of a trust writes as itself and never as another.
 */
@Component
public class SchoolLetterhead {

    private final Schools schools;

    SchoolLetterhead(Schools schools) {
        this.schools = schools;
    }

    /** The name and, if it has one, the logo of the school the current work is for. */
    public Heading ofWork() {
        var school = schools.ofWork();
        return new Heading(school.name(), schools.logo(school.id()));
    }

    /** A school's name and logo as an e-mail shows them. */
    public record Heading(String schoolName, Optional<SchoolLogo> logo) {}
}
