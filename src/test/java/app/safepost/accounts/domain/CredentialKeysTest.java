package app.safepost.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class CredentialKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void a_configured_key_is_used_and_no_file_is_written() {
        var key = CredentialCipher.newKeyBase64();

        var keys = CredentialKeys.resolve(key, "", true, dataDir);

        assertThat(keys.current()
                        .hasCheckValue(CredentialCipher.fromBase64(key, "k").checkValue()))
                .isTrue();
        assertThat(keys.previous()).isEmpty();
        assertThat(dataDir.resolve("credentials.key")).doesNotExist();
    }

    @Test
    void demo_mode_without_a_key_generates_one_once_readable_only_by_the_owner() throws Exception {
        var first = CredentialKeys.resolve("", null, true, dataDir);
        var file = dataDir.resolve("credentials.key");
        var second = CredentialKeys.resolve(null, null, true, dataDir);

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(second.current().hasCheckValue(first.current().checkValue())).isTrue();
    }

    @Test
    void with_single_sign_on_a_missing_key_stops_start_up_with_an_explanation() {
        assertThatThrownBy(() -> CredentialKeys.resolve("", "", false, dataDir))
                .isInstanceOfSatisfying(CredentialKeyProblem.class, problem -> {
                    var analysis = new CredentialKeyFailureAnalyzer().analyze(new IllegalStateException(problem));
                    assertThat(analysis)
                            .extracting(FailureAnalysis::getDescription)
                            .asString()
                            .startsWith("No credentials key is configured.");
                    assertThat(analysis.getAction()).contains("SAFEPOST_CREDENTIALS_KEY");
                });
        assertThat(dataDir.resolve("credentials.key")).doesNotExist();
    }

    @Test
    void a_malformed_previous_key_is_refused() {
        assertThatThrownBy(() -> CredentialKeys.resolve(CredentialCipher.newKeyBase64(), "abc", false, dataDir))
                .isInstanceOf(CredentialKeyProblem.class)
                .hasMessageContaining("safepost.credentials.previous-key");
    }
}
