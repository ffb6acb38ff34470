package org.leasekeeper.dhcp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;

class DhcpOptionsTest {

    @Test
    void typedSettersAndAccessorsAgree() {
        DhcpOptions options = DhcpOptions.builder()
                .messageType(DhcpMessageType.REQUEST)
                .requestedAddress(Ipv4Address.parse("10.0.0.5"))
                .leaseTime(DhcpOptionsBuilder.INFINITE)
                .serverIdentifier(Ipv4Address.parse("10.0.0.1"))
                .parameterRequestList(List.of(1, 3, 6, 255))
                .maxMessageSize(1500)
                .renewalTime(Duration.ofSeconds(1800))
                .rebindingTime(Duration.ofSeconds(3150))
                .subnetMask(Ipv4Address.parse("255.255.255.0"))
                .routers(List.of(Ipv4Address.parse("10.0.0.1"), Ipv4Address.parse("10.0.0.2")))
                .dnsServers(List.of(Ipv4Address.parse("10.0.0.53")))
                .hostname("pc-1")
                .domainName("example.test")
                .broadcastAddress(Ipv4Address.parse("10.0.0.255"))
                .clientFqdn(ClientFqdn.wire(ClientFqdn.FLAG_S, "pc-1.example.test."))
                .subnetSelection(Ipv4Address.parse("10.9.0.0"))
                .clientIdentifier(ClientId.parse("01:02:00:00:00:00:01"))
                .message("hello")
                .build();

        assertThat(options.messageType()).contains(DhcpMessageType.REQUEST);
        assertThat(options.requestedAddress()).contains(Ipv4Address.parse("10.0.0.5"));
        assertThat(options.leaseTime()).contains(Duration.ofSeconds(0xffff_ffffL));
        assertThat(options.serverIdentifier()).contains(Ipv4Address.parse("10.0.0.1"));
        assertThat(options.parameterRequestList()).containsExactly(1, 3, 6, 255);
        assertThat(options.maxMessageSize()).hasValue(1500);
        assertThat(options.renewalTime()).contains(Duration.ofSeconds(1800));
        assertThat(options.rebindingTime()).contains(Duration.ofSeconds(3150));
        assertThat(options.subnetMask()).contains(Ipv4Address.parse("255.255.255.0"));
        assertThat(options.routers()).hasSize(2);
        assertThat(options.dnsServers()).containsExactly(Ipv4Address.parse("10.0.0.53"));
        assertThat(options.hostname()).contains("pc-1");
        assertThat(options.domainName()).contains("example.test");
        assertThat(options.broadcastAddress()).contains(Ipv4Address.parse("10.0.0.255"));
        assertThat(options.clientFqdn()).contains(new ClientFqdn(5, 0, 0, "pc-1.example.test."));
        assertThat(options.subnetSelection()).contains(Ipv4Address.parse("10.9.0.0"));
        assertThat(options.clientIdentifier()).contains(ClientId.parse("01:02:00:00:00:00:01"));
        assertThat(options.message()).contains("hello");
        assertThat(options.codes()).startsWith(53, 50, 51);
    }

    @Test
    void absentOptionsReadAsEmpty() {
        DhcpOptions none = DhcpOptions.empty();

        assertThat(none.messageType()).isEmpty();
        assertThat(none.routers()).isEmpty();
        assertThat(none.parameterRequestList()).isEmpty();
        assertThat(none.maxMessageSize()).isEmpty();
        assertThat(none.relayAgentInformation()).isEmpty();
    }

    @Test
    void unknownMessageTypeIsKeptAsItsCode() {
        DhcpOptions options = DhcpOptions.builder().put(53, new byte[] {42}).build();

        assertThat(options.messageType()).isEmpty();
        assertThat(options.messageTypeCode()).hasValue(42);
    }

    @Test
    void leasequeryTypesOfRfc4388AreKnown() {
        assertThat(DhcpMessageType.ofCode(10)).contains(DhcpMessageType.LEASEQUERY);
        assertThat(DhcpMessageType.ofCode(13)).contains(DhcpMessageType.LEASEACTIVE);
        assertThat(DhcpMessageType.ofCode(14)).isEmpty();
    }

