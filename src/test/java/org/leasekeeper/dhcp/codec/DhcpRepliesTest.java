package org.leasekeeper.dhcp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leasekeeper.net.Ipv4Address;

/** Replies follow RFC 2131 §4.3.1 table 3, RFC 6842 (client id echo) and RFC 3046 (relay information echo). */
class DhcpRepliesTest {

    private static final Ipv4Address SERVER = Ipv4Address.parse("198.18.0.1");
    private static final Ipv4Address OFFERED = Ipv4Address.parse("198.18.0.101");
    private static final Ipv4Address RELAY = Ipv4Address.parse("198.18.7.1");
    private static final RelayAgentInformation RELAY_INFO = RelayAgentInformation.of(
            List.of(new RelayAgentInformation.SubOption(1, "eth0/7".getBytes()),
                    new RelayAgentInformation.SubOption(2, new byte[] {1, 2, 3})));

    @Test
    void offerCopiesTheRequestHeaderAndEchoesTheClientIdentifier() {
        DhcpMessage discover = Captures.decode("udhcpc/01-discover").toBuilder().hops(2).secs(7).broadcast(true).build();

        DhcpMessage offer = DhcpReplies.offer(discover, SERVER, OFFERED, Duration.ofMinutes(10)).build();

        assertThat(offer.op()).isEqualTo(BootpOp.BOOTREPLY);
        assertThat(offer.xid()).isEqualTo(discover.xid());
        assertThat(offer.flags()).isEqualTo(discover.flags());
        assertThat(offer.broadcast()).isTrue();
        assertThat(offer.htype()).isEqualTo(discover.htype());
        assertThat(offer.hlen()).isEqualTo(discover.hlen());
        assertThat(offer.chaddr()).isEqualTo(discover.chaddr());
        assertThat(offer.giaddr()).isEqualTo(discover.giaddr());
        assertThat(offer.hops()).isZero();
        assertThat(offer.secs()).isZero();
        assertThat(offer.ciaddr()).isEqualTo(Ipv4Address.ANY);
        assertThat(offer.yiaddr()).isEqualTo(OFFERED);
        assertThat(offer.messageType()).contains(DhcpMessageType.OFFER);
        assertThat(offer.options().serverIdentifier()).contains(SERVER);
        assertThat(offer.options().leaseTime()).contains(Duration.ofMinutes(10));
        assertThat(offer.options().clientIdentifier()).isEqualTo(discover.options().clientIdentifier());
        assertThat(offer.options().hostname()).as("request options are not copied").isEmpty();
    }

    @Test
    void ackToARenewalKeepsCiaddr() {
        DhcpMessage renew = Captures.decode("dhclient/05-request");

        DhcpMessage ack = DhcpReplies.ack(renew, SERVER, renew.ciaddr(), Duration.ofHours(1)).build();

        assertThat(ack.ciaddr()).isEqualTo(renew.ciaddr());
        assertThat(ack.yiaddr()).isEqualTo(renew.ciaddr());
        assertThat(ack.options().clientIdentifier()).as("dhclient sent none").isEmpty();
    }

    @Test
    void ackToInformCarriesNoLeaseTimeAndNoYiaddr() {
        DhcpMessage inform = DhcpMessage.builder().xid(5).ciaddr(OFFERED)
                .options(o -> o.messageType(DhcpMessageType.INFORM)).build();

        DhcpMessage ack = DhcpReplies.informAck(inform, SERVER).build();

        assertThat(ack.options().leaseTime()).isEmpty();
        assertThat(ack.yiaddr()).isEqualTo(Ipv4Address.ANY);
        assertThat(ack.ciaddr()).isEqualTo(OFFERED);
    }

    @Test
    void relayedReplyEchoesOption82VerbatimAndEncodesItLast() throws MalformedPacketException {
        DhcpMessage discover = relayed(DhcpMessageType.DISCOVER);

        DhcpMessage offer = DhcpReplies.offer(discover, SERVER, OFFERED, Duration.ofHours(1))
                .options(o -> o.subnetMask(Ipv4Address.parse("255.255.255.0")).routers(List.of(RELAY))
                        .renewalTime(Duration.ofMinutes(30)).rebindingTime(Duration.ofMinutes(52)))
                .build();
        byte[] datagram = new DhcpEncoder().encode(offer, DhcpReplies.replyOrder(discover),
                DhcpEncoder.maxReplyLength(discover));

        assertThat(offer.giaddr()).isEqualTo(RELAY);
        assertThat(offer.options().relayAgentInformation()).contains(RELAY_INFO);
        assertThat(new DhcpDecoder().decode(datagram).options().get(82))
                .hasValueSatisfying(raw -> assertThat(raw).isEqualTo(RELAY_INFO.toBytes()));
        assertThat(DhcpEncoderTest.instanceCodes(datagram)).containsExactly(53, 54, 3, 1, 51, 58, 59, 61, 82, 255);
    }

    @Test
    void nakHasOnlyTypeServerIdMessageClientIdAndRelayInformation() {
        DhcpMessage request = relayed(DhcpMessageType.REQUEST).toBuilder()
                .options(o -> o.requestedAddress(OFFERED).hostname("pc")).build();

        DhcpMessage nak = DhcpReplies.nak(request, SERVER, "wrong network");

        assertThat(nak.options().codes()).containsExactlyInAnyOrder(53, 54, 56, 61, 82);
        assertThat(nak.options().message()).contains("wrong network");
        assertThat(nak.yiaddr()).isEqualTo(Ipv4Address.ANY);
        assertThat(nak.ciaddr()).isEqualTo(Ipv4Address.ANY);
        assertThat(nak.broadcast()).as("relayed NAKs are broadcast by the relay (RFC 2131 §4.3.2)").isTrue();
    }

    @Test
    void directNakKeepsTheClientsFlags() {
        DhcpMessage request = Captures.decode("udhcpc/03-request");

        assertThat(DhcpReplies.nak(request, SERVER, "no").flags()).isEqualTo(request.flags());
    }

    private static DhcpMessage relayed(DhcpMessageType type) {
        return Captures.decode("udhcpc/01-discover").toBuilder().giaddr(RELAY).hops(1)
                .options(o -> o.messageType(type).parameterRequestList(List.of(3, 1, 51))
                        .relayAgentInformation(RELAY_INFO))
                .build();
    }
}
