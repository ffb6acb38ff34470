package org.leasekeeper.net;

import java.util.HexFormat;

/** Colon-separated hex, the text form of hardware addresses and client identifiers. */
final class HexBytes {

    private static final HexFormat COLON = HexFormat.ofDelimiter(":");

    private HexBytes() {
    }

    static String format(byte[] bytes) {
        return COLON.formatHex(bytes);
    }

    /** Accepts {@code :} or {@code -} separators (or none), either case. */
    static byte[] parse(String text, String what) {
        String normalized = text.trim().replace('-', ':').toLowerCase(java.util.Locale.ROOT);
        try {
            if (normalized.indexOf(':') >= 0) {
                String[] parts = normalized.split(":", -1);
                byte[] bytes = new byte[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i].length() != 2) {
                        throw new IllegalArgumentException();
                    }
                    bytes[i] = (byte) HexFormat.fromHexDigits(parts[i]);
                }
                return bytes;
            }
            if (normalized.isEmpty() || normalized.length() % 2 != 0) {
                throw new IllegalArgumentException();
            }
            return HexFormat.of().parseHex(normalized);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a " + what + ": " + text);
        }
    }
}
