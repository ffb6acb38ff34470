package org.leasekeeper.dhcp.server;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.Ipv4Address;

/**
 * The DHCP listener's settings, checked against the machine: where to bind, the served interface and its
 * IPv4 network, and the server identifier (option 54).
 *
 * @param bind             the socket address of the listener
 * @param interfaceName    the interface of directly connected clients, or null (relayed clients only)
 * @param interfaceAddress that interface's IPv4 address, which selects the subnet of direct clients
 * @param serverIdentifier option 54: the configured one, else the interface's address, else the bind address
 */
record DhcpSettings(
        InetSocketAddress bind,
        @Nullable String interfaceName,
        @Nullable Ipv4Address interfaceAddress,
        Ipv4Address serverIdentifier,
        Duration offerHold,
        int maxInFlight) {

    /** The machine's network interfaces, as far as the settings need them. */
    interface InterfaceLookup {
        boolean exists(String name);

        /** The interface's first IPv4 address, or null when it has none. */
        @Nullable Ipv4Address firstIpv4(String name);
    }

    /** True when the listener is enabled and has something to serve: an interface, a server identifier or a specific bind address. */
    static boolean wanted(DhcpProperties properties) {
        return properties.enabled() && (properties.networkInterface() != null || properties.serverIdentifier() != null
                || !DhcpProperties.address(DhcpProperties.BIND_ADDRESS, properties.bindAddress()).isAny());
    }

    static Optional<DhcpSettings> resolve(DhcpProperties properties) {
        return resolve(properties, new SystemInterfaces());
    }

    /**
     * The settings, or empty when there is nothing to serve: no interface, no server identifier and the wildcard
     * bind address (like a Kea without interfaces, the service then runs without a DHCP listener).
     *
     * @throws InvalidDhcpSetting naming the variable whose value cannot work
     */
    static Optional<DhcpSettings> resolve(DhcpProperties properties, InterfaceLookup interfaces) {
        Ipv4Address bindAddress = DhcpProperties.address(DhcpProperties.BIND_ADDRESS, properties.bindAddress());
        String name = properties.networkInterface();
        Ipv4Address interfaceAddress = null;
        if (name != null) {
            if (!interfaces.exists(name)) {
                throw new InvalidDhcpSetting(DhcpProperties.INTERFACE, "no network interface named '" + name + "'");
            }
            interfaceAddress = interfaces.firstIpv4(name);
            if (interfaceAddress == null) {
                throw new InvalidDhcpSetting(DhcpProperties.INTERFACE, "interface '" + name + "' has no IPv4 address");
            }
        }
        Ipv4Address serverId = serverIdentifier(properties, interfaceAddress, bindAddress);
        if (serverId == null) {
            return Optional.empty();
        }
        return Optional.of(new DhcpSettings(new InetSocketAddress(bindAddress.toInetAddress(), properties.port()), name,
                interfaceAddress, serverId, properties.offerHold(), properties.maxInFlight()));
    }

    private static @Nullable Ipv4Address serverIdentifier(DhcpProperties properties, @Nullable Ipv4Address interfaceAddress,
            Ipv4Address bindAddress) {
        if (properties.serverIdentifier() != null) {
            return DhcpProperties.address(DhcpProperties.SERVER_IDENTIFIER, properties.serverIdentifier());
        }
        if (interfaceAddress != null) {
            return interfaceAddress;
        }
        return bindAddress.isAny() ? null : bindAddress;
    }

    /** True when broadcasts to direct clients need a second socket bound to the interface's address. */
    boolean needsInterfaceSocket() {
        return interfaceAddress != null && Ipv4Address.of(bind.getAddress()).isAny();
    }

    /** The real interfaces of this machine (or network namespace). */
    static final class SystemInterfaces implements InterfaceLookup {

        @Override
        public boolean exists(String name) {
            return find(name) != null;
        }

        @Override
        public @Nullable Ipv4Address firstIpv4(String name) {
            NetworkInterface nic = find(name);
            return nic == null ? null : nic.getInterfaceAddresses().stream()
                    .map(InterfaceAddress::getAddress)
                    .filter(Inet4Address.class::isInstance)
                    .map(Ipv4Address::of)
                    .findFirst().orElse(null);
        }

        private static @Nullable NetworkInterface find(String name) {
            try {
                return NetworkInterface.getByName(name);
            } catch (SocketException e) {
                throw new InvalidDhcpSetting(DhcpProperties.INTERFACE, "cannot look up '" + name + "': " + e.getMessage());
            }
        }
    }
}
