package org.leasekeeper.dhcp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leasekeeper.dhcp.server.DhcpMessages.discover;
import static org.leasekeeper.dhcp.server.DhcpMessages.message;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leasekeeper.dhcp.codec.BootpOp;
import org.leasekeeper.dhcp.codec.DhcpDecoder;
import org.leasekeeper.dhcp.codec.DhcpEncoder;
import org.leasekeeper.dhcp.codec.DhcpMessage;
import org.leasekeeper.dhcp.codec.DhcpMessageType;
import org.leasekeeper.dhcp.codec.DhcpOptionCode;
import org.leasekeeper.dhcp.codec.RelayAgentInformation;
import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.SubnetDefinition;
import org.leasekeeper.subnet.SubnetService;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Datagram in, datagram out: decoding, counting, wire order of reply options, and where the reply goes. */
@SpringBootTest(
        properties = {"leasekeeper.dhcp.enabled=false", "leasekeeper.reclaim.interval=1h"})
@DatabaseTest
class DhcpPacketProcessorTest {

    static final Ipv4Address SERVER = Ipv4Address.parse("198.18.0.1");
    static final InetSocketAddress CLIENT = new InetSocketAddress("0.0.0.0", 68);

    @Autowired
    LeaseService leases;
    @Autowired
    SubnetService subnets;
    @Autowired
    Clock clock;
    @Autowired
    DatabaseCleaner cleaner;

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DhcpPacketProcessor processor;

    @BeforeEach
    void setUp() {
        cleaner.clean();
        subnets.create(new SubnetDefinition("direct", Cidr.parse("198.18.0.0/24"),
                List.of(new AddressRange(Ipv4Address.parse("198.18.0.100"), Ipv4Address.parse("198.18.0.110"))),
                List.of(SERVER), List.of(SERVER), "lab.test", null, null, null, List.of()));
        DhcpMetrics metrics = new DhcpMetrics(registry);
        processor = new DhcpPacketProcessor(new DhcpHandler(leases, new SubnetSelector(subnets, SERVER), SERVER,
                Duration.ofSeconds(30), clock), metrics);
    }

    private Outcome process(DhcpMessage message) {
        return processor.process(new Datagram(new DhcpEncoder().encode(message), CLIENT));
    }

    private DhcpMessage decoded(Outcome outcome) throws Exception {
        assertThat(outcome).isInstanceOf(Outcome.Reply.class);
        return new DhcpDecoder().decode(((Outcome.Reply) outcome).payload());
    }

    @Test
    void dropsMalformedDatagramsAndSaysWhere() {
        Outcome outcome = processor.process(new Datagram(new byte[] {1, 1, 6, 0}, CLIENT));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Dropped.class, dropped -> {
            assertThat(dropped.reason()).isEqualTo(DropReason.MALFORMED);
            assertThat(dropped.detail()).startsWith("offset ");
        });
    }

    @Test
    void ignoresRepliesOfOtherServers() {
        DhcpMessage offer = message(DhcpMessageType.OFFER, 1, o -> { }).toBuilder().op(BootpOp.BOOTREPLY).build();

        assertThat(process(offer)).isInstanceOfSatisfying(Outcome.Dropped.class,
                dropped -> assertThat(dropped.reason()).isEqualTo(DropReason.IGNORED));
    }

    @Test
    void broadcastsTheOfferToADirectClientAndCountsTheDiscover() throws Exception {
        Outcome outcome = process(discover(1));

        Outcome.Reply reply = (Outcome.Reply) outcome;
        assertThat(reply.destination()).isEqualTo(new InetSocketAddress("255.255.255.255", 68));
        assertThat(reply.viaInterface()).isTrue();
        assertThat(reply.messageType()).isEqualTo("offer");
        assertThat(registry.get(DhcpMetrics.RECEIVED).tag("type", "discover").counter().count()).isEqualTo(1.0);
    }

    @Test
    void putsReplyOptionsInTheOrderOfTheParameterRequestListWithRelayInformationLast() throws Exception {
        RelayAgentInformation relayInfo = RelayAgentInformation.of(List.of(
                new RelayAgentInformation.SubOption(RelayAgentInformation.CIRCUIT_ID, new byte[] {1, 2})));
        ClientId clientId = ClientId.parse("01:52:54:00:ab:00:01");
        DhcpMessage relayedDiscover = discover(1).toBuilder().giaddr(SERVER)
                .options(o -> o.clientIdentifier(clientId).relayAgentInformation(relayInfo)).build();

        DhcpMessage offer = decoded(process(relayedDiscover));

        List<Integer> codes = offer.options().codes();
        assertThat(codes.subList(0, 2)).containsExactly(DhcpOptionCode.MESSAGE_TYPE, DhcpOptionCode.SERVER_IDENTIFIER);
        assertThat(codes).containsSubsequence(1, 28, 3, 15, 6);
        assertThat(codes).contains(51, 58, 59, 61);
        assertThat(codes.getLast()).isEqualTo(DhcpOptionCode.RELAY_AGENT_INFORMATION);
        assertThat(offer.options().relayAgentInformation()).contains(relayInfo);
        assertThat(offer.options().clientIdentifier()).contains(clientId);
    }

    @Test
    void sendsRelayedRepliesToTheRelayAgentOnPort67() {
        Outcome.Reply reply = (Outcome.Reply) process(discover(2).toBuilder().giaddr(SERVER).build());

        assertThat(reply.destination()).isEqualTo(new InetSocketAddress("198.18.0.1", 67));
        assertThat(reply.viaInterface()).isFalse();
    }

    @Test
    void dropsAReplyThatCannotFitTheClientsMaximumMessageSize() {
        List<Ipv4Address> many = java.util.stream.IntStream.rangeClosed(1, 60)
                .mapToObj(n -> Ipv4Address.parse("198.18.0." + n)).toList();
        String longDomain = String.join(".", java.util.Collections.nCopies(4, "x".repeat(50)));
        long id = subnets.list(null, 1).getFirst().id();
        subnets.replace(id, new SubnetDefinition("direct", Cidr.parse("198.18.0.0/24"),
                List.of(new AddressRange(Ipv4Address.parse("198.18.0.100"), Ipv4Address.parse("198.18.0.110"))),
                many, many, longDomain, null, null, null, List.of()));

        Outcome outcome = process(discover(3));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Dropped.class,
                dropped -> assertThat(dropped.reason()).isEqualTo(DropReason.REPLY_TOO_LARGE));
    }
}
