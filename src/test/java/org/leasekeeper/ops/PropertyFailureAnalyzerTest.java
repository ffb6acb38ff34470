package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

@ExtendWith(OutputCaptureExtension.class)
class PropertyFailureAnalyzerTest {

    @Validated
    @ConfigurationProperties("leasekeeper.sample")
    record SampleProperties(Duration interval, @Positive int batchSize) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SampleProperties.class)
    static class SampleApplication {
    }

    @Test
    void namesTheEnvironmentVariableOfAValueThatFailsValidation() {
        FailureAnalysis analysis = analyze(Map.of("LEASEKEEPER_SAMPLE_BATCH_SIZE", "-1"));

        assertThat(analysis.getDescription())
                .isEqualTo("LEASEKEEPER_SAMPLE_BATCH_SIZE must be greater than 0 (was \"-1\")");
        assertThat(analysis.getAction()).contains("Correct LEASEKEEPER_SAMPLE_BATCH_SIZE");
    }

    @Test
    void namesTheEnvironmentVariableOfAValueThatDoesNotConvert() {
        FailureAnalysis analysis = analyze(Map.of("LEASEKEEPER_SAMPLE_INTERVAL", "soon"));

        assertThat(analysis.getDescription()).startsWith("LEASEKEEPER_SAMPLE_INTERVAL is not valid: ")
                .contains("soon").doesNotContain("\n");
    }

    @Test
    void stopsTheApplicationWithThatOneLine(CapturedOutput output) {
        start(Map.of("LEASEKEEPER_SAMPLE_BATCH_SIZE", "0"));

        assertThat(output).contains("LEASEKEEPER_SAMPLE_BATCH_SIZE must be greater than 0 (was \"0\")");
    }

    @Test
    void derivesTheVariableWhenTheValueCameFromElsewhere() {
        assertThat(PropertyFailureAnalyzer.variable("leasekeeper.reclaim.batch-size", null))
                .isEqualTo("LEASEKEEPER_RECLAIM_BATCH_SIZE");
    }

    @Test
    void leavesOtherPropertiesToSpringBoot() {
        assertThat(new PropertyFailureAnalyzer().analyze(new IllegalStateException("unrelated"))).isNull();
    }

    private static FailureAnalysis analyze(Map<String, Object> environment) {
        Throwable failure = start(environment);
        FailureAnalysis analysis = new PropertyFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysis of %s", failure).isNotNull();
        return analysis;
    }

    private static Throwable start(Map<String, Object> environment) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SampleApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("testEnvironment", environment)))
                .run().close());
        assertThat(failure).isNotNull();
        return failure;
    }
}
