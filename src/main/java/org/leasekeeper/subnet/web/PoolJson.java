package org.leasekeeper.subnet.web;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Ipv4Address;

import jakarta.validation.constraints.NotNull;

/** A pool in requests and responses: {@code {"first": "192.0.2.100", "last": "192.0.2.199"}}, both inclusive. */
record PoolJson(@NotNull @Nullable Ipv4Address first, @NotNull @Nullable Ipv4Address last) {

    PoolJson {
        if (first != null && last != null && first.compareTo(last) > 0) {
            throw new IllegalArgumentException("the pool starts after it ends: " + first + " > " + last);
        }
    }

    static PoolJson of(AddressRange range) {
        return new PoolJson(range.first(), range.last());
    }

    /** Only after Bean Validation has checked both ends are present. */
    AddressRange toRange() {
        if (first == null || last == null) {
            throw new IllegalStateException("pool not validated");
        }
        return new AddressRange(first, last);
    }
}
