package app.safepost.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.domain.CredentialCipher;
import app.safepost.accounts.domain.CredentialKeyCheck;
import app.safepost.accounts.domain.CredentialKeyProblem;
import app.safepost.accounts.domain.CredentialKeys;
import app.safepost.audit.ChangeType;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Held credentials on PostgreSQL: what reaches the database, the audit trail and a key change. */
@SafepostTest
class HeldCredentialsTest {

    @Autowired
    HeldCredentials credentials;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    CredentialKeys keys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private AccountId account(String handle) {
        return accounts.accountWithHandle(handle).orElseThrow().id();
    }

    private byte[] storedSecret(AccountId account) {
        return jdbc.queryForObject(
                "select secret from account_credential where account_id = ?", byte[].class, account.value());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void the_database_holds_only_ciphertext_and_the_audit_table_has_no_secret_column() {
        SignedIn.as(demoUsers, "deputy");
        var owls = account("@JGP_Owls");
        var secret = "owls-oauth-" + UUID.randomUUID();

        var status = credentials.connect(owls, CredentialKind.OAUTH_TOKEN, secret);

        var raw = storedSecret(owls);
        assertThat(contains(raw, secret.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(raw, secret.getBytes(StandardCharsets.UTF_16LE))).isFalse();
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("owls-oauth");
        assertThat(HexFormat.of().formatHex(raw))
                .doesNotContain(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(keys.current().decrypt(raw, owls.value())).isEqualTo(secret);
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where table_name = ?",
                        String.class,
                        "account_credential_aud"))
                .doesNotContain("secret");
        var auditText = jdbc.queryForList("select a::text from account_credential_aud a", String.class);
        assertThat(auditText).noneMatch(row -> row.contains(secret));
        assertThat(status.connected()).isTrue();
        assertThat(status.connectedBy()).isEqualTo("deputy");
        assertThat(status.toString()).doesNotContain(secret);
    }

    @Test
    void only_the_portal_itself_opens_the_secret_and_only_while_connected() {
        SignedIn.as(demoUsers, "deputy");
        var kestrels = account("@JGP_Kestrels");
        credentials.connect(kestrels, CredentialKind.OAUTH_TOKEN, "kestrels-token");

        assertThat(InSchool.jesseGray(jdbc, () -> credentials.secretForPublishing(kestrels)))
                .hasValueSatisfying(held -> assertThat(held.secret()).isEqualTo("kestrels-token"));
        assertThatThrownBy(() -> credentials.secretForPublishing(kestrels))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> credentials.secretForPublishing(kestrels))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignedIn.as(demoUsers, "deputy");
        credentials.disconnect(kestrels);
        assertThat(InSchool.jesseGray(jdbc, () -> credentials.secretForPublishing(kestrels)))
                .isEmpty();
    }

    @Test
    void the_key_itself_is_never_stored_only_its_check_value() {
        SignedIn.as(demoUsers, "deputy");
        credentials.connect(account("@JGP_Falcons"), CredentialKind.APP_PASSWORD, "falcons-app-password");

        var check = jdbc.queryForObject("select check_value from credential_key_check where id = 1", byte[].class);
        var key = Base64.getDecoder().decode("dGVzdC1vbmx5LWNyZWRlbnRpYWxzLWtleS0zMmJ5dGU=");

        assertThat(keys.current().hasCheckValue(check)).isTrue();
        assertThat(contains(check, key)).isFalse();
    }

