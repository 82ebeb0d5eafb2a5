package app.safepost.accounts.domain;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The credentials key, and its check against the database once everything else has started. */
@Configuration(proxyBeanMethods = false)
class CredentialConfiguration {

    @Bean
    CredentialKeys credentialKeys(
            @Value("${" + CredentialKeys.KEY_PROPERTY + ":}") String key,
            @Value("${" + CredentialKeys.PREVIOUS_KEY_PROPERTY + ":}") String previousKey,
            @Value("${safepost.sso.issuer-uri:}") String issuerUri,
            @Value("${safepost.data-dir}") Path dataDir) {
        return CredentialKeys.resolve(key, previousKey, issuerUri.isBlank(), dataDir);
    }

    @Bean
    CredentialKeyCheck credentialKeyCheck(
            JdbcTemplate jdbc, TransactionTemplate transaction, CredentialKeys keys, Clock clock) {
        return new CredentialKeyCheck(jdbc, transaction, keys, clock);
    }

    /** Runs after every singleton, so Flyway has migrated the schema; a failure stops start-up. */
    @Bean
    SmartInitializingSingleton credentialKeyVerification(CredentialKeyCheck check) {
        return check::verifyOrReencrypt;
    }
}
