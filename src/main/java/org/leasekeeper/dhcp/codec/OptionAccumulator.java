package org.leasekeeper.dhcp.codec;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects option instances while the decoder walks the options field, then {@code file}, then {@code sname}
 * (RFC 3396: that is the order of the aggregate option buffer) and concatenates repeated codes.
 */
final class OptionAccumulator {

    private final LinkedHashMap<Integer, ByteArrayOutputStream> values = new LinkedHashMap<>();
    private final Map<Integer, Integer> firstOffsets = new HashMap<>();

    /**
     * Reads options from {@code packet[start, end)} until End. Returns false when the field ends without
     * End. Throws when an option's length octet is missing or its data runs past {@code end}.
     */
    boolean read(byte[] packet, int start, int end, String field, boolean mayHoldOverload)
            throws MalformedPacketException {
        int pos = start;
        while (pos < end) {
            int code = packet[pos] & 0xff;
            if (code == DhcpOptionCode.PAD) {
                pos++;
                continue;
            }
            if (code == DhcpOptionCode.END) {
                return true;
            }
            if (pos + 1 >= end) {
                throw new MalformedPacketException(pos, "option " + code + " has no length octet before the end of the "
                        + field + " field");
            }
            int length = packet[pos + 1] & 0xff;
            if (pos + 2 + length > end) {
                throw new MalformedPacketException(pos, "option " + code + " of " + length
                        + " octets runs past the end of the " + field + " field");
            }
            if (code == DhcpOptionCode.OPTION_OVERLOAD && !mayHoldOverload) {
                throw new MalformedPacketException(pos, "option overload in the " + field
                        + " field; it belongs in the options field (RFC 2131 §4.1)");
            }
            values.computeIfAbsent(code, c -> new ByteArrayOutputStream()).write(packet, pos + 2, length);
            firstOffsets.putIfAbsent(code, pos);
            pos += 2 + length;
        }
        return false;
    }

    boolean contains(int code) {
        return values.containsKey(code);
    }

    byte[] value(int code) {
        return values.get(code).toByteArray();
    }

    int offset(int code) {
        return firstOffsets.get(code);
    }

    /** All options but overload, each checked against its format; the offset is the option's first instance. */
    DhcpOptions toOptions() throws MalformedPacketException {
        LinkedHashMap<Integer, byte[]> checked = new LinkedHashMap<>();
        for (Map.Entry<Integer, ByteArrayOutputStream> entry : values.entrySet()) {
            int code = entry.getKey();
            byte[] data = entry.getValue().toByteArray();
            String problem = OptionFormats.problem(code, data);
            if (problem != null) {
                throw new MalformedPacketException(firstOffsets.get(code), problem);
            }
            if (code != DhcpOptionCode.OPTION_OVERLOAD) {
                checked.put(code, data);
            }
        }
        return DhcpOptions.ofChecked(checked);
    }
}
