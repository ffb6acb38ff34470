package org.leasekeeper.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL inside a network namespace: initdb into a temporary directory as user {@code postgres},
 * listening on the namespace's own 127.0.0.1 (so it cannot clash with the machine's server) and a socket in that
 * directory. {@link #close} stops it and deletes the directory.
 */
final class NamespacePostgres implements AutoCloseable {

    static final int PORT = 55432;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final String namespace;
    private final Path directory;
    private final String binaries;

    NamespacePostgres(String namespace) {
        this.namespace = namespace;
        this.binaries = binaries();
        try {
            directory = Files.createTempDirectory("lk-e2e-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Shell.run("chown", "postgres", directory.toString());
        Path data = directory.resolve("data");
        Shell.Result init = Shell.exec(START_TIMEOUT, Map.of(), "runuser", "-u", "postgres", "--",
                binaries + "/initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync");
        if (!init.ok()) {
            throw new IllegalStateException("initdb failed: " + init.output());
        }
        start();
    }

    /** Starts the server (again), waiting until it accepts connections. */
    void start() {
        Shell.Result start = Shell.exec(START_TIMEOUT, Map.of(), Shell.inNamespace(namespace, "runuser", "-u",
                "postgres", "--", binaries + "/pg_ctl", "-D", directory.resolve("data").toString(), "-w", "-t", "50",
                "-l", directory.resolve("postgres.log").toString(), "-o",
                "-c listen_addresses=127.0.0.1 -p " + PORT + " -k " + directory + " -c fsync=off", "start")
                .toArray(String[]::new));
        if (!start.ok()) {
            throw new IllegalStateException("PostgreSQL did not start: " + start.output() + log());
        }
    }

    /** Stops the server at once (an outage as the service sees it: connections refused). */
    void stop() {
        Shell.exec(Duration.ofSeconds(20), Map.of(), Shell.inNamespace(namespace, "runuser", "-u", "postgres", "--",
                binaries + "/pg_ctl", "-D", directory.resolve("data").toString(), "-m", "immediate", "-w", "stop")
                .toArray(String[]::new));
    }

    static boolean available() {
        return Shell.has("runuser") && Shell.exec("id", "postgres").ok() && !binaries().isEmpty();
    }

    /** The bin directory of the newest installed PostgreSQL (Debian layout), else where initdb is on the PATH. */
    private static String binaries() {
        Shell.Result debian = Shell.exec("sh", "-c", "ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1");
        if (debian.ok() && !debian.output().isBlank()) {
            return debian.output().trim();
        }
        Shell.Result path = Shell.exec("sh", "-c", "dirname \"$(command -v initdb)\"");
        return path.ok() ? path.output().trim() : "";
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres";
    }

    private String log() {
        try {
            return "\n" + Files.readString(directory.resolve("postgres.log"));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
