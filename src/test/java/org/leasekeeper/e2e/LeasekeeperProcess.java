package org.leasekeeper.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * The packaged service ({@code target/leasekeeper.jar}) running in the server namespace, serving DHCP on the
 * bridge and its API on the namespace's port 8080. {@link #close} stops it (SIGTERM, then SIGKILL).
 */
final class LeasekeeperProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "leasekeeper.jar");
    static final String TOKEN = "e2e-write-token";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final File log;
    private final Api api;

    LeasekeeperProcess(String namespace, String jdbcUrl, Map<String, String> extraEnvironment) {
        try {
            log = File.createTempFile("lk-e2e-service-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(Shell.inNamespace(namespace, java, "-Xmx512m", "-jar",
                JAR.toAbsolutePath().toString())).redirectErrorStream(true).redirectOutput(log);
        Map<String, String> env = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrl,
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "",
                "LEASEKEEPER_API_TOKEN", TOKEN,
                "LEASEKEEPER_DHCP_INTERFACE", TestNetwork.BRIDGE,
                "LEASEKEEPER_RECLAIM_INTERVAL", "1s",
                "SERVER_PORT", "8080"));
        env.putAll(extraEnvironment);
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        api = new Api(namespace, "http://127.0.0.1:8080", TOKEN);
        try {
            Awaitility.await("Leasekeeper up in " + namespace).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Leasekeeper exited " + process.exitValue() + ":\n" + log());
                        }
                        return api.healthUp();
                    });
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("Leasekeeper did not become healthy: " + e.getMessage() + "\n" + tail(), e);
        }
    }

    static boolean jarBuilt() {
        return Files.isRegularFile(JAR);
    }

    Api api() {
        return api;
    }

    String log() {
        try {
            return Files.readString(log.toPath());
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The last lines of the service's log, for failure messages. */
    String tail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(25, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    void deleteLog() {
        log.delete();
    }
}
