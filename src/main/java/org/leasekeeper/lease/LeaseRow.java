package org.leasekeeper.lease;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

/**
 * One row of table {@code lease}: an address and its latest lease ({@code state} null: never leased). Changes
 * are made by building the next row with the methods below and writing it with {@link LeaseStore#write}.
 */
record LeaseRow(
        Ipv4Address ip,
        long subnetId,
        boolean inPool,
        boolean reserved,
        @Nullable LeaseState state,
        @Nullable MacAddress hwAddress,
        @Nullable ClientId clientId,
        @Nullable String clientKey,
        @Nullable String hostname,
        @Nullable Instant startedAt,
        @Nullable Instant expiresAt,
        @Nullable Instant freeSince,
        Instant updatedAt) {

    /** The columns every query selects, from table alias {@code l}, in the order {@link #map} reads them. */
    static final String COLUMNS = "host(l.ip_address) as ip, l.subnet_id, l.in_pool, l.reserved, l.state, "
            + "l.hw_address::text as hw_address, l.client_id, l.client_key, l.hostname, l.started_at, l.expires_at, "
            + "l.free_since, l.updated_at";

    static LeaseRow map(ResultSet rs, int rowNum) throws SQLException {
        String state = rs.getString("state");
        String hw = rs.getString("hw_address");
        byte[] clientId = rs.getBytes("client_id");
        return new LeaseRow(Ipv4Address.parse(rs.getString("ip")), rs.getLong("subnet_id"), rs.getBoolean("in_pool"),
                rs.getBoolean("reserved"), state == null ? null : LeaseState.valueOf(state),
                hw == null ? null : MacAddress.parse(hw), clientId == null ? null : ClientId.of(clientId),
                rs.getString("client_key"), rs.getString("hostname"), instant(rs, "started_at"),
                instant(rs, "expires_at"), instant(rs, "free_since"), requireInstant(rs, "updated_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Instant requireInstant(ResultSet rs, String column) throws SQLException {
        Instant time = instant(rs, column);
        if (time == null) {
            throw new SQLException(column + " is null");
        }
        return time;
    }

    /** Never leased, RELEASED or EXPIRED: the address may be given to a new client. */
    boolean isFree() {
        return state == null || state == LeaseState.RELEASED || state == LeaseState.EXPIRED;
    }

    boolean isActive() {
        return state != null && state.isActive();
    }

    /** The client gives this lease's client identifier or hardware address (API contract). */
    boolean ownedBy(ClientIdentity client) {
        return state != null && client.matches(hwAddress, clientId);
    }

    /** This address leased to a (new) client: a new lease starts now. */
    LeaseRow assignedTo(ClientIdentity client, @Nullable String newHostname, LeaseState newState, Instant now,
            Instant expires) {
        return new LeaseRow(ip, subnetId, inPool, reserved, newState, client.hwAddress(), client.clientId(),
                client.key(), newHostname, now, expires, null, now);
    }

    /** The same client's lease in a new state; {@code freeSince} is set exactly when the new state is free. */
    LeaseRow moved(LeaseState newState, Instant expires, Instant now) {
        boolean free = newState == LeaseState.RELEASED || newState == LeaseState.EXPIRED;
        return new LeaseRow(ip, subnetId, inPool, reserved, newState, hwAddress, clientId, clientKey, hostname,
                startedAt, expires, free ? expires.isBefore(now) ? expires : now : null, now);
    }

    LeaseRow withHostname(@Nullable String newHostname) {
        return newHostname == null ? this : new LeaseRow(ip, subnetId, inPool, reserved, state, hwAddress, clientId,
                clientKey, newHostname, startedAt, expiresAt, freeSince, updatedAt);
    }

    LeaseRow startedAt(Instant started) {
        return new LeaseRow(ip, subnetId, inPool, reserved, state, hwAddress, clientId, clientKey, hostname, started,
                expiresAt, freeSince, updatedAt);
    }

    Instant expiresOr(Instant fallback) {
        return expiresAt == null ? fallback : expiresAt;
    }

    Lease toLease() {
        if (state == null || startedAt == null || expiresAt == null) {
            throw new IllegalStateException("address " + ip + " has never been leased");
        }
        return new Lease(ip, subnetId, state, hwAddress, clientId, hostname, startedAt, expiresAt, updatedAt);
    }
}
