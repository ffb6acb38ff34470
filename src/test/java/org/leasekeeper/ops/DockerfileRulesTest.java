package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules the container image must follow, checked on the Dockerfile's text (no Docker engine runs in CI,
 * so the image itself is never built there).
 */
class DockerfileRulesTest {

    private static List<String> instructions = List.of();

    @BeforeAll
    static void readDockerfile() throws IOException {
        instructions = instructions(Files.readString(Path.of("Dockerfile")));
    }

    /** Joins continuation lines and drops comments: one string per instruction. */
    static List<String> instructions(String text) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed.substring(0, trimmed.length() - 1).strip()).append(" ");
            } else {
                result.add(current.append(trimmed).toString().strip());
                current.setLength(0);
            }
        }
        return result;
    }

    private static List<String> finalStage() {
        int lastFrom = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (keyword(instructions.get(i)).equals("FROM")) {
                lastFrom = i;
            }
        }
        return instructions.subList(lastFrom, instructions.size());
    }

    private static String keyword(String instruction) {
        return instruction.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }

    private static List<String> withKeyword(List<String> list, String keyword) {
        return list.stream().filter(i -> keyword(i).equals(keyword)).toList();
    }

    @Test
    void buildsInOneStageAndRunsInAnother() {
        List<String> froms = withKeyword(instructions, "FROM");
        assertThat(froms).hasSizeGreaterThanOrEqualTo(2);
        assertThat(froms.getFirst()).contains("-jdk").contains(" AS build");
        assertThat(froms.getLast()).contains("-jre");
        assertThat(instructions).anyMatch(i -> i.contains("./mvnw") && i.contains("package"));
    }

    @Test
    void pinsEveryBaseImageToAVersionTag() {
        for (String from : withKeyword(instructions, "FROM")) {
            String image = from.split("\\s+")[1];
            assertThat(image).as(from).contains(":").doesNotEndWith(":latest");
            assertThat(image.substring(image.indexOf(':') + 1)).as(from).matches("\\d+.*");
        }
    }

    @Test
    void runsAsANonRootUserThatMayBindPort67() {
        List<String> users = withKeyword(finalStage(), "USER");
        assertThat(users).isNotEmpty();
        String user = users.getLast().split("\\s+")[1].split(":")[0];
        assertThat(user).isNotIn("root", "0");
        assertThat(finalStage()).anyMatch(i -> i.contains("setcap cap_net_bind_service=+ep"));
    }

    @Test
    void usesTheLayeredJar() {
        assertThat(instructions).anyMatch(i -> i.contains("-Djarmode=tools") && i.contains("--layers"));
        assertThat(withKeyword(finalStage(), "COPY")).anyMatch(i -> i.contains("/extracted/application/"))
                .anyMatch(i -> i.contains("/extracted/dependencies/"));
        assertThat(withKeyword(finalStage(), "ENTRYPOINT")).singleElement().asString()
                .contains("\"-jar\", \"leasekeeper.jar\"");
    }

    @Test
    void startsFromTheAotCacheItsTrainingRunWrote() {
        assertThat(withKeyword(finalStage(), "RUN")).anyMatch(i -> i.contains("-XX:AOTCacheOutput=leasekeeper.aot")
                && i.contains("-Dspring.context.exit=onRefresh"));
        assertThat(withKeyword(finalStage(), "ENTRYPOINT")).singleElement().asString()
                .contains("-XX:AOTCache=leasekeeper.aot");
        int training = indexOf(i -> i.contains("AOTCacheOutput"));
        assertThat(training).as("trained after the application layer is in place")
                .isGreaterThan(indexOf(i -> i.contains("/extracted/application/")));
    }

    private static int indexOf(java.util.function.Predicate<String> instruction) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instruction.test(instructions.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void checksHealthOnTheReadinessEndpoint() {
        assertThat(withKeyword(finalStage(), "HEALTHCHECK")).singleElement().asString()
                .contains("/actuator/health/readiness");
    }

    @Test
    void exposesHttpAndDhcpPorts() {
        assertThat(withKeyword(finalStage(), "EXPOSE")).singleElement().asString()
                .contains("8080").contains("67/udp");
    }

    @Test
    void bakesInNoSecrets() {
        for (String instruction : instructions) {
            String keyword = keyword(instruction);
            if (keyword.equals("ENV") || keyword.equals("ARG")) {
                assertThat(instruction.toUpperCase(Locale.ROOT)).as(instruction)
                        .doesNotContain("PASSWORD").doesNotContain("TOKEN").doesNotContain("SECRET");
            }
        }
        assertThat(withKeyword(instructions, "COPY")).noneMatch(i -> i.contains(".env"));
    }

    @Test
    void joinsContinuationLinesAndSkipsComments() {
        assertThat(instructions("# c\nRUN a \\\n  && b\nUSER x\n")).containsExactly("RUN a && b", "USER x");
    }
}