    @Test
    void hostnameDropsTheTrailingNulSomeClientsSend() {
        DhcpOptions options = DhcpOptions.builder().put(12, new byte[] {'p', 'c', 0}).build();

        assertThat(options.hostname()).contains("pc");
    }

    @Test
    void builderRefusesWhatTheDecoderWouldRefuse() {
        assertThatThrownBy(() -> DhcpOptions.builder().put(51, new byte[3])).hasMessageContaining("option 51");
        assertThatThrownBy(() -> DhcpOptions.builder().put(52, new byte[] {1})).hasMessageContaining("encoder");
        assertThatThrownBy(() -> DhcpOptions.builder().put(0, new byte[0])).hasMessageContaining("1 to 254");
        assertThatThrownBy(() -> DhcpOptions.builder().maxMessageSize(500)).hasMessageContaining("576");
        assertThatThrownBy(() -> DhcpOptions.builder().hostname("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> DhcpOptions.builder().hostname("café")).hasMessageContaining("ASCII");
        assertThatThrownBy(() -> DhcpOptions.builder().routers(List.of())).hasMessageContaining("IPv4 addresses");
        assertThatThrownBy(() -> DhcpOptions.builder().leaseTime(Duration.ofMillis(1500)))
                .hasMessageContaining("whole seconds");
    }

    @Test
    void equalityIgnoresOrderButCodesKeepIt() {
        DhcpOptions a = DhcpOptions.builder().hostname("a").domainName("b").build();
        DhcpOptions b = DhcpOptions.builder().domainName("b").hostname("a").build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.codes()).containsExactly(12, 15);
        assertThat(b.codes()).containsExactly(15, 12);
    }

    @Test
    void puttingACodeAgainReplacesItsValueInPlace() {
        DhcpOptions options = DhcpOptions.builder().hostname("a").domainName("d").hostname("b").build();

        assertThat(options.codes()).containsExactly(12, 15);
        assertThat(options.hostname()).contains("b");
    }

    @Test
    void valuesAreCopiedInAndOut() {
        byte[] value = {1, 2, 3};
        DhcpOptions options = DhcpOptions.builder().put(200, value).build();
        value[0] = 9;
        options.get(200).orElseThrow()[1] = 9;

        assertThat(options.get(200)).hasValueSatisfying(v -> assertThat(v).containsExactly(1, 2, 3));
    }

    @Test
    void relayAgentInformationKeepsItsOctetsAndReadsSubOptions() {
        byte[] raw = {1, 3, 'a', 'b', 'c', 9, 0, 2, 2, 7, 8};
        RelayAgentInformation info = DhcpOptions.builder().put(82, raw).build().relayAgentInformation().orElseThrow();

        assertThat(info.toBytes()).isEqualTo(raw);
        assertThat(info.circuitId()).hasValueSatisfying(id -> assertThat(id).containsExactly('a', 'b', 'c'));
        assertThat(info.remoteId()).hasValueSatisfying(id -> assertThat(id).containsExactly(7, 8));
        assertThat(info.subOptions()).extracting(RelayAgentInformation.SubOption::code).containsExactly(1, 9, 2);
    }

    @Test
    void clientFqdnEncodesWireAndAsciiNames() {
        assertThat(ClientFqdn.wire(0, "a.bc.").toBytes()).containsExactly(4, 0, 0, 1, 'a', 2, 'b', 'c', 0);
        assertThat(ClientFqdn.wire(0, "a").toBytes()).containsExactly(4, 0, 0, 1, 'a');
        assertThat(new ClientFqdn(1, 0, 0, "a.b").toBytes()).containsExactly(1, 0, 0, 'a', '.', 'b');
        assertThat(ClientFqdn.of(ClientFqdn.wire(0, "x.y.").toBytes()).name()).isEqualTo("x.y.");
        assertThatThrownBy(() -> ClientFqdn.wire(0, "a..b")).hasMessageContaining("labels");
        assertThatThrownBy(() -> ClientFqdn.wire(0, "x".repeat(64))).hasMessageContaining("labels");
    }
}
