package org.leasekeeper.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Finds the real PostgreSQL that tests run against, once per JVM:
 * <ol>
 * <li>{@code LEASEKEEPER_TEST_JDBC_URL} (and optional {@code _USERNAME}/{@code _PASSWORD}) when set, as CI does;</li>
 * <li>else a Testcontainers PostgreSQL, wired by {@link TestDatabaseConfiguration} through
 * {@code @ServiceConnection}, when a Docker engine answers;</li>
 * <li>else an embedded PostgreSQL (zonky), which needs a non-root user.</li>
 * </ol>
 * Every JVM gets a schema of its own on a shared server, so runs never see each other's rows.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "LEASEKEEPER_TEST_JDBC_URL";

    private static @Nullable Connection details;
    private static @Nullable Boolean docker;
    private static final String SCHEMA = "lk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** Where to connect, or {@code null} when Testcontainers provides the database. */
    public record Connection(String url, String username, String password, String schema) {
    }

    private TestPostgres() {
    }

    public static synchronized boolean useTestcontainers() {
        if (System.getenv(URL_VARIABLE) != null) {
            return false;
        }
        if (docker == null) {
            docker = dockerAnswers();
        }
        return docker;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    /** The connection for the non-Testcontainers cases, starting an embedded server when needed. */
    public static synchronized Connection connection() {
        if (details == null) {
            details = createConnection();
        }
        return details;
    }

    private static Connection createConnection() {
        String url = System.getenv(URL_VARIABLE);
        String user;
        String password;
        if (url != null) {
            user = envOr("LEASEKEEPER_TEST_JDBC_USERNAME", "postgres");
            password = envOr("LEASEKEEPER_TEST_JDBC_PASSWORD", "");
        } else {
            if ("root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("No test database: set " + URL_VARIABLE
                        + " (for example jdbc:postgresql://127.0.0.1:5432/test), or run with a Docker engine,"
                        + " or run as a non-root user so that embedded PostgreSQL can start.");
            }
            EmbeddedPostgres embedded = startEmbedded();
            url = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        }
        createSchema(url, user, password);
        String separator = url.contains("?") ? "&" : "?";
        return new Connection(url + separator + "currentSchema=" + SCHEMA, user, password, SCHEMA);
    }

    private static EmbeddedPostgres startEmbedded() {
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return embedded;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static void createSchema(String url, String user, String password) {
        try (java.sql.Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("create schema " + SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema on " + url, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (java.sql.Connection c = DriverManager.getConnection(url, user, password)) {
                c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
            } catch (SQLException ignored) {
                // best effort: a left-over schema only costs disk
            }
        }));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