    @Test
    void connect_rotate_and_disconnect_are_each_a_revision_with_who_did_it() {
        SignedIn.as(demoUsers, "deputy");
        var wrens = account("@JGP_Wrens");
        var before = credentials.history(wrens).size();

        credentials.connect(wrens, CredentialKind.OAUTH_TOKEN, "wrens-token-1");
        SignedIn.as(demoUsers, "head");
        var rotated = credentials.rotate(wrens, "wrens-token-2");
        SignedIn.as(demoUsers, "deputy");
        var disconnected = credentials.disconnect(wrens);

        assertThat(rotated.rotatedBy()).isEqualTo("head");
        assertThat(rotated.connectedBy()).isEqualTo("deputy");
        assertThat(disconnected.connected()).isFalse();
        assertThat(storedSecret(wrens)).isNull();
        var history = credentials.history(wrens);
        assertThat(history).hasSize(before + 3);
        var connect = history.get(before);
        var rotate = history.get(before + 1);
        var disconnect = history.get(before + 2);
        assertThat(connect.by()).isEqualTo("deputy");
        assertThat(connect.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("connectedBy");
            assertThat(c.after()).isEqualTo("deputy");
        });
        assertThat(rotate.by()).isEqualTo("head");
        assertThat(rotate.type()).isEqualTo(ChangeType.MODIFIED);
        assertThat(rotate.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("rotatedBy");
            assertThat(c.after()).isEqualTo("head");
        });
        assertThat(disconnect.by()).isEqualTo("deputy");
        assertThat(disconnect.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("disconnectedBy");
            assertThat(c.after()).isEqualTo("deputy");
        });
        assertThat(history)
                .allSatisfy(
                        r -> assertThat(r.changes()).noneMatch(c -> c.field().equals("secret")));
    }

    @Test
    void a_teacher_sees_whether_an_account_is_connected_but_may_not_connect_it() {
        SignedIn.as(demoUsers, "teacher");
        var kestrels = account("@JGP_Kestrels");

        assertThat(credentials.statusOf(kestrels).account()).isEqualTo(kestrels);
        assertThatThrownBy(() -> credentials.connect(kestrels, CredentialKind.OAUTH_TOKEN, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credentials.disconnect(kestrels)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credentials.history(kestrels)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_empty_credential_is_refused() {
        SignedIn.as(demoUsers, "deputy");

        assertThatThrownBy(() -> credentials.connect(account("@JGP_Eagles"), CredentialKind.OAUTH_TOKEN, "  "))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.errors()).containsKey("secret"));
    }

    @Test
    void a_new_key_with_the_previous_one_configured_re_encrypts_every_credential() {
        SignedIn.as(demoUsers, "deputy");
        var robins = account("@JGP_Robins");
        credentials.connect(robins, CredentialKind.OAUTH_TOKEN, "robins-token");
        var oldKey = keys.current();
        var newKey = CredentialCipher.fromBase64(CredentialCipher.newKeyBase64(), "test");
        try {
            new CredentialKeyCheck(jdbc, transaction, new CredentialKeys(newKey, oldKey), clock).verifyOrReencrypt();

            var raw = storedSecret(robins);
            assertThat(newKey.decrypt(raw, robins.value())).isEqualTo("robins-token");
            assertThatThrownBy(() -> oldKey.decrypt(raw, robins.value())).isInstanceOf(IllegalArgumentException.class);
            assertThat(newKey.hasCheckValue(jdbc.queryForObject(
                            "select check_value from credential_key_check where id = 1", byte[].class)))
                    .isTrue();

            // Starting again with both keys still set finds the work done.
            new CredentialKeyCheck(jdbc, transaction, new CredentialKeys(newKey, oldKey), clock).verifyOrReencrypt();
            assertThat(storedSecret(robins)).isEqualTo(raw);

            // Starting with the old key alone is now the wrong key.
            assertThatThrownBy(() -> new CredentialKeyCheck(jdbc, transaction, new CredentialKeys(oldKey, null), clock)
                            .verifyOrReencrypt())
                    .isInstanceOf(CredentialKeyProblem.class)
                    .hasMessageContaining("not the key the stored account credentials were encrypted with");
        } finally {
            new CredentialKeyCheck(jdbc, transaction, new CredentialKeys(oldKey, newKey), clock).verifyOrReencrypt();
        }
        assertThat(oldKey.decrypt(storedSecret(robins), robins.value())).isEqualTo("robins-token");
    }

    @Test
    void a_wrong_key_stops_start_up_when_credentials_are_held() {
        SignedIn.as(demoUsers, "deputy");
        credentials.connect(account("@JGP_Kingfishers"), CredentialKind.OAUTH_TOKEN, "kingfishers-token");
        var wrong = CredentialCipher.fromBase64(CredentialCipher.newKeyBase64(), "test");
        var alsoWrong = CredentialCipher.fromBase64(CredentialCipher.newKeyBase64(), "test");

        assertThatThrownBy(() -> new CredentialKeyCheck(jdbc, transaction, new CredentialKeys(wrong, null), clock)
                        .verifyOrReencrypt())
                .isInstanceOf(CredentialKeyProblem.class);
        assertThatThrownBy(() -> new CredentialKeyCheck(jdbc, transaction, new CredentialKeys(wrong, alsoWrong), clock)
                        .verifyOrReencrypt())
                .isInstanceOf(CredentialKeyProblem.class)
                .hasMessageContaining("Neither");
        // The configured key still opens everything.
        new CredentialKeyCheck(jdbc, transaction, keys, clock).verifyOrReencrypt();
    }
}
