package org.leasekeeper.dhcp.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

/**
 * A DHCP message (RFC 2131 §2, figure 1): the fixed BOOTP header and the options.
 *
 * <p>{@code chaddr} always has 16 octets, {@code sname} 64 and {@code file} 128, exactly as on the wire.
 * When a received message used option overload (52), the decoder moved the options found in {@code sname}
 * and {@code file} into {@link #options()} and these fields read as all zeros. Array components are copied
 * in and out; equality compares their contents.
 *
 * @param xid   transaction id, any 32 bits
 * @param secs  0 to 65535
 * @param flags 16 bits; only the broadcast bit (0x8000) is defined (RFC 2131 §2, figure 2)
 */
public record DhcpMessage(
        BootpOp op,
        int htype,
        int hlen,
        int hops,
        int xid,
        int secs,
        int flags,
        Ipv4Address ciaddr,
        Ipv4Address yiaddr,
        Ipv4Address siaddr,
        Ipv4Address giaddr,
        byte[] chaddr,
        byte[] sname,
        byte[] file,
        DhcpOptions options) {

    public static final int BROADCAST_FLAG = 0x8000;
    /** RFC 1700 hardware type for Ethernet. */
    public static final int HTYPE_ETHERNET = 1;
    public static final int CHADDR_LENGTH = 16;
    public static final int SNAME_LENGTH = 64;
    public static final int FILE_LENGTH = 128;

    public DhcpMessage {
        requireOctet("htype", htype);
        requireOctet("hops", hops);
        if (hlen < 0 || hlen > CHADDR_LENGTH) {
            throw new IllegalArgumentException("hlen is 0 to 16, not " + hlen);
        }
        if (secs < 0 || secs > 0xffff || flags < 0 || flags > 0xffff) {
            throw new IllegalArgumentException("secs and flags are 16 bits");
        }
        chaddr = exactly("chaddr", chaddr, CHADDR_LENGTH);
        sname = exactly("sname", sname, SNAME_LENGTH);
        file = exactly("file", file, FILE_LENGTH);
    }

    public static DhcpMessageBuilder builder() {
        return new DhcpMessageBuilder();
    }

    public DhcpMessageBuilder toBuilder() {
        return new DhcpMessageBuilder(this);
    }

    public boolean broadcast() {
        return (flags & BROADCAST_FLAG) != 0;
    }

    /** The Ethernet address in chaddr when {@code htype} is 1 and {@code hlen} is 6. */
    public Optional<MacAddress> macAddress() {
        return htype == HTYPE_ETHERNET && hlen == MacAddress.LENGTH
                ? Optional.of(MacAddress.of(Arrays.copyOf(chaddr, MacAddress.LENGTH)))
                : Optional.empty();
    }

    /** The message type (option 53), if present and known. */
    public Optional<DhcpMessageType> messageType() {
        return options.messageType();
    }

    @Override
    public byte[] chaddr() {
        return chaddr.clone();
    }

    @Override
    public byte[] sname() {
        return sname.clone();
    }

    @Override
    public byte[] file() {
        return file.clone();
    }

    /** {@code sname} up to its first NUL. */
    public String serverName() {
        return nulTerminated(sname);
    }

    /** {@code file} up to its first NUL. */
    public String bootFileName() {
        return nulTerminated(file);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DhcpMessage m && op == m.op && htype == m.htype && hlen == m.hlen && hops == m.hops
                && xid == m.xid && secs == m.secs && flags == m.flags && ciaddr.equals(m.ciaddr)
                && yiaddr.equals(m.yiaddr) && siaddr.equals(m.siaddr) && giaddr.equals(m.giaddr)
                && Arrays.equals(chaddr, m.chaddr) && Arrays.equals(sname, m.sname) && Arrays.equals(file, m.file)
                && options.equals(m.options);
    }

    @Override
    public int hashCode() {
        int hash = java.util.Objects.hash(op, htype, hlen, hops, xid, secs, flags, ciaddr, yiaddr, siaddr, giaddr,
                options);
        return 31 * (31 * (31 * hash + Arrays.hashCode(chaddr)) + Arrays.hashCode(sname)) + Arrays.hashCode(file);
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return "DhcpMessage[" + op + " htype=" + htype + " hlen=" + hlen + " hops=" + hops
                + " xid=" + Integer.toHexString(xid) + " secs=" + secs + " flags=" + Integer.toHexString(flags)
                + " ciaddr=" + ciaddr + " yiaddr=" + yiaddr + " siaddr=" + siaddr + " giaddr=" + giaddr
                + " chaddr=" + hex.formatHex(chaddr, 0, Math.max(hlen, 1)) + " sname=" + serverName()
                + " file=" + bootFileName() + " options=" + options + "]";
    }

    private static String nulTerminated(byte[] field) {
        int end = 0;
        while (end < field.length && field[end] != 0) {
            end++;
        }
        return new String(field, 0, end, StandardCharsets.ISO_8859_1);
    }

    private static void requireOctet(String name, int value) {
        if (value < 0 || value > 0xff) {
            throw new IllegalArgumentException(name + " is one octet, not " + value);
        }
    }

    private static byte[] exactly(String name, byte[] value, int length) {
        if (value.length != length) {
            throw new IllegalArgumentException(name + " has " + length + " octets, not " + value.length);
        }
        return value.clone();
    }
}
