package org.leasekeeper.dhcp.codec;

/**
 * A datagram is not a well-formed DHCP message. The only exception {@link DhcpDecoder} throws, whatever its
 * input. Carries the byte offset in the datagram where decoding failed and the reason.
 */
public class MalformedPacketException extends Exception {

    private final int offset;
    private final String reason;

    public MalformedPacketException(int offset, String reason) {
        super("malformed DHCP packet at offset " + offset + ": " + reason, null, false, false);
        this.offset = offset;
        this.reason = reason;
    }

    /** Offset in the datagram (0 = first byte of the BOOTP header) of the field or option that is wrong. */
    public int offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }
}
