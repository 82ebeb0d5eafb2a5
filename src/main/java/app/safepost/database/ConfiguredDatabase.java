package app.safepost.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The school's own PostgreSQL, when {@code spring.datasource.url} names it, as its tools reach it: as the
 * schema's owner that Flyway migrates as, since the portal's own role is held by row-level security and a
 * backup must read every school's rows.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
class ConfiguredDatabase {

    @Bean
    DatabaseAddress databaseAddress(
            @Value("${spring.flyway.url:${spring.datasource.url}}") String url,
            @Value("${spring.flyway.user:${spring.datasource.username:}}") String username,
            @Value("${spring.flyway.password:${spring.datasource.password:}}") String password) {
        return DatabaseAddress.fromJdbcUrl(url, username, password);
    }
}
