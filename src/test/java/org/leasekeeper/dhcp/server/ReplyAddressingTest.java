package org.leasekeeper.dhcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.leasekeeper.dhcp.server.ReplyAddressing.Destination;
import org.leasekeeper.net.Ipv4Address;

class ReplyAddressingTest {

    private static final Ipv4Address NONE = Ipv4Address.ANY;
    private static final Ipv4Address RELAY = Ipv4Address.parse("198.51.100.1");
    private static final Ipv4Address CLIENT = Ipv4Address.parse("198.18.0.100");

    private static Destination to(String address, int port, boolean viaInterface) {
        return new Destination(new InetSocketAddress(Ipv4Address.parse(address).toInetAddress(), port), viaInterface);
    }

    @Test
    void answersARelayedRequestToTheRelayOnPort67() {
        assertThat(ReplyAddressing.destination(RELAY, NONE, false)).isEqualTo(to("198.51.100.1", 67, false));
    }

    @Test
    void answersARelayedRequestToTheRelayEvenWhenTheClientHasAnAddress() {
        assertThat(ReplyAddressing.destination(RELAY, CLIENT, false)).isEqualTo(to("198.51.100.1", 67, false));
    }

    @Test
    void sendsARelayedNakToTheRelay() {
        assertThat(ReplyAddressing.destination(RELAY, NONE, true)).isEqualTo(to("198.51.100.1", 67, false));
    }

    @Test
    void unicastsToTheClientsAddressWhenItHasOne() {
        assertThat(ReplyAddressing.destination(NONE, CLIENT, false)).isEqualTo(to("198.18.0.100", 68, true));
    }

    @Test
    void broadcastsToAClientWithoutAddress() {
        assertThat(ReplyAddressing.destination(NONE, NONE, false)).isEqualTo(to("255.255.255.255", 68, true));
    }

    @Test
    void broadcastsANakToADirectClientEvenWhenItHasAnAddress() {
        assertThat(ReplyAddressing.destination(NONE, CLIENT, true)).isEqualTo(to("255.255.255.255", 68, true));
    }

    @Test
    void setsTheBroadcastBitOfANakSentThroughARelay() {
        assertThat(ReplyAddressing.broadcastFlag(false, RELAY, true)).isTrue();
        assertThat(ReplyAddressing.broadcastFlag(false, RELAY, false)).isFalse();
        assertThat(ReplyAddressing.broadcastFlag(false, NONE, true)).isFalse();
        assertThat(ReplyAddressing.broadcastFlag(true, NONE, false)).isTrue();
    }
}
