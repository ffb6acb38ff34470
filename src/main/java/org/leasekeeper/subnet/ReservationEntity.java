package org.leasekeeper.subnet;

import java.time.Instant;

import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code reservation}: an address kept for one client. */
@Entity
@Table(name = "reservation")
class ReservationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "subnet_id", nullable = false)
    private long subnetId;

    @Column(name = "ip_address", columnDefinition = "inet", nullable = false)
    @ColumnTransformer(read = "host(ip_address)", write = "cast(? as inet)")
    private String ipAddress = "";

    @Column(name = "hw_address", columnDefinition = "macaddr")
    @ColumnTransformer(write = "cast(? as macaddr)")
    private @Nullable String hwAddress;

    @Column(name = "client_id")
    private byte @Nullable [] clientId;

    private @Nullable String hostname;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ReservationEntity() {
    }

    ReservationEntity(long subnetId, ClientIdentity client, Ipv4Address address, @Nullable String hostname,
            Instant now) {
        this.subnetId = subnetId;
        this.ipAddress = address.toString();
        this.hwAddress = client.hwAddress() == null ? null : client.hwAddress().toString();
        this.clientId = client.clientId() == null ? null : client.clientId().toBytes();
        this.hostname = hostname;
        this.createdAt = now;
    }

    Reservation toReservation() {
        if (id == null) {
            throw new IllegalStateException("reservation not saved yet");
        }
        return new Reservation(id, subnetId, Inet.parse(ipAddress), hwAddress == null ? null : MacAddress.parse(hwAddress),
                clientId == null ? null : ClientId.of(clientId), hostname);
    }
}
