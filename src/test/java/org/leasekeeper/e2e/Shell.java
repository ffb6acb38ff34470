package org.leasekeeper.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs short commands with a deadline; the end-to-end tests build their world with it. */
final class Shell {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** What a finished command returned. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private Shell() {
    }

    /** Runs the command and fails when it exits non-zero. */
    static String run(String... command) {
        Result result = exec(DEFAULT_TIMEOUT, Map.of(), command);
        if (!result.ok()) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + result.exitCode() + ": "
                    + result.output());
        }
        return result.output();
    }

    static Result exec(String... command) {
        return exec(DEFAULT_TIMEOUT, Map.of(), command);
    }

    static Result exec(Duration timeout, Map<String, String> environment, String... command) {
        try {
            File output = File.createTempFile("lk-e2e-", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output);
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                    return new Result(-1, "timed out after " + timeout + ": " + read(output));
                }
                return new Result(process.exitValue(), read(output));
            } finally {
                output.delete();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** True when the program is on the PATH (or the sbin directories root has). */
    static boolean has(String program) {
        return exec("sh", "-c", "command -v " + program + " || test -x /usr/sbin/" + program + " || test -x /sbin/"
                + program).ok();
    }

    static boolean isRoot() {
        return exec("id", "-u").output().trim().equals("0");
    }

    static List<String> inNamespace(String namespace, String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        full.addAll(List.of(command));
        return full;
    }

    private static String read(File file) throws IOException {
        return java.nio.file.Files.readString(file.toPath(), StandardCharsets.UTF_8);
    }
}
