package org.leasekeeper.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class ApiTokensTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ApiTokens.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void capture() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
    }

    @Test
    void grantsWriteToTheWriteTokenAndReadToTheReadToken() {
        ApiTokens tokens = new ApiTokens(new ApiTokenProperties("write-secret", "read-secret"));

        assertThat(tokens.roleFor("write-secret")).contains(ApiRole.WRITE);
        assertThat(tokens.roleFor("read-secret")).contains(ApiRole.READ);
        assertThat(tokens.roleFor("write-secreT")).isEmpty();
        assertThat(tokens.roleFor("")).isEmpty();
        assertThat(logged.list).isEmpty();
    }

    @Test
    void ignoresAnEmptyReadToken() {
        ApiTokens tokens = new ApiTokens(new ApiTokenProperties("write-secret", ""));

        assertThat(tokens.roleFor("")).isEmpty();
    }

    @Test
    void generatesAWriteTokenWhenNoneIsConfiguredAndLogsItOnceOnOneLine() {
        ApiTokens tokens = new ApiTokens(new ApiTokenProperties("", null));

        assertThat(logged.list).hasSize(1);
        String line = logged.list.get(0).getFormattedMessage();
        assertThat(line).doesNotContain("\n");
        String token = line.substring(line.lastIndexOf(' ') + 1);
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(tokens.roleFor(token)).contains(ApiRole.WRITE);

        new ApiTokens(new ApiTokenProperties(null, null));
        assertThat(logged.list).hasSize(2);
        assertThat(logged.list.get(1).getFormattedMessage()).doesNotContain(token);
    }

    @Test
    void neverPrintsTokensThroughTheProperties() {
        assertThat(new ApiTokenProperties("write-secret", "read-secret").toString())
                .doesNotContain("write-secret").doesNotContain("read-secret");
    }
}
