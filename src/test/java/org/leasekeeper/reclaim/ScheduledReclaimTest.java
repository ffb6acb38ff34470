package org.leasekeeper.reclaim;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.leasekeeper.lease.Lease;
import org.leasekeeper.lease.LeaseRequest;
import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.lease.LeaseState;
import org.leasekeeper.lease.LeaseTest;
import org.leasekeeper.lease.Source;
import org.leasekeeper.lease.SubnetFixture;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The job runs on its own: a short interval here, and the context is closed afterwards so it stops. */
@LeaseTest
@TestPropertySource(properties = "leasekeeper.reclaim.interval=100ms")
@DirtiesContext
class ScheduledReclaimTest {

    @Autowired
    LeaseService leases;
    @Autowired
    SubnetFixture subnets;
    @Autowired
    MutableClock clock;
    @Autowired
    DatabaseCleaner cleaner;

    @Test
    void reclaimsAnExpiredLeaseWithinAnInterval() {
        cleaner.clean();
        Subnet subnet = subnets.create("10.5.0.0/24", "10.5.0.10-10.5.0.20");
        ClientIdentity client = ClientIdentity.of(MacAddress.parse("52:54:00:05:00:01"));
        Lease lease = leases.allocate(new LeaseRequest(subnet.id(), client, null, null, Duration.ofSeconds(30),
                Source.API)).lease();

        clock.advance(Duration.ofSeconds(31));

        await().atMost(Duration.ofSeconds(10)).until(() -> leases.find(lease.ipAddress()).map(Lease::state),
                Optional.of(LeaseState.EXPIRED)::equals);
    }
}
