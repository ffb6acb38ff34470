package org.leasekeeper.lease;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.MacAddress;
import org.springframework.jdbc.core.SqlParameterValue;

/** Typed JDBC parameters, so that nulls reach PostgreSQL with a type. Addresses go as text and are cast in SQL. */
final class SqlValues {

    private SqlValues() {
    }

    static SqlParameterValue time(@Nullable Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
                instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static SqlParameterValue text(@Nullable Object value) {
        return new SqlParameterValue(Types.VARCHAR, value == null ? null : value.toString());
    }

    static SqlParameterValue mac(@Nullable MacAddress mac) {
        return text(mac);
    }

    static SqlParameterValue bytes(@Nullable ClientId clientId) {
        return new SqlParameterValue(Types.BINARY, clientId == null ? null : clientId.toBytes());
    }
}
