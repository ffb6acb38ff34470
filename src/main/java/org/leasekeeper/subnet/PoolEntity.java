package org.leasekeeper.subnet;

import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.AddressRange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code pool}: one inclusive address range of a subnet. Immutable: replacing a subnet replaces its pools. */
@Entity
@Table(name = "pool")
class PoolEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "subnet_id", nullable = false)
    private long subnetId;

    @Column(name = "first_address", columnDefinition = "inet", nullable = false)
    @ColumnTransformer(read = "host(first_address)", write = "cast(? as inet)")
    private String firstAddress = "";

    @Column(name = "last_address", columnDefinition = "inet", nullable = false)
    @ColumnTransformer(read = "host(last_address)", write = "cast(? as inet)")
    private String lastAddress = "";

    protected PoolEntity() {
    }

    PoolEntity(long subnetId, AddressRange range) {
        this.subnetId = subnetId;
        this.firstAddress = range.first().toString();
        this.lastAddress = range.last().toString();
    }

    long subnetId() {
        return subnetId;
    }

    AddressRange toRange() {
        return new AddressRange(Inet.parse(firstAddress), Inet.parse(lastAddress));
    }
}
