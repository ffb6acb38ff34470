package org.leasekeeper.dhcp.codec;

/** Offsets and size limits of the DHCP wire format, each named with the RFC it comes from. */
final class BootpLayout {

    static final int OP = 0;
    static final int HTYPE = 1;
    static final int HLEN = 2;
    static final int HOPS = 3;
    static final int XID = 4;
    static final int SECS = 8;
    static final int FLAGS = 10;
    static final int CIADDR = 12;
    static final int YIADDR = 16;
    static final int SIADDR = 20;
    static final int GIADDR = 24;
    static final int CHADDR = 28;
    static final int SNAME = 44;
    static final int FILE = 108;
    /** RFC 951 §3: the fixed BOOTP header before the vendor area is 236 octets. */
    static final int BOOTP_HEADER_LENGTH = 236;
    static final int COOKIE = BOOTP_HEADER_LENGTH;
    /** RFC 2131 §3 / RFC 1497: the options field starts with 99.130.83.99. */
    static final int MAGIC_COOKIE = 0x63825363;
    static final int OPTIONS = COOKIE + 4;
    /** RFC 951 §3 (a 64-octet vend field) and RFC 1542: a BOOTP message is at least 300 octets. */
    static final int BOOTP_MIN_MESSAGE_LENGTH = 300;
    /** RFC 791 + RFC 768: 65535-octet datagram minus 20 octets of IP and 8 of UDP header. */
    static final int MAX_UDP_PAYLOAD = 65_535 - 20 - 8;
    /** RFC 2131 §2: every DHCP client accepts an IP datagram of 576 octets (RFC 791 minimum reassembly). */
    static final int MIN_IP_DATAGRAM = 576;
    static final int IP_UDP_HEADERS = 20 + 8;
    /** RFC 2132 §2: an option instance holds at most 255 octets; longer values are split (RFC 3396). */
    static final int MAX_OPTION_INSTANCE = 255;

    private BootpLayout() {
    }
}
