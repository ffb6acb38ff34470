package org.leasekeeper.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.leasekeeper.subnet.Subnet;

class LeaseLifecycleTest extends LeaseServiceTestBase {

    @Test
    void renewMovesTheExpiryToNowPlusTheLeaseTime() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.20");
        Lease lease = allocate(subnet.id(), client(1));
        Instant later = clock.advance(Duration.ofMinutes(40));

        Lease renewed = leases.renew(lease.ipAddress(), client(1), null, Source.API);
        Lease shorter = leases.renew(lease.ipAddress(), client(1), Duration.ofMinutes(5), Source.DHCP);

        assertThat(renewed.expiresAt()).isEqualTo(later.plus(Duration.ofHours(1)));
        assertThat(renewed.startedAt()).isEqualTo(lease.startedAt());
        assertThat(shorter.expiresAt()).isEqualTo(later.plus(Duration.ofMinutes(5)));
        assertThat(leases.history(lease.ipAddress())).extracting(LeaseHistoryEntry::event, LeaseHistoryEntry::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LeaseEvent.RENEWED, Source.DHCP),
                        org.assertj.core.groups.Tuple.tuple(LeaseEvent.RENEWED, Source.API),
                        org.assertj.core.groups.Tuple.tuple(LeaseEvent.BOUND, Source.API));
    }

    @Test
    void rejectsRenewalOfAReleasedLease() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.20");
        Lease lease = allocate(subnet.id(), client(1));
        leases.release(lease.ipAddress(), client(1), Source.API);

        assertThatThrownBy(() -> leases.renew(lease.ipAddress(), client(1), null, Source.API))
                .isInstanceOf(LeaseNotActive.class).hasMessageContaining("RELEASED");
    }

    @Test
    void rejectsRenewalByAnotherClient() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.20");
        Lease lease = allocate(subnet.id(), client(1));

        assertThatThrownBy(() -> leases.renew(lease.ipAddress(), client(2), null, Source.API))
                .isInstanceOf(NotLeaseOwner.class);
        assertThatThrownBy(() -> leases.release(lease.ipAddress(), client(2), Source.API))
                .isInstanceOf(NotLeaseOwner.class);
    }

    @Test
    void rejectsRenewalOfAnAddressNeverLeased() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.20");

        assertThatThrownBy(() -> leases.renew(ip("10.2.0.10"), client(1), null, Source.API))
                .isInstanceOf(LeaseNotFound.class);
        assertThatThrownBy(() -> leases.history(ip("10.2.0.10"))).isInstanceOf(LeaseNotFound.class);
        assertThat(leases.find(ip("10.2.0.10"))).isEmpty();
        assertThat(subnet.id()).isPositive();
    }

    @Test
    void matchesALeaseByClientIdOrHardwareAddress() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.20");
        Lease lease = allocate(subnet.id(), clientWithId(1));

        Lease renewed = leases.renew(lease.ipAddress(), org.leasekeeper.net.ClientIdentity.of(clientWithId(1).hwAddress()),
                null, Source.API);

        assertThat(renewed.clientId()).isEqualTo(clientWithId(1).clientId());
    }

    @Test
    void releasingTwiceChangesNothingTheSecondTime() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.20");
        Lease lease = allocate(subnet.id(), client(1));

        Lease released = leases.release(lease.ipAddress(), client(1), Source.API);
        clock.advance(Duration.ofMinutes(1));
        Lease again = leases.release(lease.ipAddress(), client(1), Source.API);

        assertThat(released.state()).isEqualTo(LeaseState.RELEASED);
        assertThat(again).isEqualTo(released);
        assertThat(leases.history(lease.ipAddress())).extracting(LeaseHistoryEntry::event)
                .containsExactly(LeaseEvent.RELEASED, LeaseEvent.BOUND);
    }

    @Test
    void renewsALeasePastItsExpiryThatIsNotReclaimedYet() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.20");
        Lease lease = allocate(subnet.id(), client(1));
        Instant late = clock.advance(Duration.ofHours(2));

        Lease renewed = leases.renew(lease.ipAddress(), client(1), null, Source.DHCP);

        assertThat(renewed.state()).isEqualTo(LeaseState.BOUND);
        assertThat(renewed.expiresAt()).isEqualTo(late.plus(Duration.ofHours(1)));
    }

    @Test
    void declineQuarantinesTheAddressForTheProbationPeriod() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.10");
        Lease lease = allocate(subnet.id(), client(1));

        Lease declined = leases.decline(lease.ipAddress(), client(1), Source.DHCP);

        assertThat(declined.state()).isEqualTo(LeaseState.DECLINED);
        assertThat(declined.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThatThrownBy(() -> allocate(subnet.id(), client(2))).isInstanceOf(PoolExhausted.class);
        assertThat(leases.utilization(subnet.id()).declined()).isEqualTo(1);
        clock.advance(Duration.ofHours(25));
        assertThat(leases.reclaimBatch(10)).isEqualTo(1);
        assertThat(allocate(subnet.id(), client(2)).ipAddress()).isEqualTo(lease.ipAddress());
    }

    @Test
    void expireEndsTheLeaseNowAndFreesTheAddress() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.10");
        Lease lease = allocate(subnet.id(), client(1));
        clock.advance(Duration.ofMinutes(10));

        Lease expired = leases.expire(lease.ipAddress(), Source.API);

        assertThat(expired.state()).isEqualTo(LeaseState.EXPIRED);
        assertThat(expired.expiresAt()).isEqualTo(clock.instant());
        assertThat(allocate(subnet.id(), client(2)).ipAddress()).isEqualTo(lease.ipAddress());
        assertThatThrownBy(() -> leases.expire(ip("10.9.9.9"), Source.API)).isInstanceOf(LeaseNotFound.class);
    }

    @Test
    void cancelledOfferFreesTheAddressButLeavesBoundLeasesAlone() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.20");
        Lease offer = leases.offer(request(subnet.id(), client(1)), HOLD);
        Lease bound = allocate(subnet.id(), client(2));

        leases.cancelOffer(subnet.id(), client(1), Source.DHCP);
        leases.cancelOffer(subnet.id(), client(2), Source.DHCP);

        assertThat(leases.find(offer.ipAddress())).map(Lease::state).contains(LeaseState.RELEASED);
        assertThat(leases.find(bound.ipAddress())).map(Lease::state).contains(LeaseState.BOUND);
    }

    @Test
    void reclaimEndsBoundOfferedAndDeclinedLeasesPastTheirEndWithOneHistoryRowEach() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.20");
        Lease bound = allocate(subnet.id(), client(1));
        Lease offered = leases.offer(request(subnet.id(), client(2)), HOLD);
        Lease declined = leases.decline(allocate(subnet.id(), client(3)).ipAddress(), client(3), Source.DHCP);
        Lease fresh = allocate(subnet.id(), client(4));
        clock.advance(Duration.ofMinutes(1));
        leases.renew(fresh.ipAddress(), client(4), null, Source.API);

        assertThat(leases.reclaimBatch(10)).isEqualTo(1);
        clock.advance(Duration.ofDays(2));
        leases.renew(fresh.ipAddress(), client(4), Duration.ofDays(3), Source.API);
        assertThat(leases.reclaimBatch(10)).isEqualTo(2);
        assertThat(leases.reclaimBatch(10)).isZero();

        for (Lease lease : java.util.List.of(bound, offered, declined)) {
            assertThat(leases.find(lease.ipAddress())).map(Lease::state).contains(LeaseState.EXPIRED);
            assertThat(leases.history(lease.ipAddress())).filteredOn(e -> e.event() == LeaseEvent.EXPIRED)
                    .singleElement().extracting(LeaseHistoryEntry::source).isEqualTo(Source.RECLAIM);
        }
        assertThat(leases.find(fresh.ipAddress())).map(Lease::state).contains(LeaseState.BOUND);
    }

    @Test
    void reportsUtilizationOfThePoolAddresses() {
        Subnet subnet = subnets.create("10.2.0.0/24", "10.2.0.10-10.2.0.19");
        allocate(subnet.id(), client(1));
        leases.offer(request(subnet.id(), client(2)), HOLD);
        leases.decline(allocate(subnet.id(), client(3)).ipAddress(), client(3), Source.DHCP);

        Utilization utilization = leases.utilization(subnet.id());

        assertThat(utilization).isEqualTo(new Utilization(subnet.id(), 10, 7, 1, 1, 1));
        assertThat(utilization.utilization()).isEqualTo(0.3);
        assertThat(count("select count(*) from active_leases")).isEqualTo(1);
    }
}
