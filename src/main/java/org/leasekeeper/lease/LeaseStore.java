package org.leasekeeper.lease;

import static org.leasekeeper.lease.SqlValues.bytes;
import static org.leasekeeper.lease.SqlValues.mac;
import static org.leasekeeper.lease.SqlValues.text;
import static org.leasekeeper.lease.SqlValues.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The hot-path SQL of the lease lifecycle. Every method is one statement; the {@code lock*} methods take row
 * locks ({@code FOR UPDATE}, {@code SKIP LOCKED} where any free address will do) that last until the caller's
 * transaction ends. Rules about which address a client may have live in {@link LeaseService}, not here.
 */
@Repository
class LeaseStore {

    private final JdbcClient jdbc;

    LeaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }


    /** The client's OFFERED or BOUND lease in the subnet (at most one: unique index), locked. */
    Optional<LeaseRow> lockActive(long subnetId, ClientIdentity client) {
        return jdbc.sql(LeaseSql.LOCK_ACTIVE_OF_CLIENT)
                .param("subnet", subnetId)
                .param("key", client.key())
                .query(LeaseRow::map)
                .optional();
    }


    /** Creates the row of a reserved address outside the pools on its first lease (a no-op when it exists). */
    void ensureReservedRow(long subnetId, Ipv4Address address, Instant now) {
        jdbc.sql(LeaseSql.ENSURE_RESERVED_ROW)
                .param("ip", address.toString())
                .param("subnet", subnetId)
                .param("now", time(now))
                .update();
    }

    /** The address's row, locked (waiting for another transaction that holds it). */
    Optional<LeaseRow> lock(Ipv4Address address) {
        return jdbc.sql(LeaseSql.LOCK_ADDRESS)
                .param("ip", address.toString())
                .query(LeaseRow::map)
                .optional();
    }

    /** The address's row, locked, or empty when it does not exist or another transaction holds it. */
    Optional<LeaseRow> lockUnlessBusy(Ipv4Address address) {
        return jdbc.sql(LeaseSql.LOCK_ADDRESS_UNLESS_BUSY)
                .param("ip", address.toString())
                .query(LeaseRow::map)
                .optional();
    }

    /** The address when it is free for anyone in the subnet, locked; empty when taken, reserved or busy. */
    Optional<LeaseRow> lockIfFree(long subnetId, Ipv4Address address) {
        return jdbc.sql(LeaseSql.LOCK_IF_FREE)
                .param("ip", address.toString())
                .param("subnet", subnetId)
                .query(LeaseRow::map)
                .optional();
    }

    /** The client's most recent address in the subnet when it is still free, locked. */
    Optional<LeaseRow> lockPrevious(long subnetId, ClientIdentity client) {
        return jdbc.sql(LeaseSql.LOCK_PREVIOUS)
                .param("subnet", subnetId)
                .param("key", client.key())
                .param("hw", mac(client.hwAddress()))
                .param("clientId", bytes(client.clientId()))
                .query(LeaseRow::map)
                .optional();
    }

    /** The subnet's address that has been free the longest, locked: one probe of {@code lease_free_idx}. */
    Optional<LeaseRow> lockOldestFree(long subnetId) {
        return jdbc.sql(LeaseSql.LOCK_OLDEST_FREE)
                .param("subnet", subnetId)
                .query(LeaseRow::map)
                .optional();
    }

    /** The subnet's lease that ended longest ago but is not reclaimed yet, locked (reused when the pool is full). */
    Optional<LeaseRow> lockOverdue(long subnetId, Instant now) {
        return jdbc.sql(LeaseSql.LOCK_OVERDUE)
                .param("subnet", subnetId)
                .param("now", time(now))
                .query(LeaseRow::map)
                .optional();
    }

    /**
     * Writes the row's lease and one history row for the transition, in one statement. Throws
     * {@link org.springframework.dao.DuplicateKeyException} when the client already holds another OFFERED or
     * BOUND lease in the subnet (a concurrent request of the same client won).
     */
    LeaseRow write(LeaseRow next, LeaseEvent event, Source source) {
        return jdbc.sql(LeaseSql.WRITE)
                .param("ip", next.ip().toString())
                .param("state", text(next.state()))
                .param("hw", mac(next.hwAddress()))
                .param("clientId", bytes(next.clientId()))
                .param("key", text(next.clientKey()))
                .param("hostname", text(next.hostname()))
                .param("startedAt", time(next.startedAt()))
                .param("expiresAt", time(next.expiresAt()))
                .param("freeSince", time(next.freeSince()))
                .param("now", time(next.updatedAt()))
                .param("event", event.name())
                .param("source", source.name())
                .query(LeaseRow::map)
                .single();
    }

    /** True when a write failed because the client already holds an OFFERED or BOUND lease in the subnet. */
    static boolean isClientAlreadyActive(DuplicateKeyException e) {
        String message = e.getMostSpecificCause().getMessage();
        return message != null && message.contains("lease_one_active_per_client_idx");
    }

    /** Marks a point the transaction can return to when the next statement fails (see {@link LeaseAllocator}). */
    void savepoint() {
        jdbc.sql("savepoint lease_claim").update();
    }

    void releaseSavepoint() {
        jdbc.sql("release savepoint lease_claim").update();
    }

    void rollbackToSavepoint() {
        jdbc.sql("rollback to savepoint lease_claim").update();
    }

    /**
     * One reclaim batch in one statement: up to {@code batchSize} leases past their end become EXPIRED (free
     * since they ended), each with one history row. {@code SKIP LOCKED} keeps concurrent reclaimers apart.
     */
    int reclaim(int batchSize, Instant now) {
        return jdbc.sql(LeaseSql.RECLAIM)
                .param("now", time(now))
                .param("batchSize", batchSize)
                .query(Integer.class)
                .single();
    }
}
