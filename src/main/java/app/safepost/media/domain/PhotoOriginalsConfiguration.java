package app.safepost.media.domain;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whether the school keeps photos' originals, and the key they are encrypted with. */
@Configuration(proxyBeanMethods = false)
class PhotoOriginalsConfiguration {

    @Bean
    PhotoOriginals photoOriginals(
            JdbcTemplate jdbc,
            @Value("${" + PhotoOriginals.KEEP_PROPERTY + ":false}") boolean keep,
            @Value("${" + PhotoOriginals.KEY_PROPERTY + ":}") String key,
            @Value("${safepost.sso.issuer-uri:}") String issuerUri,
            @Value("${safepost.data-dir}") Path dataDir) {
        return PhotoOriginals.configure(jdbc, keep, key, issuerUri.isBlank(), dataDir);
    }
}
