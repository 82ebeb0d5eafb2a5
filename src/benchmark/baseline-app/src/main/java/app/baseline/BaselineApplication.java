package app.baseline;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Spring Boot, JPA, Flyway, Vaadin and the embedded PostgreSQL server with its files under the data dir. */
@SpringBootApplication
public class BaselineApplication {

    private static final Logger log = LoggerFactory.getLogger(BaselineApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${baseline.data-dir}") Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        long started = System.nanoTime();
        var server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        // The same words as Safepost's, which the start-time benchmark reads.
        log.info(
                "Embedded PostgreSQL on 127.0.0.1:{} ready in {} ms",
                server.getPort(),
                (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres server) {
        return server.getPostgresDatabase();
    }
}
