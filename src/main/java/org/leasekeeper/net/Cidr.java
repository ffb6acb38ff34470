package org.leasekeeper.net;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An IPv4 network in CIDR notation ({@code 192.0.2.0/24}). The address must be the network address: host
 * bits set ({@code 192.0.2.7/24}) are refused rather than silently masked.
 */
public record Cidr(Ipv4Address network, int prefixLength) {

    public Cidr {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length must be 0 to 32, not " + prefixLength);
        }
        if ((network.bits() & ~mask(prefixLength)) != 0) {
            throw new IllegalArgumentException("host bits set in " + network + "/" + prefixLength);
        }
    }

    @JsonCreator
    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a CIDR (address/prefix): " + text);
        }
        String prefix = text.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 2 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a CIDR (address/prefix): " + text);
        }
        return new Cidr(Ipv4Address.parse(text.substring(0, slash)), Integer.parseInt(prefix));
    }

    private static int mask(int prefixLength) {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }

    public Ipv4Address netmask() {
        return new Ipv4Address(mask(prefixLength));
    }

    public Ipv4Address broadcast() {
        return new Ipv4Address(network.bits() | ~mask(prefixLength));
    }

    public long size() {
        return 1L << (32 - prefixLength);
    }

    public boolean contains(Ipv4Address address) {
        return (address.bits() & mask(prefixLength)) == network.bits();
    }

    public boolean contains(AddressRange range) {
        return contains(range.first()) && contains(range.last());
    }

    /** True for addresses that may be leased: inside the network, and neither its network nor broadcast address (except in /31 and /32). */
    public boolean isAssignable(Ipv4Address address) {
        if (!contains(address)) {
            return false;
        }
        return prefixLength >= 31 || (!address.equals(network) && !address.equals(broadcast()));
    }

    @JsonValue
    @Override
    public String toString() {
        return network + "/" + prefixLength;
    }
}
