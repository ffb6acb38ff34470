package org.leasekeeper.subnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leasekeeper.subnet.SubnetFixtures.definition;
import static org.leasekeeper.subnet.SubnetFixtures.ip;
import static org.leasekeeper.subnet.SubnetFixtures.range;
import static org.leasekeeper.subnet.SubnetFixtures.withRelays;
import static org.leasekeeper.subnet.SubnetFixtures.withTimes;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@SpringBootTest(properties = {"leasekeeper.dhcp.enabled=false", "leasekeeper.subnet.refresh-interval=200ms",
        "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.minimum-idle=1"})
@DatabaseTest
class SubnetServiceTest {

    @Autowired
    SubnetService service;
    @Autowired
    DatabaseCleaner cleaner;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordingListener listener;

    private static final ClientIdentity HOST1 = ClientIdentity.of(MacAddress.parse("52:54:00:12:34:56"));
    private static final ClientIdentity HOST2 = ClientIdentity.of(MacAddress.parse("52:54:00:12:34:57"));

    @BeforeEach
    void clean() {
        cleaner.clean();
        listener.events.clear();
        listener.refuse = false;
    }

    @Test
    void createsSubnetWithContractDefaultTimes() {
        Subnet subnet = service.create(definition("192.0.2.0/24", range("192.0.2.100", "192.0.2.199")));

        assertThat(subnet.leaseTime()).isEqualTo(Duration.ofSeconds(3600));
        assertThat(subnet.renewTime()).isEqualTo(Duration.ofSeconds(1800));
        assertThat(subnet.rebindTime()).isEqualTo(Duration.ofSeconds(3150));
        assertThat(service.find(subnet.id())).contains(subnet);
        assertThat(jdbc.sql("select rebind_time_seconds from subnet").query(Integer.class).single()).isEqualTo(3150);
    }

    @Test
    void storesEveryFieldAndReadsItBack() {
        SubnetDefinition d = new SubnetDefinition("lab", org.leasekeeper.net.Cidr.parse("10.1.0.0/16"),
                List.of(range("10.1.1.1", "10.1.1.9"), range("10.1.2.1", "10.1.2.9")), List.of(ip("10.1.0.1")),
                List.of(ip("10.1.0.2"), ip("10.1.0.3")), "lab.example", Duration.ofSeconds(600),
                Duration.ofSeconds(200), Duration.ofSeconds(400), List.of(ip("127.0.0.2")));

        Subnet created = service.create(d);

        assertThat(service.list(null, 10)).containsExactly(created);
        assertThat(created.pools()).hasSize(2);
        assertThat(created.dnsServers()).containsExactly(ip("10.1.0.2"), ip("10.1.0.3"));
        assertThat(created.domainName()).isEqualTo("lab.example");
    }

    @Test
    void hotPathLookupsSeeLocalChangesAtOnce() {
        Subnet subnet = service.create(withRelays(definition("192.0.2.0/24", range("192.0.2.100", "192.0.2.199")),
                ip("127.0.0.2")));

        assertThat(service.findContaining(ip("192.0.2.7"))).contains(subnet);
        assertThat(service.findContaining(ip("192.0.3.7"))).isEmpty();
        assertThat(service.findForRelay(ip("192.0.2.1"))).contains(subnet);
        assertThat(service.findForRelay(ip("127.0.0.2"))).contains(subnet);
        assertThat(service.findForRelay(ip("127.0.0.3"))).isEmpty();

        service.delete(subnet.id());

        assertThat(service.findContaining(ip("192.0.2.7"))).isEmpty();
        assertThat(service.find(subnet.id())).isEmpty();
    }

