package app.safepost.school.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The school each person working in several chose last in the header: a preference, not audited. */
@Component
public class SchoolChoices {

    private final JdbcTemplate jdbc;

    SchoolChoices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void chosen(String username, UUID school, Instant at) {
        jdbc.update("""
                insert into school_chosen (username, school_id, chosen_at) values (?, ?, ?)
                on conflict (username) do update set school_id = excluded.school_id, chosen_at = excluded.chosen_at""", username, school, Timestamp.from(at));
    }

    public Optional<UUID> lastChosenBy(String username) {
        return jdbc.query(
                "select school_id from school_chosen where username = ?",
                rs -> rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty(),
                username);
    }
}
