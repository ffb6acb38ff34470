package org.leasekeeper.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class DeclineProbationSettingTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LeaseProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void defaultsToOneDay() {
        runner.run(context -> assertThat(context.getBean(LeaseProperties.class).declineProbation())
                .isEqualTo(Duration.ofHours(24)));
        runner.withPropertyValues("leasekeeper.decline-probation=10m")
                .run(context -> assertThat(context.getBean(LeaseProperties.class).declineProbation())
                        .isEqualTo(Duration.ofMinutes(10)));
    }

    @Test
    void refusesAProbationThatIsNotPositive() {
        runner.withPropertyValues("leasekeeper.decline-probation=0s")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("declineProbation"));
        runner.withPropertyValues("leasekeeper.decline-probation=-1h")
                .run(context -> assertThat(context).hasFailed());
    }
}
