package org.leasekeeper.dhcp.codec;

import java.util.Optional;

/**
 * Values of option 53, DHCP message type (RFC 2132 §9.6), plus FORCERENEW (RFC 3203) and the leasequery
 * messages of RFC 4388. A value not listed here is not an error on the wire: {@link DhcpOptions#messageType()}
 * is then empty and {@link DhcpOptions#messageTypeCode()} gives the number.
 */
public enum DhcpMessageType {
    DISCOVER(1),
    OFFER(2),
    REQUEST(3),
    DECLINE(4),
    ACK(5),
    NAK(6),
    RELEASE(7),
    INFORM(8),
    FORCERENEW(9),
    LEASEQUERY(10),
    LEASEUNASSIGNED(11),
    LEASEUNKNOWN(12),
    LEASEACTIVE(13);

    private static final DhcpMessageType[] BY_CODE = new DhcpMessageType[14];

    static {
        for (DhcpMessageType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    DhcpMessageType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<DhcpMessageType> ofCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }
}
