package org.leasekeeper.lease;

import static org.leasekeeper.lease.SqlValues.bytes;
import static org.leasekeeper.lease.SqlValues.mac;
import static org.leasekeeper.lease.SqlValues.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only lease SQL: lookups, the filtered list, history and utilisation. */
@Repository
class LeaseQueries {

    private final JdbcClient jdbc;

    LeaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Lease> find(Ipv4Address address) {
        return jdbc.sql("select " + LeaseRow.COLUMNS + " from lease l where l.ip_address = cast(:ip as inet) "
                        + "and l.state is not null")
                .param("ip", address.toString())
                .query(LeaseRow::map)
                .optional()
                .map(LeaseRow::toLease);
    }

    Optional<Lease> findLatestForClient(long subnetId, ClientIdentity client) {
        return jdbc.sql("select " + LeaseRow.COLUMNS + " from lease l where l.subnet_id = :subnet "
                        + "and l.client_key = :key and l.state is not null order by l.updated_at desc limit 1")
                .param("subnet", subnetId)
                .param("key", client.key())
                .query(LeaseRow::map)
                .optional()
                .map(LeaseRow::toLease);
    }

    List<Lease> list(LeaseQuery query) {
        StringBuilder sql = new StringBuilder("select " + LeaseRow.COLUMNS + " from lease l where l.state is not null");
        List<Object> params = new ArrayList<>();
        if (query.subnetId() != null) {
            sql.append(" and l.subnet_id = ?");
            params.add(query.subnetId());
        }
        if (query.state() != null) {
            sql.append(" and l.state = ?");
            params.add(query.state().name());
        }
        if (query.hwAddress() != null) {
            sql.append(" and l.hw_address = cast(? as macaddr)");
            params.add(mac(query.hwAddress()));
        }
        if (query.clientId() != null) {
            sql.append(" and l.client_id = cast(? as bytea)");
            params.add(bytes(query.clientId()));
        }
        if (query.hostname() != null) {
            sql.append(" and lower(l.hostname) = lower(?)");
            params.add(text(query.hostname()));
        }
        if (query.after() != null) {
            sql.append(" and l.ip_address > cast(? as inet)");
            params.add(query.after().toString());
        }
        sql.append(" order by l.ip_address limit ?");
        params.add(query.limit());
        return jdbc.sql(sql.toString()).params(params).query(LeaseRow::map).list()
                .stream().map(LeaseRow::toLease).toList();
    }

    List<LeaseHistoryEntry> history(Ipv4Address address) {
        return jdbc.sql("select at, event, hw_address::text as hw_address, client_id, source from lease_history "
                        + "where ip_address = cast(:ip as inet) order by at desc, id desc")
                .param("ip", address.toString())
                .query((rs, n) -> {
                    String hw = rs.getString("hw_address");
                    byte[] clientId = rs.getBytes("client_id");
                    return new LeaseHistoryEntry(rs.getObject("at", OffsetDateTime.class).toInstant(),
                            LeaseEvent.valueOf(rs.getString("event")), hw == null ? null : MacAddress.parse(hw),
                            clientId == null ? null : ClientId.of(clientId), Source.valueOf(rs.getString("source")));
                })
                .list();
    }

    private static final String UTILIZATION = "select subnet_id, total, free, offered, bound, declined "
            + "from pool_utilization";

    Optional<Utilization> utilization(long subnetId) {
        return jdbc.sql(UTILIZATION + " where subnet_id = :subnet")
                .param("subnet", subnetId)
                .query(LeaseQueries::utilization)
                .optional();
    }

    List<Utilization> utilizations() {
        return jdbc.sql(UTILIZATION + " order by subnet_id").query(LeaseQueries::utilization).list();
    }

    private static Utilization utilization(ResultSet rs, int row) throws SQLException {
        return new Utilization(rs.getLong("subnet_id"), rs.getLong("total"), rs.getLong("free"),
                rs.getLong("offered"), rs.getLong("bound"), rs.getLong("declined"));
    }
}
