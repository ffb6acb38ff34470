package org.leasekeeper.lease;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Lease settings ({@code leasekeeper.*}).
 *
 * @param declineProbation how long a DECLINED address stays quarantined ({@code LEASEKEEPER_DECLINE_PROBATION})
 */
@Validated
@ConfigurationProperties("leasekeeper")
record LeaseProperties(@DefaultValue("24h") @NotNull @DurationMin(nanos = 1) Duration declineProbation) {
}
