package org.leasekeeper.dhcp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

/** What the decoder reads from packets that real clients (and Kea) sent; see src/test/resources/dhcp/README.md. */
class GoldenCaptureTest {

    private static final Ipv4Address KEA = Ipv4Address.parse("198.18.0.1");

    static List<String> captures() {
        return Captures.all();
    }

    @ParameterizedTest
    @MethodSource("captures")
    void everyCaptureHasTheMessageTypeItsNameSaysAndTheMatchingOp(String capture) {
        DhcpMessage message = Captures.decode(capture);
        DhcpMessageType named = DhcpMessageType.valueOf(
                capture.substring(capture.lastIndexOf('-') + 1).toUpperCase(Locale.ROOT));

        assertThat(message.messageType()).contains(named);
        boolean fromServer = named == DhcpMessageType.OFFER || named == DhcpMessageType.ACK;
        assertThat(message.op()).isEqualTo(fromServer ? BootpOp.BOOTREPLY : BootpOp.BOOTREQUEST);
        assertThat(message.macAddress()).isPresent();
    }

    @Test
    void readsDhclientDiscoverWithHostnameAndWireEncodedFqdnButNoClientId() {
        DhcpMessage discover = Captures.decode("dhclient/01-discover");

        assertThat(discover.op()).isEqualTo(BootpOp.BOOTREQUEST);
        assertThat(discover.messageType()).contains(DhcpMessageType.DISCOVER);
        assertThat(discover.macAddress()).contains(MacAddress.parse("02:4c:4b:00:00:01"));
        assertThat(discover.broadcast()).isFalse();
        assertThat(discover.ciaddr()).isEqualTo(Ipv4Address.ANY);
        DhcpOptions options = discover.options();
        assertThat(options.clientIdentifier()).isEmpty();
        assertThat(options.hostname()).contains("lk-dhclient");
        ClientFqdn fqdn = options.clientFqdn().orElseThrow();
        assertThat(fqdn.wireEncoded()).isTrue();
        assertThat(fqdn.serverUpdates()).isTrue();
        assertThat(fqdn.name()).isEqualTo("lk-dhclient.lk.test.");
        assertThat(fqdn.nameWithoutRoot()).isEqualTo("lk-dhclient.lk.test");
        assertThat(options.parameterRequestList()).containsExactly(1, 28, 2, 3, 15, 6, 12, 26);
        assertThat(options.codes()).containsExactly(53, 12, 81, 55);
    }

    @Test
    void readsDhclientSelectingRequestWithServerIdAndRequestedAddress() {
        DhcpMessage request = Captures.decode("dhclient/03-request");

        assertThat(request.messageType()).contains(DhcpMessageType.REQUEST);
        assertThat(request.xid()).isEqualTo(Captures.decode("dhclient/01-discover").xid());
        assertThat(request.options().serverIdentifier()).contains(KEA);
        assertThat(request.options().requestedAddress()).contains(Ipv4Address.parse("198.18.0.100"));
        assertThat(request.ciaddr()).isEqualTo(Ipv4Address.ANY);
    }

    @Test
    void readsDhclientRenewalWithCiaddrAndNeitherServerIdNorRequestedAddress() {
        DhcpMessage renew = Captures.decode("dhclient/05-request");

        assertThat(renew.messageType()).contains(DhcpMessageType.REQUEST);
        assertThat(renew.ciaddr()).isEqualTo(Ipv4Address.parse("198.18.0.100"));
        assertThat(renew.options().serverIdentifier()).isEmpty();
        assertThat(renew.options().requestedAddress()).isEmpty();
    }

    @Test
    void readsDhclientRelease() {
        DhcpMessage release = Captures.decode("dhclient/09-release");

        assertThat(release.messageType()).contains(DhcpMessageType.RELEASE);
        assertThat(release.ciaddr()).isEqualTo(Ipv4Address.parse("198.18.0.100"));
        assertThat(release.options().serverIdentifier()).contains(KEA);
    }

    @Test
    void readsDhclientInitRebootRequestWithRequestedAddressButNoServerIdOrCiaddr() {
        DhcpMessage reboot = Captures.decode("dhclient/07-request");

        assertThat(reboot.messageType()).contains(DhcpMessageType.REQUEST);
        assertThat(reboot.options().requestedAddress()).contains(Ipv4Address.parse("198.18.0.100"));
        assertThat(reboot.options().serverIdentifier()).isEmpty();
        assertThat(reboot.ciaddr()).isEqualTo(Ipv4Address.ANY);
    }

