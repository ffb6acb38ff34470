package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class MissingDatabaseFailureAnalyzerTest {

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class NeedsADatabase {
        @Bean
        String user(DataSource dataSource) {
            return "needs " + dataSource;
        }
    }

    @Test
    void startingWithoutADatabaseUrlSaysWhatToSet(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(NeedsADatabase.class)
                .web(WebApplicationType.NONE).run().close());

        assertThat(failure).isNotNull();
        assertThat(new MissingDatabaseFailureAnalyzer().analyze(failure)).isNotNull();
        assertThat(output).contains("No database configured: SPRING_DATASOURCE_URL is not set.")
                .contains("./mvnw spring-boot:run");
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(new MissingDatabaseFailureAnalyzer().analyze(new IllegalStateException("x"))).isNull();
    }
}
