package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs, as docs/operations.md says, turns each log line into ECS JSON. */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTest {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    /**
     * Spring Boot skips configuring Logback again while another application context of this JVM (a cached
     * test context) keeps it initialised: mark it uninitialised so that the next application configures it.
     */
    @BeforeEach
    void reconfigurableLogging() {
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
    }

    /** Spring Boot keeps the format in a system property; later tests of this JVM log as text again. */
    @AfterEach
    void backToText() {
        System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).run().close();
    }

    @Test
    void ecsFormatWritesOneJsonObjectPerLine(CapturedOutput output) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .properties("logging.structured.format.console=ecs", "spring.application.name=leasekeeper")
                .run()) {
            LoggerFactory.getLogger(StructuredLoggingTest.class).info("structured hello");
        }

        String line = output.getOut().lines().filter(l -> l.contains("structured hello")).findFirst().orElseThrow();
        assertThat(line).startsWith("{").endsWith("}")
                .contains("\"@timestamp\"").contains("\"log\":{\"level\":\"INFO\"")
                .contains("\"service\":{\"name\":\"leasekeeper\"");
    }

    @Test
    void readableTextByDefault(CapturedOutput output) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE).run()) {
            LoggerFactory.getLogger(StructuredLoggingTest.class).info("plain hello");
        }

        String line = output.getOut().lines().filter(l -> l.contains("plain hello")).findFirst().orElseThrow();
        assertThat(line).doesNotStartWith("{").contains("INFO");
    }
}
