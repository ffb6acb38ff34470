package org.leasekeeper.dhcp.codec;

/** Option codes this codec knows by name (RFC 2132 unless noted). Any other code 1..254 is kept as bytes. */
public final class DhcpOptionCode {

    public static final int PAD = 0;
    public static final int SUBNET_MASK = 1;
    public static final int ROUTERS = 3;
    public static final int DNS_SERVERS = 6;
    public static final int HOSTNAME = 12;
    public static final int DOMAIN_NAME = 15;
    public static final int BROADCAST_ADDRESS = 28;
    public static final int REQUESTED_ADDRESS = 50;
    public static final int LEASE_TIME = 51;
    public static final int OPTION_OVERLOAD = 52;
    public static final int MESSAGE_TYPE = 53;
    public static final int SERVER_IDENTIFIER = 54;
    public static final int PARAMETER_REQUEST_LIST = 55;
    public static final int MESSAGE = 56;
    public static final int MAX_MESSAGE_SIZE = 57;
    public static final int RENEWAL_TIME = 58;
    public static final int REBINDING_TIME = 59;
    public static final int VENDOR_CLASS_IDENTIFIER = 60;
    public static final int CLIENT_IDENTIFIER = 61;
    /** RFC 4702. */
    public static final int CLIENT_FQDN = 81;
    /** RFC 3046. */
    public static final int RELAY_AGENT_INFORMATION = 82;
    /** RFC 3011. */
    public static final int SUBNET_SELECTION = 118;
    public static final int END = 255;

    private DhcpOptionCode() {
    }
}