    @Test
    void readsDhcpcdInformFromAClientThatConfiguredItsOwnAddress() {
        DhcpMessage inform = Captures.decode("inform/01-inform");
        DhcpMessage ack = Captures.decode("inform/02-ack");

        assertThat(inform.messageType()).contains(DhcpMessageType.INFORM);
        assertThat(inform.ciaddr()).isEqualTo(Ipv4Address.parse("198.18.0.77"));
        assertThat(ack.messageType()).contains(DhcpMessageType.ACK);
        assertThat(ack.yiaddr()).isEqualTo(Ipv4Address.ANY);
        assertThat(ack.options().leaseTime()).as("RFC 2131 table 3: no lease time for INFORM").isEmpty();
        assertThat(ack.options().clientIdentifier()).isEqualTo(inform.options().clientIdentifier());
    }

    @Test
    void readsUdhcpcDiscoverWithMacClientIdAsciiFqdnVendorClassAndMaxMessageSize() {
        DhcpMessage discover = Captures.decode("udhcpc/01-discover");
        DhcpOptions options = discover.options();

        assertThat(discover.macAddress()).contains(MacAddress.parse("02:4c:4b:00:00:02"));
        assertThat(options.clientIdentifier()).contains(ClientId.parse("01:02:4c:4b:00:00:02"));
        assertThat(options.hostname()).contains("lk-udhcpc");
        ClientFqdn fqdn = options.clientFqdn().orElseThrow();
        assertThat(fqdn.wireEncoded()).isFalse();
        assertThat(fqdn.name()).isEqualTo("lk-udhcpc");
        assertThat(options.maxMessageSize()).hasValue(576);
        assertThat(options.parameterRequestList()).containsExactly(1, 3, 6, 12, 15, 28, 42);
        assertThat(new String(options.get(DhcpOptionCode.VENDOR_CLASS_IDENTIFIER).orElseThrow()))
                .isEqualTo("udhcp 1.35.0");
    }

    @Test
    void readsUdhcpcSelectingRequestAndRenewal() {
        DhcpMessage request = Captures.decode("udhcpc/03-request");
        DhcpMessage renew = Captures.decode("udhcpc/05-request");

        assertThat(request.options().requestedAddress()).contains(Ipv4Address.parse("198.18.0.101"));
        assertThat(request.options().serverIdentifier()).contains(KEA);
        assertThat(renew.ciaddr()).isEqualTo(Ipv4Address.parse("198.18.0.101"));
        assertThat(renew.options().requestedAddress()).isEmpty();
    }

    @Test
    void readsDhcpcdDiscoverWithRfc4361ClientIdPartialFqdnAndUnknownOption() {
        DhcpMessage discover = Captures.decode("dhcpcd/01-discover");
        DhcpOptions options = discover.options();

        assertThat(discover.macAddress()).contains(MacAddress.parse("02:4c:4b:00:00:03"));
        byte[] clientId = options.clientIdentifier().orElseThrow().toBytes();
        assertThat(clientId[0]).as("RFC 4361 type 255: IAID + DUID").isEqualTo((byte) 0xff);
        assertThat(clientId).hasSize(19);
        assertThat(options.hostname()).as("dhcpcd sends its name in option 81 only").isEmpty();
        ClientFqdn fqdn = options.clientFqdn().orElseThrow();
        assertThat(fqdn.wireEncoded()).isTrue();
        assertThat(fqdn.name()).as("partial name: no root label").isEqualTo("lk-dhcpcd");
        assertThat(options.maxMessageSize()).hasValue(1472);
        assertThat(options.parameterRequestList()).containsExactly(1, 3, 6, 15, 28, 33, 51, 58, 59);
        assertThat(options.get(145)).as("RFC 6704 forcerenew nonce, unknown to the codec").hasValueSatisfying(
                value -> assertThat(value).containsExactly(1));
    }

