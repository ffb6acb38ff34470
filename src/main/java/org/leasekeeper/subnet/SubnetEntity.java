package org.leasekeeper.subnet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code subnet}. Its pools are {@link PoolEntity} rows, kept apart so replacing them is explicit SQL. */
@Entity
@Table(name = "subnet")
class SubnetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable String name;

    @Column(columnDefinition = "cidr", nullable = false)
    @ColumnTransformer(write = "cast(? as cidr)")
    private String cidr = "";

    @Column(name = "lease_time_seconds")
    private int leaseTimeSeconds;

    @Column(name = "renew_time_seconds")
    private int renewTimeSeconds;

    @Column(name = "rebind_time_seconds")
    private int rebindTimeSeconds;

    @Column(columnDefinition = "inet[]", nullable = false)
    @ColumnTransformer(read = "cast(routers as text[])", write = "cast(? as inet[])")
    private String[] routers = {};

    @Column(name = "dns_servers", columnDefinition = "inet[]", nullable = false)
    @ColumnTransformer(read = "cast(dns_servers as text[])", write = "cast(? as inet[])")
    private String[] dnsServers = {};

    @Column(name = "domain_name")
    private @Nullable String domainName;

    @Column(name = "relay_addresses", columnDefinition = "inet[]", nullable = false)
    @ColumnTransformer(read = "cast(relay_addresses as text[])", write = "cast(? as inet[])")
    private String[] relayAddresses = {};

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected SubnetEntity() {
    }

    SubnetEntity(SubnetDefinition definition, Instant now) {
        this.createdAt = now;
        redefine(definition, now);
    }

    /** Takes every field of a validated definition (its times already resolved). */
    final void redefine(SubnetDefinition definition, Instant now) {
        this.name = definition.name();
        this.cidr = definition.cidr().toString();
        this.leaseTimeSeconds = seconds(definition.leaseTime());
        this.renewTimeSeconds = seconds(definition.renewTime());
        this.rebindTimeSeconds = seconds(definition.rebindTime());
        this.routers = Inet.format(definition.routers());
        this.dnsServers = Inet.format(definition.dnsServers());
        this.domainName = definition.domainName();
        this.relayAddresses = Inet.format(definition.relayAddresses());
        this.updatedAt = now;
    }

    private static int seconds(@Nullable Duration duration) {
        if (duration == null) {
            throw new IllegalArgumentException("times must be resolved before they are stored");
        }
        return Math.toIntExact(duration.toSeconds());
    }

    boolean isNew() {
        return id == null;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("subnet not saved yet");
        }
        return id;
    }

    Cidr cidr() {
        return Cidr.parse(cidr);
    }

    Subnet toSubnet(List<AddressRange> pools) {
        return new Subnet(id(), name, cidr(), pools, Inet.parseAll(routers), Inet.parseAll(dnsServers),
                domainName, Duration.ofSeconds(leaseTimeSeconds), Duration.ofSeconds(renewTimeSeconds),
                Duration.ofSeconds(rebindTimeSeconds), Inet.parseAll(relayAddresses));
    }
}
