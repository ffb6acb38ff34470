package org.leasekeeper.ops;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.support.TestPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the context at the test PostgreSQL through a {@link TcpProxy}, so a test can cut the database away
 * and bring it back. One proxy per JVM, like the test database's schema.
 */
public class ProxiedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?(/.*)");
    private static @Nullable TcpProxy proxy;

    static synchronized TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("the context was not started with " + ProxiedDatabase.class.getName());
        }
        return proxy;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Connection db = TestPostgres.connection();
        Matcher url = URL.matcher(db.url());
        if (!url.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + db.url());
        }
        String proxiedUrl;
        synchronized (ProxiedDatabase.class) {
            if (proxy == null) {
                proxy = new TcpProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
            }
            proxiedUrl = "jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("leasekeeperProxiedDatabase",
                Map.of("spring.datasource.url", proxiedUrl,
                        "spring.datasource.username", db.username(),
                        "spring.datasource.password", db.password(),
                        "spring.datasource.hikari.connection-timeout", "1000",
                        "spring.datasource.hikari.validation-timeout", "500",
                        "spring.flyway.default-schema", db.schema(),
                        "spring.flyway.schemas", db.schema())));
    }
}
