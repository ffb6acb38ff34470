package org.leasekeeper.dhcp.server;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.Ipv4Address;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The {@code leasekeeper.dhcp.*} settings ({@code LEASEKEEPER_DHCP_*} variables). The compact constructor checks
 * what can be checked without looking at the machine; {@link DhcpSettings#resolve} checks the interface.
 *
 * @param enabled          run the DHCPv4 listener
 * @param bindAddress      address of the DHCP socket
 * @param port             DHCP server port
 * @param networkInterface interface whose directly connected clients are served (blank: relayed clients only)
 * @param serverIdentifier option 54 address (blank: the interface's address)
 * @param offerHold        how long an OFFERED address is held
 * @param maxInFlight      requests handled at once; a burst beyond this is dropped and counted
 */
@ConfigurationProperties("leasekeeper.dhcp")
public record DhcpProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.0.0.0") String bindAddress,
        @DefaultValue("67") int port,
        @Name("interface") @Nullable String networkInterface,
        @Nullable String serverIdentifier,
        @DefaultValue("30s") Duration offerHold,
        @DefaultValue("64") int maxInFlight) {

    static final String BIND_ADDRESS = "LEASEKEEPER_DHCP_BIND_ADDRESS";
    static final String PORT = "LEASEKEEPER_DHCP_PORT";
    static final String INTERFACE = "LEASEKEEPER_DHCP_INTERFACE";
    static final String SERVER_IDENTIFIER = "LEASEKEEPER_DHCP_SERVER_IDENTIFIER";
    static final String OFFER_HOLD = "LEASEKEEPER_DHCP_OFFER_HOLD";
    static final String MAX_IN_FLIGHT = "LEASEKEEPER_DHCP_MAX_IN_FLIGHT";

    public DhcpProperties {
        networkInterface = blankToNull(networkInterface);
        serverIdentifier = blankToNull(serverIdentifier);
        if (enabled) {
            address(BIND_ADDRESS, bindAddress);
            if (port < 1 || port > 65535) {
                throw new InvalidDhcpSetting(PORT, "must be 1 to 65535, not " + port);
            }
            if (serverIdentifier != null) {
                Ipv4Address id = address(SERVER_IDENTIFIER, serverIdentifier);
                if (id.isAny() || id.equals(Ipv4Address.BROADCAST)) {
                    throw new InvalidDhcpSetting(SERVER_IDENTIFIER, "must be a unicast address, not " + id);
                }
            }
            if (offerHold.isNegative() || offerHold.isZero()) {
                throw new InvalidDhcpSetting(OFFER_HOLD, "must be positive, not " + offerHold);
            }
            if (maxInFlight < 1) {
                throw new InvalidDhcpSetting(MAX_IN_FLIGHT, "must be at least 1, not " + maxInFlight);
            }
        }
    }

    static Ipv4Address address(String variable, String text) {
        try {
            return Ipv4Address.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidDhcpSetting(variable, "not an IPv4 address: '" + text + "'");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
