package org.leasekeeper.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL server for development, keeping its data in a local folder across restarts.
 * PostgreSQL refuses to run as root, so this refuses first, with a message saying what to set instead.
 */
final class DevDatabase implements AutoCloseable {

    static final String DATABASE = "postgres";
    static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private DevDatabase(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    static DevDatabase start(DevDatabaseProperties properties, LongSupplier uid) {
        refuseRoot(uid.getAsLong());
        Path directory = properties.dataDirectory().toAbsolutePath();
        try {
            Files.createDirectories(directory.getParent());
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.databasePort())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // Stopped by the application context after the connection pool, not by a JVM hook of its
                    // own that would race the graceful shutdown.
                    .setRegisterShutdownHook(false)
                    .start();
            return new DevDatabase(server, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + directory, e);
        }
    }

    static void refuseRoot(long uid) {
        if (uid == 0) {
            throw new EmbeddedDatabaseAsRoot();
        }
    }

    /** The user id of this process, or -1 where the platform has none. */
    static long currentUid() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (RuntimeException | LinkageError e) {
            return -1;
        }
    }

    String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
