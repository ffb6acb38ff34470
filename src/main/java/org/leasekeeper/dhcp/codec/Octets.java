package org.leasekeeper.dhcp.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.leasekeeper.net.Ipv4Address;

/** Network-order reading and writing of the small values options carry. Callers check lengths first. */
final class Octets {

    private Octets() {
    }

    static int u8(byte[] data, int offset) {
        return data[offset] & 0xff;
    }

    static int u16(byte[] data, int offset) {
        return ((data[offset] & 0xff) << 8) | (data[offset + 1] & 0xff);
    }

    static int s32(byte[] data, int offset) {
        return ((data[offset] & 0xff) << 24) | ((data[offset + 1] & 0xff) << 16) | ((data[offset + 2] & 0xff) << 8)
                | (data[offset + 3] & 0xff);
    }

    static long u32(byte[] data, int offset) {
        return Integer.toUnsignedLong(s32(data, offset));
    }

    static Ipv4Address address(byte[] data, int offset) {
        return new Ipv4Address(s32(data, offset));
    }

    static List<Ipv4Address> addresses(byte[] data) {
        List<Ipv4Address> list = new ArrayList<>(data.length / 4);
        for (int i = 0; i + 4 <= data.length; i += 4) {
            list.add(address(data, i));
        }
        return List.copyOf(list);
    }

    static byte[] ofU16(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }

    static byte[] ofU32(long value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    static void putU16(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 8);
        target[offset + 1] = (byte) value;
    }

    static void putS32(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }

    static byte[] ofAddresses(List<Ipv4Address> addresses) {
        byte[] data = new byte[addresses.size() * 4];
        for (int i = 0; i < addresses.size(); i++) {
            putS32(data, i * 4, addresses.get(i).bits());
        }
        return data;
    }

    /** Option text (NVT ASCII, RFC 2132 §2): decoded byte for byte, trailing NULs some clients add dropped. */
    static String text(byte[] data) {
        int end = data.length;
        while (end > 0 && data[end - 1] == 0) {
            end--;
        }
        return new String(data, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** Encodes option text; only ASCII is accepted so that {@link #text} gives the same string back. */
    static byte[] ofText(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c > 0x7f) {
                throw new IllegalArgumentException(what + " must be non-empty ASCII without NUL: " + text);
            }
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
