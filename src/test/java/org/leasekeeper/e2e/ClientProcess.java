package org.leasekeeper.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A DHCP client program running in a client namespace, with a scratch directory for its configuration, lease
 * file and the event log its hook script writes ({@code <event> <address>} per line).
 */
abstract class ClientProcess implements AutoCloseable {

    protected final String namespace;
    protected final Path directory;
    private Process process;
    private File output;

    protected ClientProcess(String namespace) {
        this.namespace = namespace;
        try {
            directory = Files.createTempDirectory("lk-e2e-client-");
            Files.writeString(events(), "");
            output = directory.resolve("client.out").toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an executable shell script into the scratch directory. */
    protected Path script(String name, String body) {
        Path script = directory.resolve(name);
        try {
            Files.writeString(script, "#!/bin/sh\n" + body);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script;
    }

    protected Path file(String name, String content) {
        try {
            return Files.writeString(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path events() {
        return directory.resolve("events");
    }

    /** The events the hook script recorded, oldest first. */
    List<String> eventLog() {
        try {
            return Files.readAllLines(events());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The address of the latest event that configured one, if any. */
    String lastAddress() {
        List<String> log = eventLog();
        for (int i = log.size() - 1; i >= 0; i--) {
            String[] parts = log.get(i).trim().split(" ");
            if (parts.length > 1 && !parts[1].isBlank()) {
                return parts[1];
            }
        }
        return "";
    }

    /** Starts the client program in the namespace; its output goes to the scratch directory. */
    protected void start(List<String> command) {
        try {
            process = new ProcessBuilder(Shell.inNamespace(namespace, command.toArray(String[]::new)))
                    .redirectErrorStream(true).redirectOutput(output).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(output.toPath());
        } catch (IOException e) {
            return "";
        }
    }

    /** Kills the client without letting it release anything (a crash or a pulled plug). */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    /** SIGTERM, and waits for the program to end. */
    void terminate() {
        if (process != null) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
