package org.leasekeeper.lease;

/**
 * The hot-path statements of {@link LeaseStore}, in one place so that their plans can be checked
 * ({@code docs/lease-store.md}, produced by the test-side runner {@code LeaseStorePlans}). Every statement
 * reaches its rows through an index: the primary key, {@code lease_one_active_per_client_idx},
 * {@code lease_client_key_idx}, {@code lease_free_idx}, {@code lease_subnet_expiry_idx} or {@code lease_expiry_idx}.
 */
final class LeaseSql {

    private LeaseSql() {
    }

    /** A free address that anyone may get: in a pool, reserved for nobody, free. */
    private static final String FREE_FOR_ANYONE = "l.in_pool and not l.reserved and l.free_since is not null "
            + "and not exists (select 1 from reservation r where r.ip_address = l.ip_address)";

    private static final String SELECT = "select " + LeaseRow.COLUMNS + " from lease l ";

    static final String LOCK_ACTIVE_OF_CLIENT = SELECT + "where l.subnet_id = :subnet and l.client_key = :key "
            + "and l.state in ('OFFERED', 'BOUND') for update";

    static final String ENSURE_RESERVED_ROW = "insert into lease (ip_address, subnet_id, in_pool, reserved, free_since, "
            + "updated_at) values (cast(:ip as inet), :subnet, false, true, :now, :now) on conflict (ip_address) do nothing";

    static final String LOCK_ADDRESS = SELECT + "where l.ip_address = cast(:ip as inet) for update";

    static final String LOCK_ADDRESS_UNLESS_BUSY = SELECT + "where l.ip_address = cast(:ip as inet) for update skip locked";

    static final String LOCK_IF_FREE = SELECT + "where l.ip_address = cast(:ip as inet) and l.subnet_id = :subnet and "
            + FREE_FOR_ANYONE + " for update skip locked";

    /**
     * The client's previous address: its own key first, else a lease that matches either identifier it gives
     * (a device that held an address without a client identifier and now sends one, or the reverse).
     */
    static final String LOCK_PREVIOUS = SELECT + "where l.subnet_id = :subnet and (l.client_key = :key "
            + "or l.hw_address = cast(:hw as macaddr) or l.client_id = cast(:clientId as bytea)) and "
            + FREE_FOR_ANYONE + " order by l.client_key = :key desc, l.updated_at desc limit 1 for update skip locked";

    static final String LOCK_OLDEST_FREE = SELECT + "where l.subnet_id = :subnet and " + FREE_FOR_ANYONE
            + " order by l.free_since, l.ip_address limit 1 for update skip locked";

    static final String LOCK_OVERDUE = SELECT + "where l.subnet_id = :subnet and l.in_pool and not l.reserved "
            + "and l.state in ('OFFERED', 'BOUND', 'DECLINED') and l.expires_at < :now "
            + "and not exists (select 1 from reservation r where r.ip_address = l.ip_address) "
            + "order by l.expires_at limit 1 for update skip locked";

    static final String WRITE = """
            with u as (
                update lease l set state = :state, hw_address = cast(:hw as macaddr),
                    client_id = cast(:clientId as bytea), client_key = :key, hostname = cast(:hostname as text),
                    started_at = :startedAt, expires_at = :expiresAt, free_since = :freeSince, updated_at = :now
                where l.ip_address = cast(:ip as inet)
                returning l.*),
            h as (
                insert into lease_history (ip_address, subnet_id, at, event, hw_address, client_id, hostname, source)
                select ip_address, subnet_id, :now, :event, hw_address, client_id, hostname, :source from u)
            select\s""" + LeaseRow.COLUMNS + " from u l";

    static final String RECLAIM = """
            with due as (
                select ip_address from lease
                where state in ('OFFERED', 'BOUND', 'DECLINED') and expires_at < :now
                order by expires_at limit :batchSize
                for update skip locked),
            u as (
                update lease l set state = 'EXPIRED', free_since = l.expires_at, updated_at = :now
                where l.ip_address = any (array(select ip_address from due))
                returning l.*),
            h as (
                insert into lease_history (ip_address, subnet_id, at, event, hw_address, client_id, hostname, source)
                select ip_address, subnet_id, :now, 'EXPIRED', hw_address, client_id, hostname, 'RECLAIM' from u)
            select count(*) from u""";
}