    @Test
    void hotPathLookupsSeeChangesOfOtherInstancesWithinTheRefreshInterval() {
        service.findContaining(ip("198.51.100.1"));
        jdbc.sql("""
                insert into subnet (name, cidr, lease_time_seconds, renew_time_seconds, rebind_time_seconds,
                                    created_at, updated_at)
                values ('other', '198.51.100.0/24', 3600, 1800, 3150, now(), now())""").update();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> service.findContaining(ip("198.51.100.1")).isPresent());
    }

    @Test
    void rejectsPoolOutsideTheSubnetWithItsFieldPath() {
        assertThatThrownBy(() -> service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20"),
                range("192.0.2.200", "192.0.3.10"))))
                .isInstanceOfSatisfying(InvalidSubnet.class, e -> assertThat(e.errors())
                        .extracting(InvalidSubnet.FieldError::field).containsExactly("pools[1]"));
        assertThat(jdbc.sql("select count(*) from subnet").query(Long.class).single()).isZero();
    }

    @Test
    void rejectsOverlappingPoolsNetworkAndBroadcastAndMissingPools() {
        assertThatThrownBy(() -> service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20"),
                range("192.0.2.20", "192.0.2.30"))))
                .isInstanceOfSatisfying(InvalidSubnet.class, e -> assertThat(e.errors())
                        .extracting(InvalidSubnet.FieldError::field).containsExactly("pools[1]"));
        assertThatThrownBy(() -> service.create(definition("192.0.2.0/24", range("192.0.2.0", "192.0.2.255"))))
                .isInstanceOfSatisfying(InvalidSubnet.class, e -> assertThat(e.errors())
                        .extracting(InvalidSubnet.FieldError::field).containsExactly("pools[0].first", "pools[0].last"));
        assertThatThrownBy(() -> service.create(definition("192.0.2.0/24")))
                .isInstanceOfSatisfying(InvalidSubnet.class, e -> assertThat(e.errors())
                        .extracting(InvalidSubnet.FieldError::field).containsExactly("pools"));
    }

    @Test
    void rejectsMoreThanAMillionPoolAddresses() {
        assertThatThrownBy(() -> service.create(definition("10.0.0.0/8", range("10.0.0.1", "10.16.0.1"))))
                .isInstanceOfSatisfying(InvalidSubnet.class, e -> assertThat(e.errors())
                        .extracting(InvalidSubnet.FieldError::field).containsExactly("pools"));
    }

    @Test
    void rejectsRenewTimeNotBeforeRebindTimeAndRebindNotBeforeLease() {
        SubnetDefinition base = definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20"));

        assertThatThrownBy(() -> service.create(withTimes(base, 3600L, 3150L, 3150L)))
                .isInstanceOfSatisfying(InvalidSubnet.class, e -> assertThat(e.errors())
                        .extracting(InvalidSubnet.FieldError::field).containsExactly("renewTimeSeconds"));
        assertThatThrownBy(() -> service.create(withTimes(base, 600L, null, 600L)))
                .isInstanceOfSatisfying(InvalidSubnet.class, e -> assertThat(e.errors())
                        .extracting(InvalidSubnet.FieldError::field).containsExactly("rebindTimeSeconds"));
        assertThat(service.create(withTimes(base, 600L, null, null)).renewTime()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void refusesOverlappingSubnet() {
        Subnet first = service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20")));

        assertThatThrownBy(() -> service.create(definition("192.0.2.128/25", range("192.0.2.130", "192.0.2.140"))))
                .isInstanceOf(SubnetOverlap.class).hasMessageContaining("subnet " + first.id());
        assertThatThrownBy(() -> service.create(definition("192.0.0.0/16", range("192.0.3.1", "192.0.3.9"))))
                .isInstanceOf(SubnetOverlap.class);
    }

    @Test
    void refusesRelayAddressThatSelectsAnotherSubnet() {
        service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20")));

        assertThatThrownBy(() -> service.create(withRelays(definition("198.51.100.0/24",
                range("198.51.100.10", "198.51.100.20")), ip("192.0.2.1"))))
                .isInstanceOfSatisfying(InvalidSubnet.class, e -> assertThat(e.errors())
                        .extracting(InvalidSubnet.FieldError::field).containsExactly("relayAddresses[0]"));
    }

    @Test
    void publishesPoolsChangedInsideTheTransactionAndRollsBackWhenAListenerRefuses() {
        Subnet subnet = service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20")));
        assertThat(listener.events).containsExactly(new SubnetPoolsChanged(subnet));
        assertThat(listener.inTransaction).isTrue();

        listener.refuse = true;
        assertThatThrownBy(() -> service.replace(subnet.id(), definition("192.0.2.0/24", range("192.0.2.30", "192.0.2.40"))))
                .isInstanceOf(SubnetHasLeases.class);
        assertThat(service.find(subnet.id()).orElseThrow().pools()).containsExactly(range("192.0.2.10", "192.0.2.20"));
        assertThatThrownBy(() -> service.delete(subnet.id())).isInstanceOf(SubnetHasLeases.class);
        assertThat(jdbc.sql("select count(*) from subnet").query(Long.class).single()).isOne();
    }

    @Test
    void replacesPoolsEvenWhenNewPoolsOverlapTheOldOnes() {
        Subnet subnet = service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20")));

        Subnet replaced = service.replace(subnet.id(), definition("192.0.2.0/23", range("192.0.2.10", "192.0.3.20")));

        assertThat(replaced.pools()).containsExactly(range("192.0.2.10", "192.0.3.20"));
        assertThat(service.findContaining(ip("192.0.3.1"))).contains(replaced);
        assertThat(jdbc.sql("select count(*) from pool").query(Long.class).single()).isOne();
    }

    @Test
    void replaceAndDeleteOfUnknownSubnetAreNotFound() {
        SubnetDefinition d = definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20"));
        assertThatThrownBy(() -> service.replace(42, d)).isInstanceOf(SubnetNotFound.class);
        assertThatThrownBy(() -> service.delete(42)).isInstanceOf(SubnetNotFound.class);
        assertThatThrownBy(() -> service.reservations(42)).isInstanceOf(SubnetNotFound.class);
    }

    @Test
    void listsSubnetsPageByPage() {
        Subnet a = service.create(definition("10.0.1.0/24", range("10.0.1.10", "10.0.1.20")));
        Subnet b = service.create(definition("10.0.2.0/24", range("10.0.2.10", "10.0.2.20")));
        Subnet c = service.create(definition("10.0.3.0/24", range("10.0.3.10", "10.0.3.20")));

        assertThat(service.list(null, 2)).containsExactly(a, b);
        assertThat(service.list(b.id(), 2)).containsExactly(c);
    }

    @Test
    void reservesAnAddressForOneClientAndPublishesAddressReserving() {
        Subnet subnet = service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20")));

        Reservation r = service.reserve(subnet.id(), HOST1, ip("192.0.2.5"), "host1");

        assertThat(listener.events).contains(new AddressReserving(subnet.id(), HOST1, ip("192.0.2.5")));
        assertThat(service.findReservation(subnet.id(), HOST1)).contains(r);
        assertThat(service.findReservation(subnet.id(), HOST2)).isEmpty();
        assertThat(service.reservations(subnet.id())).containsExactly(r);

        service.unreserve(r.id());
        assertThat(service.findReservation(subnet.id(), HOST1)).isEmpty();
        assertThatThrownBy(() -> service.unreserve(r.id())).isInstanceOf(ReservationNotFound.class);
    }

    @Test
    void refusesSecondReservationOfAnAddressOrAClient() {
        Subnet subnet = service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20")));
        service.reserve(subnet.id(), HOST1, ip("192.0.2.5"), null);

        assertThatThrownBy(() -> service.reserve(subnet.id(), HOST2, ip("192.0.2.5"), null))
                .isInstanceOf(ReservationConflict.class);
        assertThatThrownBy(() -> service.reserve(subnet.id(), HOST1, ip("192.0.2.6"), null))
                .isInstanceOf(ReservationConflict.class);
        ClientIdentity byId = new ClientIdentity(null, ClientId.parse("01:52:54:00:12:34:58"));
        assertThat(service.reserve(subnet.id(), byId, ip("192.0.2.6"), null).clientId()).isEqualTo(byId.clientId());
    }

    @Test
    void refusesReservationOutsideTheSubnetOrOnItsBroadcastAddress() {
        Subnet subnet = service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20")));

        assertThatThrownBy(() -> service.reserve(subnet.id(), HOST1, ip("192.0.3.5"), null))
                .isInstanceOfSatisfying(InvalidSubnet.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("ipAddress"));
        assertThatThrownBy(() -> service.reserve(subnet.id(), HOST1, ip("192.0.2.255"), null))
                .isInstanceOf(InvalidSubnet.class);
        assertThatThrownBy(() -> service.reserve(99, HOST1, ip("192.0.2.5"), null)).isInstanceOf(SubnetNotFound.class);
    }

    @Test
    void refusesToShrinkTheCidrAwayFromAReservation() {
        Subnet subnet = service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20")));
        service.reserve(subnet.id(), HOST1, ip("192.0.2.200"), null);

        assertThatThrownBy(() -> service.replace(subnet.id(), definition("192.0.2.0/25", range("192.0.2.10", "192.0.2.20"))))
                .isInstanceOfSatisfying(InvalidSubnet.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("cidr"));
    }

    @TestConfiguration
    static class ListenerConfiguration {
        @Bean
        RecordingListener recordingListener() {
            return new RecordingListener();
        }
    }

    static class RecordingListener {
        final List<Object> events = new CopyOnWriteArrayList<>();
        volatile boolean inTransaction;
        volatile boolean refuse;

        @EventListener
        void on(SubnetPoolsChanged event) {
            record(event, event.subnet().id());
        }

        @EventListener
        void on(SubnetDeleting event) {
            record(event, event.subnetId());
        }

        @EventListener
        void on(AddressReserving event) {
            events.add(event);
        }

        private void record(Object event, long subnetId) {
            inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
            if (refuse) {
                throw new SubnetHasLeases(subnetId, 1);
            }
            events.add(event);
        }
    }
}
