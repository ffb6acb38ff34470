package org.leasekeeper.reclaim;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The reclaim job's settings ({@code leasekeeper.reclaim.*}).
 *
 * @param interval  pause between two passes ({@code LEASEKEEPER_RECLAIM_INTERVAL})
 * @param batchSize leases reclaimed per transaction ({@code LEASEKEEPER_RECLAIM_BATCH_SIZE})
 */
@Validated
@ConfigurationProperties("leasekeeper.reclaim")
record ReclaimProperties(
        @DefaultValue("10s") @NotNull @DurationMin(nanos = 1) Duration interval,
        @DefaultValue("1000") @Positive int batchSize) {
}
