package org.leasekeeper.lease;

import static org.leasekeeper.lease.SqlValues.time;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.subnet.AddressReserving;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetDeleting;
import org.leasekeeper.subnet.SubnetHasLeases;
import org.leasekeeper.subnet.SubnetPoolsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the lease rows in step with the subnets: one row per pool address, set-based. Listens synchronously,
 * inside the subnet feature's transaction, so a refusal rolls the subnet change back. Before it checks for
 * active leases, each listener locks the lease rows the change affects: that waits for allocations in flight on
 * those rows (they hold the row lock until they commit, and the check's next statement sees their lease), and
 * allocations that come later skip the locked rows ({@code SKIP LOCKED}). Allocation itself never locks the
 * subnet row, so concurrent allocations do not contend on it.
 */
@Component
class PoolProvisioner {

    /** True when the address lies in one of the pools, given as the arrays :firsts and :lasts. */
    private static final String IN_POOLS = "exists (select 1 from unnest(cast(:firsts as inet[]), cast(:lasts as inet[])) "
            + "p(lo, hi) where l.ip_address between p.lo and p.hi)";
    private static final String LEASABLE = "l.ip_address <<= cast(:cidr as cidr) and l.ip_address <> all(cast(:excluded as inet[]))";

    private final JdbcClient jdbc;
    private final Clock clock;

    PoolProvisioner(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void onPoolsChanged(SubnetPoolsChanged event) {
        Subnet subnet = event.subnet();
        bind(subnet, "select 1 from lease l where l.subnet_id = :subnet and not (" + LEASABLE + " and " + IN_POOLS
                + ") for update").query().listOfRows();
        long stranded = bind(subnet, "select count(*) from lease l where l.subnet_id = :subnet "
                + "and l.state in ('OFFERED', 'BOUND') and not (" + LEASABLE + " and (" + IN_POOLS
                + " or exists (select 1 from reservation r where r.ip_address = l.ip_address)))")
                .query(Long.class).single();
        if (stranded > 0) {
            throw new SubnetHasLeases(subnet.id(), stranded);
        }
        bind(subnet, "delete from lease l where l.subnet_id = :subnet and not (l.ip_address <<= cast(:cidr as cidr))")
                .update();
        bind(subnet, "update lease l set in_pool = false where l.subnet_id = :subnet and l.in_pool and not ("
                + LEASABLE + " and " + IN_POOLS + ")").update();
        bind(subnet, """
                insert into lease (ip_address, subnet_id, in_pool, reserved, free_since, updated_at)
                select a.ip, :subnet, true, exists (select 1 from reservation r where r.ip_address = a.ip), :now, :now
                from (select p.lo + g.n as ip
                      from unnest(cast(:firsts as inet[]), cast(:lasts as inet[])) p(lo, hi)
                      cross join lateral generate_series(0, p.hi - p.lo) g(n)) a
                where a.ip <> all(cast(:excluded as inet[]))
                on conflict (ip_address) do update set in_pool = true
                where lease.subnet_id = excluded.subnet_id and not lease.in_pool""")
                .param("now", time(clock.instant()))
                .update();
    }

    @EventListener
    void onSubnetDeleting(SubnetDeleting event) {
        jdbc.sql("select 1 from lease where subnet_id = :subnet for update").param("subnet", event.subnetId())
                .query().listOfRows();
        long active = jdbc.sql("select count(*) from lease where subnet_id = :subnet and state in ('OFFERED', 'BOUND')")
                .param("subnet", event.subnetId())
                .query(Long.class).single();
        if (active > 0) {
            throw new SubnetHasLeases(event.subnetId(), active);
        }
    }

    @EventListener
    void onAddressReserving(AddressReserving event) {
        jdbc.sql("select " + LeaseRow.COLUMNS + " from lease l where l.ip_address = cast(:ip as inet) for update")
                .param("ip", event.address().toString())
                .query(LeaseRow::map)
                .optional()
                .filter(row -> row.isActive() && !row.ownedBy(event.client()))
                .ifPresent(row -> {
                    throw AddressInUse.forReservation(event.address());
                });
    }


    private JdbcClient.StatementSpec bind(Subnet subnet, String sql) {
        return jdbc.sql(sql)
                .param("subnet", subnet.id())
                .param("cidr", subnet.cidr().toString())
                .param("excluded", excluded(subnet.cidr()))
                .param("firsts", array(subnet.pools().stream().map(AddressRange::first).toList()))
                .param("lasts", array(subnet.pools().stream().map(AddressRange::last).toList()));
    }

    /** The network and broadcast addresses, never handed out (RFC 3021 /31 and /32 have none). */
    private static String excluded(Cidr cidr) {
        return cidr.prefixLength() >= 31 ? "{}" : array(List.of(cidr.network(), cidr.broadcast()));
    }

    private static String array(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
