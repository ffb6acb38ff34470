package org.leasekeeper.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetHasLeases;
import org.leasekeeper.subnet.SubnetService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class PoolProvisionerTest extends LeaseServiceTestBase {

    @Autowired
    SubnetService subnetService;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void provisionsOneRowPerPoolAddressExceptNetworkAndBroadcast() {
        Subnet subnet = subnets.createRaw("10.3.0.0/24", "10.3.0.0-10.3.0.9", "10.3.0.250-10.3.0.255");

        assertThat(count("select count(*) from lease where in_pool and free_since is not null")).isEqualTo(9 + 5);
        assertThat(leases.utilization(subnet.id()).total()).isEqualTo(14);
    }

    @Test
    void growingAndShrinkingPoolsKeepsLeasesAndMarksAddressesOutsideThePools() {
        Subnet subnet = subnets.create("10.3.0.0/24", "10.3.0.10-10.3.0.19");
        Lease lease = allocate(subnet.id(), client(1));

        subnets.replace(subnet.id(), "10.3.0.0/24", "10.3.0.10-10.3.0.14", "10.3.0.100-10.3.0.109");

        assertThat(leases.utilization(subnet.id()).total()).isEqualTo(15);
        assertThat(leases.find(lease.ipAddress())).map(Lease::state).contains(LeaseState.BOUND);
        assertThat(count("select count(*) from lease where not in_pool")).isEqualTo(5);

        subnets.replace(subnet.id(), "10.3.0.0/26", "10.3.0.10-10.3.0.19");
        assertThat(count("select count(*) from lease")).isEqualTo(10);
    }

    @Test
    void refusesToShrinkPoolsAwayFromAnActiveLease() {
        Subnet subnet = subnets.create("10.3.0.0/24", "10.3.0.10-10.3.0.19");
        Lease lease = allocate(subnet.id(), client(1));

        assertThatThrownBy(() -> subnets.replace(subnet.id(), "10.3.0.0/24", "10.3.0.11-10.3.0.19"))
                .isInstanceOf(SubnetHasLeases.class).hasMessageContaining("1 offered or bound");
        assertThatThrownBy(() -> subnets.replace(subnet.id(), "10.3.1.0/24", "10.3.1.10-10.3.1.19"))
                .isInstanceOf(SubnetHasLeases.class);
        assertThat(leases.find(lease.ipAddress())).map(Lease::state).contains(LeaseState.BOUND);
        assertThat(leases.utilization(subnet.id()).total()).isEqualTo(10);
    }

    @Test
    void aShrinkWaitsForAnAllocationInFlightAndThenRefuses() throws Exception {
        Subnet subnet = subnets.create("10.3.0.0/24", "10.3.0.10-10.3.0.10");
        CountDownLatch allocated = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> allocation = threads.submit(() -> tx.executeWithoutResult(status -> {
                allocate(subnet.id(), client(1));
                allocated.countDown();
                await(commit);
            }));
            await(allocated);
            Future<?> shrink = threads.submit(() -> subnets.replace(subnet.id(), "10.3.0.0/24", "10.3.0.11-10.3.0.19"));
            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                            + "and datname = current_database() and query like '%from lease l%'") > 0);
            commit.countDown();

            allocation.get(20, TimeUnit.SECONDS);
            assertThatThrownBy(() -> shrink.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(SubnetHasLeases.class);
        }
        assertThat(leases.find(ip("10.3.0.10"))).map(Lease::state).contains(LeaseState.BOUND);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesToDeleteASubnetWithActiveLeasesOnly() {
        Subnet subnet = subnets.create("10.3.0.0/24", "10.3.0.10-10.3.0.19");
        Lease lease = allocate(subnet.id(), client(1));

        assertThatThrownBy(() -> subnetService.delete(subnet.id())).isInstanceOf(SubnetHasLeases.class);
        leases.release(lease.ipAddress(), client(1), Source.API);
        subnetService.delete(subnet.id());

        assertThat(count("select count(*) from lease")).isZero();
        assertThat(leases.history(lease.ipAddress())).hasSize(2);
    }

    @Test
    void refusesToReserveAnAddressLeasedToAnotherClient() {
        Subnet subnet = subnets.create("10.3.0.0/24", "10.3.0.10-10.3.0.19");
        Lease lease = allocate(subnet.id(), client(1));

        assertThatThrownBy(() -> subnets.reserve(subnet.id(), client(2), lease.ipAddress().toString()))
                .isInstanceOf(AddressInUse.class).hasMessageContaining(lease.ipAddress().toString());
        subnets.reserve(subnet.id(), client(1), lease.ipAddress().toString());
        assertThat(count("select count(*) from lease where reserved")).isEqualTo(1);
        jdbc.sql("delete from reservation").update();
        assertThat(count("select count(*) from lease where reserved")).isZero();
    }
}
