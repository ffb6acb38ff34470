package org.leasekeeper.net;

/** An inclusive range of IPv4 addresses, such as a pool {@code 192.0.2.100 - 192.0.2.199}. */
public record AddressRange(Ipv4Address first, Ipv4Address last) {

    public AddressRange {
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("range starts after it ends: " + first + " - " + last);
        }
    }

    public long size() {
        return last.toLong() - first.toLong() + 1;
    }

    public boolean contains(Ipv4Address address) {
        return first.compareTo(address) <= 0 && address.compareTo(last) <= 0;
    }

    public boolean overlaps(AddressRange other) {
        return first.compareTo(other.last) <= 0 && other.first.compareTo(last) <= 0;
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