    @Test
    void readsDhcpcdRebindingRequestAndRelease() {
        DhcpMessage rebind = Captures.decode("dhcpcd/07-request");
        DhcpMessage release = Captures.decode("dhcpcd/09-release");

        assertThat(rebind.messageType()).contains(DhcpMessageType.REQUEST);
        assertThat(rebind.ciaddr()).isEqualTo(Ipv4Address.parse("198.18.0.102"));
        assertThat(rebind.options().serverIdentifier()).isEmpty();
        assertThat(release.messageType()).contains(DhcpMessageType.RELEASE);
        assertThat(release.options().clientIdentifier()).isEqualTo(rebind.options().clientIdentifier());
    }

    @Test
    void readsRelayedDiscoverWithGiaddrHopsAndCircuitIdAppendedLast() {
        DhcpMessage discover = Captures.decode("relayed/01-discover");

        assertThat(discover.giaddr()).isEqualTo(Ipv4Address.parse("198.18.1.1"));
        assertThat(discover.hops()).isEqualTo(1);
        assertThat(discover.macAddress()).contains(MacAddress.parse("02:4c:4b:00:00:05"));
        RelayAgentInformation info = discover.options().relayAgentInformation().orElseThrow();
        assertThat(info.circuitId()).hasValueSatisfying(id -> assertThat(new String(id)).isEqualTo("lan0"));
        assertThat(info.remoteId()).isEmpty();
        assertThat(discover.options().codes()).endsWith(DhcpOptionCode.RELAY_AGENT_INFORMATION);
    }

    @Test
    void readsKeaRelayedOfferEchoingOption82VerbatimToTheRelay() {
        DhcpMessage discover = Captures.decode("relayed/01-discover");
        DhcpMessage offer = Captures.decode("relayed/02-offer");

        assertThat(offer.giaddr()).isEqualTo(discover.giaddr());
        assertThat(offer.yiaddr()).isEqualTo(Ipv4Address.parse("198.18.1.100"));
        assertThat(offer.options().serverIdentifier()).contains(Ipv4Address.parse("198.18.2.1"));
        assertThat(offer.options().relayAgentInformation()).isEqualTo(discover.options().relayAgentInformation());
        assertThat(offer.options().codes()).endsWith(DhcpOptionCode.RELAY_AGENT_INFORMATION);
    }

    @Test
    void readsTheReleaseTheClientSentAndTheCopyTheRelayForwarded() {
        DhcpMessage direct = Captures.decode("relayed/05-release");
        DhcpMessage forwarded = Captures.decode("relayed/06-release");

        assertThat(direct.giaddr()).isEqualTo(Ipv4Address.ANY);
        assertThat(direct.options().relayAgentInformation()).isEmpty();
        assertThat(forwarded.giaddr()).isEqualTo(Ipv4Address.parse("198.18.1.1"));
        assertThat(forwarded.xid()).isEqualTo(direct.xid());
        assertThat(forwarded.ciaddr()).isEqualTo(Ipv4Address.parse("198.18.1.100"));
        assertThat(forwarded.options().relayAgentInformation()).isPresent();
    }

    @Test
    void readsKeaOfferWithLeaseTimesAndSubnetOptions() {
        DhcpMessage offer = Captures.decode("dhclient/02-offer");
        DhcpOptions options = offer.options();

        assertThat(offer.op()).isEqualTo(BootpOp.BOOTREPLY);
        assertThat(offer.messageType()).contains(DhcpMessageType.OFFER);
        assertThat(offer.yiaddr()).isEqualTo(Ipv4Address.parse("198.18.0.100"));
        assertThat(options.serverIdentifier()).contains(KEA);
        assertThat(options.leaseTime()).contains(Duration.ofSeconds(40));
        assertThat(options.renewalTime()).contains(Duration.ofSeconds(5));
        assertThat(options.rebindingTime()).contains(Duration.ofSeconds(30));
        assertThat(options.subnetMask()).contains(Ipv4Address.parse("255.255.255.0"));
        assertThat(options.routers()).containsExactly(KEA);
        assertThat(options.dnsServers()).isEqualTo(
                List.of(Ipv4Address.parse("198.18.0.53"), Ipv4Address.parse("198.18.0.54")));
        assertThat(options.domainName()).contains("lk.test");
    }

    @Test
    void readsKeaAckEchoingUdhcpcClientId() {
        DhcpMessage ack = Captures.decode("udhcpc/04-ack");

        assertThat(ack.messageType()).contains(DhcpMessageType.ACK);
        assertThat(ack.options().clientIdentifier()).contains(ClientId.parse("01:02:4c:4b:00:00:02"));
    }
}
