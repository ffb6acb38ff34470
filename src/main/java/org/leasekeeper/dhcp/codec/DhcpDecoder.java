package org.leasekeeper.dhcp.codec;

import static org.leasekeeper.dhcp.codec.BootpLayout.*;

import java.util.Arrays;
import java.util.Objects;

/**
 * Decodes a UDP payload into a {@link DhcpMessage} (RFC 2131 §2 and §3, RFC 2132, RFC 3396). Every length
 * is checked before it is read; any input that is not a well-formed DHCP message raises
 * {@link MalformedPacketException} with the offset of the offending field or option (its code octet) and
 * nothing else. Stateless and thread-safe.
 */
public final class DhcpDecoder {

    public DhcpMessage decode(byte[] datagram) throws MalformedPacketException {
        return decode(datagram, 0, datagram.length);
    }

    /**
     * Decodes {@code length} octets from {@code offset} (e.g. of a {@code DatagramPacket}); offsets in errors
     * are relative to {@code offset}. A slice outside {@code buffer} is a caller's bug and raises
     * {@link IndexOutOfBoundsException}; it says nothing about the datagram.
     */
    public DhcpMessage decode(byte[] buffer, int offset, int length) throws MalformedPacketException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        byte[] p = Arrays.copyOfRange(buffer, offset, offset + length);
        checkHeader(p);
        OptionAccumulator options = new OptionAccumulator();
        if (!options.read(p, OPTIONS, p.length, "options", true)) {
            throw new MalformedPacketException(p.length, "options field ends without End option (RFC 2132 §3.2)");
        }
        int overload = readOverloadedFields(p, options);
        byte[] file = (overload & 1) != 0 ? new byte[DhcpMessage.FILE_LENGTH] : Arrays.copyOfRange(p, FILE, COOKIE);
        byte[] sname = (overload & 2) != 0 ? new byte[DhcpMessage.SNAME_LENGTH] : Arrays.copyOfRange(p, SNAME, FILE);
        return new DhcpMessage(
                Objects.requireNonNull(BootpOp.ofCode(Octets.u8(p, OP))),
                Octets.u8(p, HTYPE),
                Octets.u8(p, HLEN),
                Octets.u8(p, HOPS),
                Octets.s32(p, XID),
                Octets.u16(p, SECS),
                Octets.u16(p, FLAGS),
                Octets.address(p, CIADDR),
                Octets.address(p, YIADDR),
                Octets.address(p, SIADDR),
                Octets.address(p, GIADDR),
                Arrays.copyOfRange(p, CHADDR, SNAME),
                sname,
                file,
                options.toOptions());
    }

    private static void checkHeader(byte[] p) throws MalformedPacketException {
        if (p.length > MAX_UDP_PAYLOAD) {
            throw new MalformedPacketException(MAX_UDP_PAYLOAD, "longer than the largest UDP payload, "
                    + MAX_UDP_PAYLOAD + " octets (RFC 768, RFC 791)");
        }
        if (p.length < BOOTP_HEADER_LENGTH) {
            throw new MalformedPacketException(p.length, "truncated: the BOOTP header has 236 octets (RFC 951 §3), "
                    + "this datagram " + p.length);
        }
        if (p.length < OPTIONS) {
            throw new MalformedPacketException(p.length, "truncated: no room for the 4-octet magic cookie "
                    + "(RFC 2131 §3)");
        }
        if (BootpOp.ofCode(Octets.u8(p, OP)) == null) {
            throw new MalformedPacketException(OP, "op must be 1 (BOOTREQUEST) or 2 (BOOTREPLY), not "
                    + Octets.u8(p, OP));
        }
        if (Octets.u8(p, HLEN) > DhcpMessage.CHADDR_LENGTH) {
            throw new MalformedPacketException(HLEN, "hlen " + Octets.u8(p, HLEN)
                    + " exceeds the 16-octet chaddr field (RFC 2131 §2)");
        }
        if (Octets.s32(p, COOKIE) != MAGIC_COOKIE) {
            throw new MalformedPacketException(COOKIE, "magic cookie is not 99.130.83.99 (RFC 2131 §3)");
        }
    }

    /** Reads options from file and sname as option 52 says (RFC 2132 §9.3); returns its value or 0. */
    private static int readOverloadedFields(byte[] p, OptionAccumulator options) throws MalformedPacketException {
        int code = DhcpOptionCode.OPTION_OVERLOAD;
        if (!options.contains(code)) {
            return 0;
        }
        byte[] value = options.value(code);
        String problem = OptionFormats.problem(code, value);
        if (problem != null) {
            throw new MalformedPacketException(options.offset(code), problem);
        }
        int overload = value[0];
        if ((overload & 1) != 0 && !options.read(p, FILE, COOKIE, "file", false)) {
            throw new MalformedPacketException(COOKIE, "overloaded file field ends without End option "
                    + "(RFC 2131 §4.1)");
        }
        if ((overload & 2) != 0 && !options.read(p, SNAME, FILE, "sname", false)) {
            throw new MalformedPacketException(FILE, "overloaded sname field ends without End option "
                    + "(RFC 2131 §4.1)");
        }
        return overload;
    }
}
