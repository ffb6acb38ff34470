package org.leasekeeper.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetDefinition;
import org.leasekeeper.subnet.SubnetService;
import org.leasekeeper.subnet.SubnetPoolsChanged;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subnets and reservations for lease tests: through {@link SubnetService}, and ({@link #createRaw}) in plain SQL
 * announced with the subnet feature's event, for definitions SubnetService refuses but the lease feature must
 * still survive (pools that include the network and broadcast addresses).
 */
@TestComponent
public class SubnetFixture {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SubnetService subnets;

    SubnetFixture(JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
            SubnetService subnets) {
        this.subnets = subnets;
        this.jdbc = jdbc;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public Subnet create(String cidr, String... poolRanges) {
        return subnets.create(definition(cidr, poolRanges));
    }

    public Subnet replace(long id, String cidr, String... poolRanges) {
        return subnets.replace(id, definition(cidr, poolRanges));
    }

    public void reserve(long subnetId, ClientIdentity client, String address) {
        subnets.reserve(subnetId, client, Ipv4Address.parse(address), null);
    }

    private static SubnetDefinition definition(String cidr, String... poolRanges) {
        return new SubnetDefinition("test", Cidr.parse(cidr), Arrays.stream(poolRanges).map(SubnetFixture::range).toList(),
                List.of(), List.of(), null, null, null, null, List.of());
    }

    /** A subnet written in SQL, its pools announced with {@link SubnetPoolsChanged} as SubnetService does. */
    public Subnet createRaw(String cidr, String... poolRanges) {
        return tx.execute(status -> {
            long id = jdbc.sql("insert into subnet (name, cidr, lease_time_seconds, renew_time_seconds, rebind_time_seconds, "
                            + "created_at, updated_at) values ('test', cast(:cidr as cidr), 3600, 1800, 3150, :now, :now) returning id")
                    .param("cidr", cidr)
                    .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .query(Long.class).single();
            return publish(id, cidr, poolRanges);
        });
    }

    private Subnet publish(long id, String cidr, String... poolRanges) {
        List<AddressRange> pools = Arrays.stream(poolRanges).map(SubnetFixture::range).toList();
        for (AddressRange pool : pools) {
            jdbc.sql("insert into pool (subnet_id, first_address, last_address) values (:id, cast(:f as inet), cast(:l as inet))")
                    .param("id", id).param("f", pool.first().toString()).param("l", pool.last().toString()).update();
        }
        Subnet subnet = new Subnet(id, "test", Cidr.parse(cidr), pools, List.of(), List.of(), null,
                Duration.ofHours(1), Duration.ofMinutes(30), Duration.ofMinutes(52).plusSeconds(30), List.of());
        events.publishEvent(new SubnetPoolsChanged(subnet));
        return subnet;
    }

    private static AddressRange range(String text) {
        String[] ends = text.split("-");
        return new AddressRange(Ipv4Address.parse(ends[0]), Ipv4Address.parse(ends[1]));
    }

}
