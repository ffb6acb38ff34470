package org.leasekeeper.net;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * A DHCP client identifier: the bytes of option 61 (RFC 2132 §9.14), usually a type byte followed by a
 * hardware address or a DUID (RFC 4361). Printed as lower-case colon-separated hex.
 */
public final class ClientId {

    /** RFC 2132 §9.14: the option carries at least two bytes; an option is at most 255 bytes long. */
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 255;

    private final byte[] bytes;

    private ClientId(byte[] bytes) {
        this.bytes = bytes;
    }

    public static ClientId of(byte[] bytes) {
        if (bytes.length < MIN_LENGTH || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a client identifier has 2 to 255 bytes, not " + bytes.length);
        }
        return new ClientId(bytes.clone());
    }

    @JsonCreator
    public static ClientId parse(String text) {
        byte[] bytes = HexBytes.parse(text, "client identifier");
        if (bytes.length < MIN_LENGTH || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("not a client identifier: " + text);
        }
        return new ClientId(bytes);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientId id && Arrays.equals(bytes, id.bytes);
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
