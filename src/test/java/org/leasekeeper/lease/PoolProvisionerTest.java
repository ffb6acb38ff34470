package org.leasekeeper.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetHasLeases;
import org.leasekeeper.subnet.SubnetService;
import org.springframework.beans.factory.annotation.Autowired;

class PoolProvisionerTest extends LeaseServiceTestBase {

    @Autowired
    SubnetService subnetService;

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
