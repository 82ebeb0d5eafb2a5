package app.safepost.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CredentialCipherTest {

    private final CredentialCipher cipher = CredentialCipher.fromBase64(CredentialCipher.newKeyBase64(), "test");
    private final UUID account = UUID.randomUUID();

    @Test
    void a_secret_opens_again_with_the_same_key_and_account() {
        var sealed = cipher.encrypt("oauth-token-1234", account);

        assertThat(cipher.decrypt(sealed, account)).isEqualTo("oauth-token-1234");
    }

    @Test
    void each_value_gets_its_own_nonce_and_never_contains_the_secret() {
        var first = cipher.encrypt("oauth-token-1234", account);
        var second = cipher.encrypt("oauth-token-1234", account);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.length).isEqualTo(1 + 12 + "oauth-token-1234".length() + 16);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("oauth-token-1234");
    }

    @Test
    void another_key_or_another_account_cannot_open_it() {
        var sealed = cipher.encrypt("app-password", account);
        var otherKey = CredentialCipher.fromBase64(CredentialCipher.newKeyBase64(), "test");

        assertThatThrownBy(() -> otherKey.decrypt(sealed, account)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed, UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tampered_value_does_not_open() {
        var sealed = cipher.encrypt("app-password", account);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(sealed, account)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_check_value_identifies_the_key_without_revealing_it() {
        var base64 = CredentialCipher.newKeyBase64();
        var one = CredentialCipher.fromBase64(base64, "test");
        var same = CredentialCipher.fromBase64(base64, "test");

        assertThat(same.hasCheckValue(one.checkValue())).isTrue();
        assertThat(cipher.hasCheckValue(one.checkValue())).isFalse();
        assertThat(one.checkValue()).isNotEqualTo(Base64.getDecoder().decode(base64));
        assertThat(one.hasCheckValue(null)).isFalse();
    }

    @Test
    void a_key_that_is_not_256_bits_of_base64_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> CredentialCipher.fromBase64("c2hvcnQ=", "safepost.credentials.key"))
                .isInstanceOf(CredentialKeyProblem.class)
                .hasMessage("safepost.credentials.key is not a base64-encoded 256-bit key.");
        assertThatThrownBy(() -> CredentialCipher.fromBase64("not base64 at all!", "safepost.credentials.key"))
                .isInstanceOf(CredentialKeyProblem.class)
                .hasMessageNotContaining("not base64 at all");
    }
}
