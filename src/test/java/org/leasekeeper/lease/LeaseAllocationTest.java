package org.leasekeeper.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetNotFound;

class LeaseAllocationTest extends LeaseServiceTestBase {

    @Test
    void allocatesFromTheStartOfAFreshPoolAndAnswersRepeatsWithTheSameLease() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.20");

        Allocation first = leases.allocate(request(subnet.id(), client(1)));
        Allocation again = leases.allocate(request(subnet.id(), client(1)));

        assertThat(first.created()).isTrue();
        assertThat(first.lease().ipAddress()).isEqualTo(ip("10.1.0.10"));
        assertThat(first.lease().state()).isEqualTo(LeaseState.BOUND);
        assertThat(first.lease().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(again.created()).isFalse();
        assertThat(again.lease()).isEqualTo(first.lease());
    }

    @Test
    void givesTheAddressFreeTheLongestFirst() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.12");
        allocate(subnet.id(), client(1));
        allocate(subnet.id(), client(2));
        allocate(subnet.id(), client(3));
        clock.advance(Duration.ofMinutes(1));
        leases.release(ip("10.1.0.11"), client(2), Source.API);
        clock.advance(Duration.ofMinutes(1));
        leases.release(ip("10.1.0.10"), client(1), Source.API);

        assertThat(allocate(subnet.id(), client(4)).ipAddress()).isEqualTo(ip("10.1.0.11"));
        assertThat(allocate(subnet.id(), client(5)).ipAddress()).isEqualTo(ip("10.1.0.10"));
    }

    @Test
    void givesAReturningClientItsPreviousAddress() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.20");
        allocate(subnet.id(), client(1));
        Lease previous = allocate(subnet.id(), client(2));
        leases.release(previous.ipAddress(), client(2), Source.API);
        clock.advance(Duration.ofMinutes(5));

        assertThat(allocate(subnet.id(), client(2)).ipAddress()).isEqualTo(previous.ipAddress());
    }

    @Test
    void givesADeviceItsPreviousAddressWhenItNowSendsAClientIdentifier() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.20");
        allocate(subnet.id(), client(1));
        ClientIdentity withoutId = client(2);
        Lease previous = allocate(subnet.id(), withoutId);
        leases.release(previous.ipAddress(), withoutId, Source.API);
        ClientIdentity withId = new ClientIdentity(withoutId.hwAddress(), ClientId.parse("01:" + withoutId.hwAddress()));

        assertThat(allocate(subnet.id(), withId).ipAddress()).isEqualTo(previous.ipAddress());
    }

    @Test
    void offerHoldsAnAddressAndARepeatedDiscoverGetsTheSameOffer() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.20");

        Lease offer = leases.offer(request(subnet.id(), client(1)), HOLD);
        Lease repeated = leases.offer(request(subnet.id(), client(1)), HOLD);

        assertThat(offer.state()).isEqualTo(LeaseState.OFFERED);
        assertThat(offer.expiresAt()).isEqualTo(clock.instant().plus(HOLD));
        assertThat(repeated).isEqualTo(offer);
        assertThat(allocate(subnet.id(), client(2)).ipAddress()).isNotEqualTo(offer.ipAddress());
    }

    @Test
    void bindTurnsTheOfferIntoABoundLease() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.20");
        Lease offer = leases.offer(request(subnet.id(), client(1)), HOLD);

        Lease bound = leases.bind(request(subnet.id(), client(1), offer.ipAddress().toString()));

        assertThat(bound.ipAddress()).isEqualTo(offer.ipAddress());
        assertThat(bound.state()).isEqualTo(LeaseState.BOUND);
        assertThat(leases.history(offer.ipAddress())).extracting(LeaseHistoryEntry::event)
                .containsExactly(LeaseEvent.BOUND, LeaseEvent.OFFERED);
    }

    @Test
    void refusesToBindAnAddressOfferedToAnotherClient() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.20");
        Lease offer = leases.offer(request(subnet.id(), client(1)), HOLD);

        assertThatThrownBy(() -> leases.bind(request(subnet.id(), client(2), offer.ipAddress().toString())))
                .isInstanceOf(AddressInUse.class);
    }

    @Test
    void refusesToBindADeclinedAddress() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.20");
        Lease lease = allocate(subnet.id(), client(1));
        leases.decline(lease.ipAddress(), client(1), Source.DHCP);

        assertThatThrownBy(() -> leases.bind(request(subnet.id(), client(2), lease.ipAddress().toString())))
                .isInstanceOf(LeaseNotActive.class);
    }

    @Test
    void givesTheRequestedAddressWhenFreeAndRefusesItWhenTaken() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.20");

        assertThat(leases.allocate(request(subnet.id(), client(1), "10.1.0.15")).lease().ipAddress())
                .isEqualTo(ip("10.1.0.15"));
        assertThatThrownBy(() -> leases.allocate(request(subnet.id(), client(2), "10.1.0.15")))
                .isInstanceOf(AddressInUse.class).hasMessageContaining("10.1.0.15");
        assertThat(leases.offer(request(subnet.id(), client(2), "10.1.0.15"), HOLD).ipAddress())
                .isEqualTo(ip("10.1.0.10"));
    }

    @Test
    void honoursReservationsAndNeverGivesAReservedAddressToAnotherClient() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.11");
        subnets.reserve(subnet.id(), client(1), "10.1.0.10");

        assertThat(allocate(subnet.id(), client(2)).ipAddress()).isEqualTo(ip("10.1.0.11"));
        assertThatThrownBy(() -> allocate(subnet.id(), client(3))).isInstanceOf(PoolExhausted.class);
        assertThatThrownBy(() -> leases.allocate(request(subnet.id(), client(3), "10.1.0.10")))
                .isInstanceOf(AddressInUse.class);
        assertThatThrownBy(() -> leases.bind(request(subnet.id(), client(3), "10.1.0.10")))
                .isInstanceOf(AddressInUse.class);
        assertThat(allocate(subnet.id(), client(1)).ipAddress()).isEqualTo(ip("10.1.0.10"));
    }

    @Test
    void leasesAReservedAddressOutsideThePools() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.11");
        ClientIdentity reservedClient = clientWithId(7);
        subnets.reserve(subnet.id(), reservedClient, "10.1.0.200");

        Lease lease = leases.offer(request(subnet.id(), reservedClient), HOLD);

        assertThat(lease.ipAddress()).isEqualTo(ip("10.1.0.200"));
        assertThat(leases.bind(request(subnet.id(), reservedClient, "10.1.0.200")).state()).isEqualTo(LeaseState.BOUND);
        assertThat(leases.utilization(subnet.id()).total()).isEqualTo(2);
    }

    @Test
    void neverHandsOutTheNetworkOrBroadcastAddress() {
        Subnet subnet = subnets.createRaw("10.1.0.0/30", "10.1.0.0-10.1.0.3");

        List<String> given = List.of(allocate(subnet.id(), client(1)), allocate(subnet.id(), client(2))).stream()
                .map(lease -> lease.ipAddress().toString()).toList();

        assertThat(given).containsExactly("10.1.0.1", "10.1.0.2");
        assertThatThrownBy(() -> allocate(subnet.id(), client(3))).isInstanceOf(PoolExhausted.class)
                .hasMessageContaining("subnet " + subnet.id());
        assertThatThrownBy(() -> leases.bind(request(subnet.id(), client(3), "10.1.0.3")))
                .isInstanceOf(AddressInUse.class);
    }

    @Test
    void reusesABoundLeasePastItsExpiryWhenNothingElseIsFree() {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.10");
        Lease old = allocate(subnet.id(), client(1));
        assertThatThrownBy(() -> allocate(subnet.id(), client(2))).isInstanceOf(PoolExhausted.class);
        clock.advance(Duration.ofHours(2));

        Lease reused = allocate(subnet.id(), client(2));

        assertThat(reused.ipAddress()).isEqualTo(old.ipAddress());
        assertThat(leases.history(old.ipAddress())).extracting(LeaseHistoryEntry::event)
                .containsExactly(LeaseEvent.BOUND, LeaseEvent.EXPIRED, LeaseEvent.BOUND);
    }

    @Test
    void refusesAnUnknownSubnet() {
        assertThatThrownBy(() -> allocate(999, client(1))).isInstanceOf(SubnetNotFound.class);
    }

    @Test
    void concurrentRequestsOfOneClientEndWithOneLease() throws Exception {
        Subnet subnet = subnets.create("10.1.0.0/24", "10.1.0.10-10.1.0.200");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                ClientIdentity client = client(round);
                List<Callable<Lease>> calls = IntStream.range(0, 8).<Callable<Lease>>mapToObj(i -> i % 2 == 0
                        ? () -> allocate(subnet.id(), client)
                        : () -> leases.offer(request(subnet.id(), client), HOLD)).toList();
                List<Lease> results = pool.invokeAll(calls).stream().map(LeaseAllocationTest::get).toList();
                assertThat(results).extracting(Lease::ipAddress).containsOnly(results.get(0).ipAddress());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from lease where state in ('OFFERED', 'BOUND')")).isEqualTo(10);
        assertThat(count("select count(distinct ip_address) from lease_history")).isEqualTo(10);
    }

    private static Lease get(Future<Lease> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
