package org.leasekeeper.lease;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lease service tests on the real database, with a hand-moved clock and subnets made by {@link SubnetFixture}. */
@LeaseTest
abstract class LeaseServiceTestBase {

    static final Duration HOLD = Duration.ofSeconds(30);

    @Autowired
    LeaseService leases;
    @Autowired
    SubnetFixture subnets;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
        clock.set(MutableClock.START);
    }

    static ClientIdentity client(int n) {
        return ClientIdentity.of(MacAddress.parse(String.format("52:54:00:00:00:%02x", n)));
    }

    static ClientIdentity clientWithId(int n) {
        return new ClientIdentity(MacAddress.parse(String.format("52:54:00:00:01:%02x", n)),
                ClientId.parse(String.format("01:52:54:00:00:01:%02x", n)));
    }

    static Ipv4Address ip(String text) {
        return Ipv4Address.parse(text);
    }

    static LeaseRequest request(long subnetId, ClientIdentity client) {
        return request(subnetId, client, null);
    }

    static LeaseRequest request(long subnetId, ClientIdentity client, @Nullable String requested) {
        return new LeaseRequest(subnetId, client, null, requested == null ? null : ip(requested), null, Source.API);
    }

    Lease allocate(long subnetId, ClientIdentity client) {
        return leases.allocate(request(subnetId, client)).lease();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
