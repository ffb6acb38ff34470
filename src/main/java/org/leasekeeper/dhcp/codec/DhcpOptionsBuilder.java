package org.leasekeeper.dhcp.codec;

import static org.leasekeeper.dhcp.codec.DhcpOptionCode.*;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;

/**
 * Builds {@link DhcpOptions}. Options keep the order in which they were first put; putting a code again
 * replaces its value in place. Every value is checked as the decoder checks it ({@link IllegalArgumentException}
 * when it is malformed). Option overload (52) is refused: the encoder chooses it.
 */
public final class DhcpOptionsBuilder {

    /** Seconds value meaning "infinite" for options 51, 58 and 59 (RFC 2131 §3.3). */
    public static final Duration INFINITE = Duration.ofSeconds(0xffff_ffffL);

    private final LinkedHashMap<Integer, byte[]> values = new LinkedHashMap<>();

    DhcpOptionsBuilder() {
    }

    DhcpOptionsBuilder(Map<Integer, byte[]> initial) {
        values.putAll(initial);
    }

    /** Sets any option from its octets (a copy is kept). */
    public DhcpOptionsBuilder put(int code, byte[] data) {
        if (code < 1 || code > 254) {
            throw new IllegalArgumentException("option codes are 1 to 254, not " + code);
        }
        if (code == OPTION_OVERLOAD) {
            throw new IllegalArgumentException("option overload (52) is chosen by the encoder");
        }
        String problem = OptionFormats.problem(code, data);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        values.put(code, data.clone());
        return this;
    }

    public DhcpOptionsBuilder remove(int code) {
        values.remove(code);
        return this;
    }

    public DhcpOptionsBuilder messageType(DhcpMessageType type) {
        return put(MESSAGE_TYPE, new byte[] {(byte) type.code()});
    }

    public DhcpOptionsBuilder requestedAddress(Ipv4Address address) {
        return put(REQUESTED_ADDRESS, address.toBytes());
    }

    public DhcpOptionsBuilder leaseTime(Duration time) {
        return put(LEASE_TIME, seconds(time));
    }

    public DhcpOptionsBuilder serverIdentifier(Ipv4Address address) {
        return put(SERVER_IDENTIFIER, address.toBytes());
    }

    public DhcpOptionsBuilder parameterRequestList(List<Integer> codes) {
        byte[] data = new byte[codes.size()];
        for (int i = 0; i < data.length; i++) {
            int code = codes.get(i);
            if (code < 0 || code > 255) {
                throw new IllegalArgumentException("not an option code: " + code);
            }
            data[i] = (byte) code;
        }
        return put(PARAMETER_REQUEST_LIST, data);
    }

    public DhcpOptionsBuilder maxMessageSize(int octets) {
        if (octets < 0 || octets > 0xffff) {
            throw new IllegalArgumentException("maximum message size is 16 bits: " + octets);
        }
        return put(MAX_MESSAGE_SIZE, Octets.ofU16(octets));
    }

    public DhcpOptionsBuilder renewalTime(Duration time) {
        return put(RENEWAL_TIME, seconds(time));
    }

    public DhcpOptionsBuilder rebindingTime(Duration time) {
        return put(REBINDING_TIME, seconds(time));
    }

    public DhcpOptionsBuilder subnetMask(Ipv4Address mask) {
        return put(SUBNET_MASK, mask.toBytes());
    }

    public DhcpOptionsBuilder routers(List<Ipv4Address> routers) {
        return put(ROUTERS, Octets.ofAddresses(routers));
    }

    public DhcpOptionsBuilder dnsServers(List<Ipv4Address> servers) {
        return put(DNS_SERVERS, Octets.ofAddresses(servers));
    }

    public DhcpOptionsBuilder hostname(String hostname) {
        return put(HOSTNAME, Octets.ofText(hostname, "hostname"));
    }

    public DhcpOptionsBuilder domainName(String domainName) {
        return put(DOMAIN_NAME, Octets.ofText(domainName, "domain name"));
    }

    public DhcpOptionsBuilder broadcastAddress(Ipv4Address address) {
        return put(BROADCAST_ADDRESS, address.toBytes());
    }

    public DhcpOptionsBuilder message(String text) {
        return put(MESSAGE, Octets.ofText(text, "message"));
    }

    public DhcpOptionsBuilder clientFqdn(ClientFqdn fqdn) {
        return put(CLIENT_FQDN, fqdn.toBytes());
    }

    public DhcpOptionsBuilder subnetSelection(Ipv4Address subnet) {
        return put(SUBNET_SELECTION, subnet.toBytes());
    }

    public DhcpOptionsBuilder clientIdentifier(ClientId clientId) {
        return put(CLIENT_IDENTIFIER, clientId.toBytes());
    }

    public DhcpOptionsBuilder relayAgentInformation(RelayAgentInformation information) {
        return put(RELAY_AGENT_INFORMATION, information.toBytes());
    }

    public DhcpOptions build() {
        LinkedHashMap<Integer, byte[]> copy = new LinkedHashMap<>();
        values.forEach((code, data) -> copy.put(code, data.clone()));
        return DhcpOptions.ofChecked(copy);
    }

    private static byte[] seconds(Duration time) {
        long seconds = time.getSeconds();
        if (time.isNegative() || seconds > 0xffff_ffffL || time.getNano() != 0) {
            throw new IllegalArgumentException("DHCP times are whole seconds from 0 to 2^32 - 1: " + time);
        }
        return Octets.ofU32(seconds);
    }
}
