package org.leasekeeper.dhcp.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Option 81, client FQDN (RFC 4702 §2): flags, the two deprecated RCODE octets and a domain name, encoded as
 * DNS wire-format labels when the E flag is set (§2.3.1, no compression) and as ASCII otherwise (§2.3.2).
 *
 * <p>{@link #name()} is the name as text: labels joined by dots, with a trailing dot when the wire form ends
 * in the root label (a fully qualified name) and without one for a partial name such as {@code "laptop"}.
 *
 * @param flags bits S (0x01), O (0x02), E (0x04), N (0x08); the others must be zero (RFC 4702 §2.1)
 */
public record ClientFqdn(int flags, int rcode1, int rcode2, String name) {

    public static final int FLAG_S = 0x01;
    public static final int FLAG_O = 0x02;
    public static final int FLAG_E = 0x04;
    public static final int FLAG_N = 0x08;
    /** RFC 1035 §2.3.4: labels are 63 octets or less. */
    static final int MAX_LABEL_LENGTH = 63;

    public ClientFqdn {
        if (flags < 0 || flags > 0xff || rcode1 < 0 || rcode1 > 0xff || rcode2 < 0 || rcode2 > 0xff) {
            throw new IllegalArgumentException("client FQDN flags and rcodes are single octets");
        }
        encodeName(flags, name);
    }

    /** A name in canonical wire encoding with the given flags (E is added). RCODEs are 0 (RFC 4702 §2.2). */
    public static ClientFqdn wire(int flags, String name) {
        return new ClientFqdn(flags | FLAG_E, 0, 0, name);
    }

    public boolean serverUpdates() {
        return (flags & FLAG_S) != 0;
    }

    public boolean wireEncoded() {
        return (flags & FLAG_E) != 0;
    }

    public boolean noServerUpdates() {
        return (flags & FLAG_N) != 0;
    }

    /** The name without a trailing dot, e.g. for storing as a lease's hostname. */
    public String nameWithoutRoot() {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    byte[] toBytes() {
        byte[] encodedName = encodeName(flags, name);
        byte[] data = new byte[3 + encodedName.length];
        data[0] = (byte) flags;
        data[1] = (byte) rcode1;
        data[2] = (byte) rcode2;
        System.arraycopy(encodedName, 0, data, 3, encodedName.length);
        return data;
    }

    /** Reads a value that passed {@link #problem}. */
    static ClientFqdn of(byte[] data) {
        int flags = data[0] & 0xff;
        String name = (flags & FLAG_E) != 0 ? wireName(data) : new String(data, 3, data.length - 3,
                StandardCharsets.ISO_8859_1);
        return new ClientFqdn(flags, data[1] & 0xff, data[2] & 0xff, name);
    }

    static @Nullable String problem(byte[] data) {
        if (data.length < 3) {
            return "client FQDN needs flags and two rcode octets (RFC 4702 §2)";
        }
        if ((data[0] & FLAG_E) == 0) {
            return null;
        }
        int pos = 3;
        while (pos < data.length) {
            int length = data[pos] & 0xff;
            if (length == 0) {
                return pos == data.length - 1 ? null : "client FQDN has octets after the root label";
            }
            if (length > MAX_LABEL_LENGTH) {
                return "client FQDN label longer than 63 octets or compressed (RFC 4702 §2.3.1)";
            }
            if (pos + 1 + length > data.length) {
                return "client FQDN label runs past the end of the option";
            }
            for (int i = pos + 1; i <= pos + length; i++) {
                if (data[i] == '.') {
                    return "client FQDN label contains a dot, which has no text form";
                }
            }
            pos += 1 + length;
        }
        return null;
    }

    private static String wireName(byte[] data) {
        StringBuilder name = new StringBuilder();
        int pos = 3;
        while (pos < data.length) {
            int length = data[pos] & 0xff;
            if (length == 0) {
                name.append('.');
                break;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(new String(data, pos + 1, length, StandardCharsets.ISO_8859_1));
            pos += 1 + length;
        }
        return name.toString();
    }

    private static byte[] encodeName(int flags, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0xff) {
                throw new IllegalArgumentException("client FQDN must be ASCII: " + name);
            }
        }
        if ((flags & FLAG_E) == 0) {
            return name.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (name.equals(".")) {
            out.write(0);
            return out.toByteArray();
        }
        boolean qualified = name.endsWith(".");
        String labels = qualified ? name.substring(0, name.length() - 1) : name;
        if (!labels.isEmpty()) {
            for (String label : labels.split("\\.", -1)) {
                byte[] bytes = label.getBytes(StandardCharsets.ISO_8859_1);
                if (bytes.length == 0 || bytes.length > MAX_LABEL_LENGTH) {
                    throw new IllegalArgumentException("client FQDN labels have 1 to 63 octets: " + name);
                }
                out.write(bytes.length);
                out.writeBytes(bytes);
            }
        }
        if (qualified) {
            out.write(0);
        }
        return out.toByteArray();
    }
}
