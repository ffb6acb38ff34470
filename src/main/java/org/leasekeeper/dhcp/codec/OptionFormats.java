package org.leasekeeper.dhcp.codec;

import static org.leasekeeper.dhcp.codec.DhcpOptionCode.*;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientId;

/**
 * The shape each known option must have (lengths from RFC 2132 unless noted). Checked by the decoder (so a
 * decoded message never holds a malformed known option) and by {@link DhcpOptionsBuilder} (so neither does
 * a built one); the typed accessors of {@link DhcpOptions} can therefore not fail. Unknown codes may carry
 * anything of 0 to 255 octets per instance.
 */
final class OptionFormats {

    /** RFC 2132 §9.10: "The minimum legal value is 576 octets." */
    static final int MIN_MAX_MESSAGE_SIZE = 576;

    private OptionFormats() {
    }

    /** Null when {@code data} is a valid value of option {@code code}, else why not. */
    static @Nullable String problem(int code, byte[] data) {
        int n = data.length;
        return switch (code) {
            case PAD, END -> "option code " + code + " carries no data";
            case SUBNET_MASK, BROADCAST_ADDRESS, REQUESTED_ADDRESS, SERVER_IDENTIFIER, SUBNET_SELECTION,
                 LEASE_TIME, RENEWAL_TIME, REBINDING_TIME -> exactly(code, n, 4);
            case MESSAGE_TYPE -> exactly(code, n, 1);
            case OPTION_OVERLOAD -> n != 1 ? exactly(code, n, 1)
                    : data[0] < 1 || data[0] > 3 ? "option overload must be 1, 2 or 3 (RFC 2132 §9.3), not " + data[0]
                    : null;
            case MAX_MESSAGE_SIZE -> n != 2 ? exactly(code, n, 2)
                    : Octets.u16(data, 0) < MIN_MAX_MESSAGE_SIZE
                            ? "maximum message size " + Octets.u16(data, 0) + " is below 576 (RFC 2132 §9.10)"
                            : null;
            case ROUTERS, DNS_SERVERS -> n == 0 || n % 4 != 0
                    ? "option " + code + " must hold one or more IPv4 addresses, not " + n + " octets" : null;
            case HOSTNAME, DOMAIN_NAME, PARAMETER_REQUEST_LIST, MESSAGE, VENDOR_CLASS_IDENTIFIER ->
                    n == 0 ? "option " + code + " must not be empty (RFC 2132)" : null;
            case CLIENT_IDENTIFIER -> n < ClientId.MIN_LENGTH || n > ClientId.MAX_LENGTH
                    ? "client identifier has 2 to 255 octets (RFC 2132 §9.14), not " + n : null;
            case CLIENT_FQDN -> ClientFqdn.problem(data);
            case RELAY_AGENT_INFORMATION -> RelayAgentInformation.problem(data);
            default -> null;
        };
    }

    private static @Nullable String exactly(int code, int actual, int expected) {
        return actual == expected ? null
                : "option " + code + " must be " + expected + " octets long, not " + actual + " (RFC 2132)";
    }
}
