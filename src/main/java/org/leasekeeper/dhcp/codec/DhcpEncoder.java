package org.leasekeeper.dhcp.codec;

import static org.leasekeeper.dhcp.codec.BootpLayout.*;

import java.util.List;

/**
 * Encodes a {@link DhcpMessage} into a UDP payload, deterministically: the header as given, the magic
 * cookie, the options in the order an {@link OptionOrder} chooses (values over 255 octets split, RFC 3396),
 * End, then zero padding up to the 300-octet BOOTP minimum. When the options do not fit the receiver's
 * limit the encoder moves them into {@code file} and then {@code sname} with option overload (52), if those
 * fields are empty, and otherwise throws {@link MessageTooLarge}. Stateless and thread-safe.
 */
public final class DhcpEncoder {

    /** The payload limit for a reply to a client that did not send option 57: 576 - 28 = 548 octets. */
    public static final int DEFAULT_MAX_LENGTH = MIN_IP_DATAGRAM - IP_UDP_HEADERS;
    public static final int MAX_LENGTH = MAX_UDP_PAYLOAD;

    /** Canonical option order, no limit below the UDP maximum (for tests and tools). */
    public byte[] encode(DhcpMessage message) {
        return encode(message, OptionOrder.canonical(), MAX_LENGTH);
    }

    public byte[] encode(DhcpMessage message, OptionOrder order) {
        return encode(message, order, MAX_LENGTH);
    }

    /**
     * @param maxLength the largest payload the receiver accepts, 300 to 65507; see {@link #maxReplyLength}
     * @throws MessageTooLarge when the options do not fit even with overload
     */
    public byte[] encode(DhcpMessage message, OptionOrder order, int maxLength) {
        if (maxLength < BOOTP_MIN_MESSAGE_LENGTH || maxLength > MAX_UDP_PAYLOAD) {
            throw new IllegalArgumentException("maximum length is 300 to 65507 octets, not " + maxLength);
        }
        DhcpOptions options = message.options();
        List<Integer> codes = order.arrange(options.codes());
        if (codes.size() != options.size() || !codes.containsAll(options.codes())) {
            throw new IllegalArgumentException("option order " + codes + " is not a permutation of "
                    + options.codes());
        }
        List<byte[]> instances = OptionPlacement.instances(options, codes);
        OptionPlacement placement = OptionPlacement.place(instances, maxLength - OPTIONS - 1,
                OptionPlacement.allZero(message.file()), OptionPlacement.allZero(message.sname()));
        if (placement == null) {
            int required = OPTIONS + instances.stream().mapToInt(i -> i.length).sum() + 1;
            throw new MessageTooLarge(required, maxLength);
        }
        int length = Math.max(BOOTP_MIN_MESSAGE_LENGTH, OPTIONS + placement.options.size() + 1);
        byte[] p = new byte[length];
        writeHeader(message, p);
        int end = OPTIONS + placement.options.size();
        System.arraycopy(placement.options.toByteArray(), 0, p, OPTIONS, placement.options.size());
        p[end] = (byte) DhcpOptionCode.END;
        if ((placement.overload & 1) != 0) {
            writeField(placement.file.toByteArray(), p, FILE);
        }
        if ((placement.overload & 2) != 0) {
            writeField(placement.sname.toByteArray(), p, SNAME);
        }
        return p;
    }

    /**
     * The payload limit for a reply to {@code request}: its option 57 (the largest IP datagram it accepts,
     * never taken below 576) minus the IP and UDP headers, else {@link #DEFAULT_MAX_LENGTH}.
     */
    public static int maxReplyLength(DhcpMessage request) {
        int datagram = request.options().maxMessageSize().orElse(MIN_IP_DATAGRAM);
        return Math.min(Math.max(datagram, MIN_IP_DATAGRAM) - IP_UDP_HEADERS, MAX_UDP_PAYLOAD);
    }

    private static void writeHeader(DhcpMessage m, byte[] p) {
        p[OP] = (byte) m.op().code();
        p[HTYPE] = (byte) m.htype();
        p[HLEN] = (byte) m.hlen();
        p[HOPS] = (byte) m.hops();
        Octets.putS32(p, XID, m.xid());
        Octets.putU16(p, SECS, m.secs());
        Octets.putU16(p, FLAGS, m.flags());
        Octets.putS32(p, CIADDR, m.ciaddr().bits());
        Octets.putS32(p, YIADDR, m.yiaddr().bits());
        Octets.putS32(p, SIADDR, m.siaddr().bits());
        Octets.putS32(p, GIADDR, m.giaddr().bits());
        System.arraycopy(m.chaddr(), 0, p, CHADDR, DhcpMessage.CHADDR_LENGTH);
        System.arraycopy(m.sname(), 0, p, SNAME, DhcpMessage.SNAME_LENGTH);
        System.arraycopy(m.file(), 0, p, FILE, DhcpMessage.FILE_LENGTH);
        Octets.putS32(p, COOKIE, MAGIC_COOKIE);
    }

    /** Options then End; the rest of the field stays zero (Pad). */
    private static void writeField(byte[] options, byte[] p, int start) {
        System.arraycopy(options, 0, p, start, options.length);
        p[start + options.length] = (byte) DhcpOptionCode.END;
    }
}
