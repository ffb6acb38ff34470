package org.leasekeeper.dhcp.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Option 82, relay agent information (RFC 3046): the octets exactly as the relay sent them, which a server
 * echoes verbatim (§2.2), and the sub-options read from them, e.g. circuit-id (1) and remote-id (2).
 */
public final class RelayAgentInformation {

    public static final int CIRCUIT_ID = 1;
    public static final int REMOTE_ID = 2;

    /** One sub-option: a code, a length octet and that many octets (RFC 3046 §2.0). */
    public record SubOption(int code, byte[] data) {

        public SubOption {
            if (code < 0 || code > 0xff || data.length > 0xff) {
                throw new IllegalArgumentException("sub-option code and length are single octets");
            }
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SubOption that && code == that.code && Arrays.equals(data, that.data);
        }

        @Override
        public int hashCode() {
            return 31 * code + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return code + "=" + HexFormat.of().formatHex(data);
        }
    }

    private final byte[] raw;
    private final List<SubOption> subOptions;

    private RelayAgentInformation(byte[] raw) {
        this.raw = raw;
        List<SubOption> list = new ArrayList<>();
        for (int pos = 0; pos < raw.length; pos += 2 + (raw[pos + 1] & 0xff)) {
            list.add(new SubOption(raw[pos] & 0xff, Arrays.copyOfRange(raw, pos + 2, pos + 2 + (raw[pos + 1] & 0xff))));
        }
        this.subOptions = List.copyOf(list);
    }

    /** Reads the option's octets; throws {@link IllegalArgumentException} when the sub-options do not fit. */
    public static RelayAgentInformation of(byte[] raw) {
        String problem = problem(raw);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new RelayAgentInformation(raw.clone());
    }

    public static RelayAgentInformation of(List<SubOption> subOptions) {
        int size = subOptions.stream().mapToInt(s -> 2 + s.data.length).sum();
        byte[] raw = new byte[size];
        int pos = 0;
        for (SubOption sub : subOptions) {
            raw[pos] = (byte) sub.code;
            raw[pos + 1] = (byte) sub.data.length;
            System.arraycopy(sub.data, 0, raw, pos + 2, sub.data.length);
            pos += 2 + sub.data.length;
        }
        return of(raw);
    }

    static @Nullable String problem(byte[] raw) {
        if (raw.length < 2) {
            return "relay agent information needs at least one sub-option (RFC 3046 §2.0)";
        }
        int pos = 0;
        while (pos < raw.length) {
            if (pos + 2 > raw.length || pos + 2 + (raw[pos + 1] & 0xff) > raw.length) {
                return "relay agent sub-option at " + pos + " runs past the end of option 82";
            }
            pos += 2 + (raw[pos + 1] & 0xff);
        }
        return null;
    }

    /** The option's octets, unchanged. */
    public byte[] toBytes() {
        return raw.clone();
    }

    public List<SubOption> subOptions() {
        return subOptions;
    }

    public Optional<SubOption> subOption(int code) {
        return subOptions.stream().filter(s -> s.code == code).findFirst();
    }

    public Optional<byte[]> circuitId() {
        return subOption(CIRCUIT_ID).map(SubOption::data);
    }

    public Optional<byte[]> remoteId() {
        return subOption(REMOTE_ID).map(SubOption::data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RelayAgentInformation that && Arrays.equals(raw, that.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "RelayAgentInformation" + subOptions;
    }
}
