package org.leasekeeper.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.AddressReserving;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetPoolsChanged;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subnets and reservations for lease tests, written in SQL and announced with the subnet feature's events
 * the way SubnetService does, so lease tests do not depend on the subnet feature's implementation.
 */
@TestComponent
public class SubnetFixture {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    SubnetFixture(JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public Subnet create(String cidr, String... poolRanges) {
        return tx.execute(status -> {
            long id = jdbc.sql("insert into subnet (name, cidr, lease_time_seconds, renew_time_seconds, rebind_time_seconds, "
                            + "created_at, updated_at) values ('test', cast(:cidr as cidr), 3600, 1800, 3150, :now, :now) returning id")
                    .param("cidr", cidr)
                    .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .query(Long.class).single();
            return publish(id, cidr, poolRanges);
        });
    }

    /** Replaces the subnet's CIDR and pools, as SubnetService.replace does. */
    public Subnet replace(long id, String cidr, String... poolRanges) {
        return tx.execute(status -> {
            jdbc.sql("delete from pool where subnet_id = :id").param("id", id).update();
            jdbc.sql("update subnet set cidr = cast(:cidr as cidr) where id = :id").param("cidr", cidr).param("id", id).update();
            return publish(id, cidr, poolRanges);
        });
    }

    private Subnet publish(long id, String cidr, String... poolRanges) {
        List<AddressRange> pools = java.util.Arrays.stream(poolRanges).map(SubnetFixture::range).toList();
        for (AddressRange pool : pools) {
            jdbc.sql("insert into pool (subnet_id, first_address, last_address) values (:id, cast(:f as inet), cast(:l as inet))")
                    .param("id", id).param("f", pool.first().toString()).param("l", pool.last().toString()).update();
        }
        Subnet subnet = new Subnet(id, "test", Cidr.parse(cidr), pools, List.of(), List.of(), null,
                Duration.ofHours(1), Duration.ofMinutes(30), Duration.ofMinutes(52).plusSeconds(30), List.of());
        events.publishEvent(new SubnetPoolsChanged(subnet));
        return subnet;
    }

    public void reserve(long subnetId, ClientIdentity client, String address) {
        tx.executeWithoutResult(status -> {
            events.publishEvent(new AddressReserving(subnetId, client, Ipv4Address.parse(address)));
            jdbc.sql("insert into reservation (subnet_id, ip_address, hw_address, client_id, created_at) "
                            + "values (:s, cast(:ip as inet), cast(:hw as macaddr), :cid, :now)")
                    .param("s", subnetId).param("ip", address)
                    .param("hw", client.hwAddress() == null ? null : client.hwAddress().toString())
                    .param("cid", client.clientId() == null ? null : client.clientId().toBytes())
                    .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
        });
    }

    private static AddressRange range(String text) {
        String[] ends = text.split("-");
        return new AddressRange(Ipv4Address.parse(ends[0]), Ipv4Address.parse(ends[1]));
    }

}
