package org.leasekeeper.ops;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@code ./mvnw spring-boot:run} without {@code SPRING_DATASOURCE_URL}: an embedded PostgreSQL, started before
 * the connection pool and stopped after it. Off unless {@code leasekeeper.dev.embedded-database} is true (the
 * {@code dev} profile sets it), and inert in the production jar, which does not contain the embedded server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnBooleanProperty("leasekeeper.dev.embedded-database")
@Conditional(DevDatabaseConfiguration.NoDataSourceUrl.class)
class DevDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DevDatabase devDatabase(DevDatabaseProperties properties) {
        return DevDatabase.start(properties, DevDatabase::currentUid);
    }

    @Bean
    JdbcConnectionDetails devDatabaseConnectionDetails(DevDatabase database) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return DevDatabase.USER;
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }
        };
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
