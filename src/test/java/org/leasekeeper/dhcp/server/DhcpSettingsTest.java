package org.leasekeeper.dhcp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.leasekeeper.net.Ipv4Address;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DhcpSettingsTest {

    private static final DhcpSettings.InterfaceLookup VETH = new DhcpSettings.InterfaceLookup() {
        @Override
        public boolean exists(String name) {
            return name.equals("veth0") || name.equals("dummy0");
        }

        @Override
        public @Nullable Ipv4Address firstIpv4(String name) {
            return name.equals("veth0") ? Ipv4Address.parse("198.18.0.1") : null;
        }
    };

    private static DhcpProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("leasekeeper.dhcp", DhcpProperties.class);
    }

    @Test
    void defaultsMatchTheContract() {
        DhcpProperties properties = bind(Map.of());

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(properties.port()).isEqualTo(67);
        assertThat(properties.networkInterface()).isNull();
        assertThat(properties.offerHold()).hasSeconds(30);
    }

    @Test
    void bindsTheInterfaceKeyAndTreatsBlankAsUnset() {
        assertThat(bind(Map.of("leasekeeper.dhcp.interface", "veth0")).networkInterface()).isEqualTo("veth0");
        assertThat(bind(Map.of("leasekeeper.dhcp.interface", "", "leasekeeper.dhcp.server-identifier", " "))
                .serverIdentifier()).isNull();
    }

    @Test
    void refusesABadBindAddressNamingTheVariable() {
        assertThatThrownBy(() -> bind(Map.of("leasekeeper.dhcp.bind-address", "0.0.0.300")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessage("LEASEKEEPER_DHCP_BIND_ADDRESS: not an IPv4 address: '0.0.0.300'");
    }

    @Test
    void refusesAPortOutOfRangeAndANonPositiveOfferHold() {
        assertThatThrownBy(() -> bind(Map.of("leasekeeper.dhcp.port", "70000")))
                .rootCause().hasMessageStartingWith("LEASEKEEPER_DHCP_PORT:");
        assertThatThrownBy(() -> bind(Map.of("leasekeeper.dhcp.offer-hold", "0s")))
                .rootCause().hasMessageStartingWith("LEASEKEEPER_DHCP_OFFER_HOLD:");
        assertThatThrownBy(() -> bind(Map.of("leasekeeper.dhcp.server-identifier", "255.255.255.255")))
                .rootCause().hasMessageStartingWith("LEASEKEEPER_DHCP_SERVER_IDENTIFIER:");
    }

    @Test
    void checksNothingWhenDisabled() {
        assertThat(bind(Map.of("leasekeeper.dhcp.enabled", "false", "leasekeeper.dhcp.bind-address", "nonsense"))
                .enabled()).isFalse();
    }

    @Test
    void refusesAnUnknownInterface() {
        DhcpProperties properties = bind(Map.of("leasekeeper.dhcp.interface", "eth9"));

        assertThatThrownBy(() -> DhcpSettings.resolve(properties, VETH))
                .isInstanceOf(InvalidDhcpSetting.class)
                .hasMessage("LEASEKEEPER_DHCP_INTERFACE: no network interface named 'eth9'");
    }

    @Test
    void refusesAnInterfaceWithoutIpv4Address() {
        DhcpProperties properties = bind(Map.of("leasekeeper.dhcp.interface", "dummy0"));

        assertThatThrownBy(() -> DhcpSettings.resolve(properties, VETH))
                .hasMessage("LEASEKEEPER_DHCP_INTERFACE: interface 'dummy0' has no IPv4 address");
    }

    @Test
    void takesTheServerIdentifierFromTheInterfaceUnlessConfigured() {
        DhcpSettings fromInterface = DhcpSettings.resolve(bind(Map.of("leasekeeper.dhcp.interface", "veth0")), VETH).orElseThrow();
        DhcpSettings configured = DhcpSettings.resolve(bind(Map.of("leasekeeper.dhcp.interface", "veth0",
                "leasekeeper.dhcp.server-identifier", "198.18.0.254")), VETH).orElseThrow();

        assertThat(fromInterface.serverIdentifier()).isEqualTo(Ipv4Address.parse("198.18.0.1"));
        assertThat(fromInterface.interfaceAddress()).isEqualTo(Ipv4Address.parse("198.18.0.1"));
        assertThat(fromInterface.needsInterfaceSocket()).isTrue();
        assertThat(configured.serverIdentifier()).isEqualTo(Ipv4Address.parse("198.18.0.254"));
    }

    @Test
    void relayOnlyServiceOnASpecificAddressUsesItAsServerIdentifier() {
        DhcpSettings settings = DhcpSettings.resolve(bind(Map.of("leasekeeper.dhcp.bind-address", "127.0.0.1")), VETH).orElseThrow();

        assertThat(settings.serverIdentifier()).isEqualTo(Ipv4Address.parse("127.0.0.1"));
        assertThat(settings.interfaceAddress()).isNull();
        assertThat(settings.needsInterfaceSocket()).isFalse();
    }

    @Test
    void hasNothingToServeWithoutInterfaceServerIdentifierOrSpecificAddress() {
        assertThat(DhcpSettings.resolve(bind(Map.of()), VETH)).isEmpty();
    }

    @Test
    void servesRelaysOnTheWildcardAddressWhenGivenAServerIdentifier() {
        DhcpSettings settings = DhcpSettings.resolve(bind(Map.of("leasekeeper.dhcp.server-identifier", "203.0.113.5")),
                VETH).orElseThrow();

        assertThat(settings.serverIdentifier()).isEqualTo(Ipv4Address.parse("203.0.113.5"));
        assertThat(settings.needsInterfaceSocket()).isFalse();
    }

    @Test
    void failureAnalysisIsOneLineNamingTheVariable() {
        InvalidDhcpSetting failure = new InvalidDhcpSetting("LEASEKEEPER_DHCP_INTERFACE", "no network interface named 'eth9'");

        FailureAnalysis analysis = new InvalidDhcpSettingFailureAnalyzer().analyze(new IllegalStateException(failure));

        assertThat(analysis.getDescription()).isEqualTo("LEASEKEEPER_DHCP_INTERFACE: no network interface named 'eth9'")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("LEASEKEEPER_DHCP_INTERFACE");
    }
}
