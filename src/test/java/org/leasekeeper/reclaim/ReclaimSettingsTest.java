package org.leasekeeper.reclaim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class ReclaimSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReclaimProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void defaultsToTenSecondsAndBatchesOfAThousand() {
        runner.run(context -> assertThat(context.getBean(ReclaimProperties.class))
                .isEqualTo(new ReclaimProperties(Duration.ofSeconds(10), 1000)));
    }

    @Test
    void readsTheEnvironmentStyleValues() {
        runner.withPropertyValues("leasekeeper.reclaim.interval=250ms", "leasekeeper.reclaim.batch-size=50")
                .run(context -> assertThat(context.getBean(ReclaimProperties.class))
                        .isEqualTo(new ReclaimProperties(Duration.ofMillis(250), 50)));
    }

    @Test
    void refusesAZeroIntervalOrBatchSize() {
        runner.withPropertyValues("leasekeeper.reclaim.interval=0s")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("interval"));
        runner.withPropertyValues("leasekeeper.reclaim.batch-size=0")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("batchSize"));
    }
}
