package app.safepost.accounts.domain;

import app.safepost.database.PortalInstances;
import app.safepost.security.PortalTask;
import app.safepost.security.SchoolId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks at start-up that the configured key opens the stored credentials, by a check value kept in
 * the database (an HMAC under the key, never the key). With a previous key configured it
 * re-encrypts every credential under the new key, every school's, and records the new check value,
 * all in one transaction; starting again with both keys set finds the work done and changes nothing.
 */
public class CredentialKeyCheck {

    private static final Logger log = LoggerFactory.getLogger(CredentialKeyCheck.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CredentialKeys keys;
    private final Clock clock;

    public CredentialKeyCheck(JdbcTemplate jdbc, TransactionTemplate transaction, CredentialKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.keys = keys;
        this.clock = clock;
    }

    /** @throws CredentialKeyProblem when the key does not open the stored credentials */
    public void verifyOrReencrypt() {
        transaction.executeWithoutResult(status -> {
            // Instances starting together: the second waits and then finds the work done.
            PortalInstances.oneAtATime(jdbc, "credentials-key");
            var stored = storedCheckValue();
            var schools = jdbc.queryForList("select id from school order by id", UUID.class);
            long held = schools.stream()
                    .mapToLong(school -> inSchool(
                            school,
                            () -> jdbc.queryForObject(
                                    "select count(*) from account_credential where secret is not null", Long.class)))
                    .sum();
            var current = keys.current();
            if (current.hasCheckValue(stored)) {
                keys.previous()
                        .ifPresent(p -> log.info(
                                "Credentials are already encrypted with the new key;"
                                        + " remove {} from the configuration.",
                                CredentialKeys.PREVIOUS_KEY_PROPERTY));
                return;
            }
            if (held == 0) {
                if (stored != null) {
                    recordCheckValue();
                    log.info(
                            "No account credentials are held; the credentials key check now matches the configured key.");
                }
                return;
            }
            var previous = keys.previous().orElseThrow(CredentialKeyProblem::wrongKey);
            if (stored != null && !previous.hasCheckValue(stored)) {
                throw CredentialKeyProblem.wrongPreviousKey();
            }
            int changed = schools.stream()
                    .mapToInt(school -> inSchool(school, () -> reencrypt(previous, current)))
                    .sum();
            recordCheckValue();
            log.info(
                    "Re-encrypted {} account credentials with the new credentials key; remove {} from the"
                            + " configuration.",
                    changed,
                    CredentialKeys.PREVIOUS_KEY_PROPERTY);
        });
    }

    /**
     * Plain SQL in one school's hand, on this transaction's connection (row-level security shows each
     * school's credentials only in that school): the key is the portal's, the credentials every school's.
     */
    private static <T> T inSchool(UUID school, Supplier<T> work) {
        return PortalTask.runAsSystemIn(new SchoolId(school), work);
    }

    /** Records the current key's check value if none is recorded yet; call when a credential is stored. */
    public void recordIfMissing() {
        if (storedCheckValue() == null) {
            recordCheckValue();
        }
    }

    private int reencrypt(CredentialCipher from, CredentialCipher to) {
        var rows = jdbc.queryForList("select id, account_id, secret from account_credential where secret is not null");
        for (var row : rows) {
            var account = (UUID) row.get("account_id");
            String secret;
            try {
                secret = from.decrypt((byte[]) row.get("secret"), account);
            } catch (IllegalArgumentException e) {
                throw CredentialKeyProblem.wrongPreviousKey();
            }
            jdbc.update(
                    "update account_credential set secret = ? where id = ?",
                    to.encrypt(secret, account),
                    row.get("id"));
        }
        return rows.size();
    }

    private byte[] storedCheckValue() {
        var values = jdbc.queryForList("select check_value from credential_key_check where id = 1", byte[].class);
        return values.isEmpty() ? null : values.getFirst();
    }

    private void recordCheckValue() {
        // One statement, so two instances recording it at once cannot both insert.
        jdbc.update("""
                insert into credential_key_check (id, check_value, updated_at) values (1, ?, ?)
                on conflict (id) do update set check_value = excluded.check_value, updated_at = excluded.updated_at""", keys.current().checkValue(), Timestamp.from(clock.instant()));
    }
}
