package app.safepost.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the school in hand into every database use: Hibernate's sessions work in it
 * ({@link SchoolTenants}) and the pool's connections tell PostgreSQL about it ({@link SchoolConnections}),
 * whether the database is the embedded one or the school's or trust's own.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    static HibernatePropertiesCustomizer schoolTenantResolver() {
        return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new SchoolTenants());
    }

    /** Puts {@link SchoolConnections} between each pool and PostgreSQL, before the pool opens its first connection. */
    @Bean
    static BeanPostProcessor schoolConnectionsInPools() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    inSchool(pool);
                }
                return bean;
            }
        };
    }

    /** Makes the pool's connections say the school in hand; the pool must not have started yet. */
    static HikariDataSource inSchool(HikariDataSource pool) {
        if (pool.getDataSource() == null && pool.getJdbcUrl() != null) {
            pool.setDataSource(new SchoolConnections(new DriverDataSource(
                    pool.getJdbcUrl(),
                    pool.getDriverClassName(),
                    pool.getDataSourceProperties(),
                    pool.getUsername(),
                    pool.getPassword())));
        }
        return pool;
    }
}
