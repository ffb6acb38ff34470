package org.leasekeeper.net;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * An Ethernet (EUI-48) hardware address. Printed as lower-case colon-separated hex
 * ({@code 52:54:00:12:34:56}); parsed from either case with {@code :} or {@code -} separators.
 */
public final class MacAddress {

    public static final int LENGTH = 6;

    private final byte[] bytes;

    private MacAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    public static MacAddress of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a hardware address has 6 bytes, not " + bytes.length);
        }
        return new MacAddress(bytes.clone());
    }

    @JsonCreator
    public static MacAddress parse(String text) {
        byte[] bytes = HexBytes.parse(text, "hardware address");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("not a hardware address: " + text);
        }
        return new MacAddress(bytes);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MacAddress mac && Arrays.equals(bytes, mac.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @JsonValue
    @Override
    public String toString() {
        return HexBytes.format(bytes);
    }
}
