package org.leasekeeper.lease;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.leasekeeper.support.DatabaseTest;
import org.leasekeeper.support.MutableClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A full application context on the test database, without the DHCP socket, with a {@link
 * org.leasekeeper.support.MutableClock} and {@link SubnetFixture}; the background jobs (reclaim, subnet cache
 * refresh, pool gauges) wait an hour so that only the test moves leases, and the connection pool stays small
 * (the test server is shared). Add {@code @TestPropertySource} to change one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
        "leasekeeper.dhcp.enabled=false", "leasekeeper.reclaim.interval=1h", "leasekeeper.subnet.refresh-interval=1h",
        "leasekeeper.metrics.pool-refresh=1h", "spring.datasource.hikari.maximum-pool-size=8",
        "spring.datasource.hikari.minimum-idle=1"})
@DatabaseTest
@Import({MutableClockConfiguration.class, SubnetFixture.class})
public @interface LeaseTest {
}
