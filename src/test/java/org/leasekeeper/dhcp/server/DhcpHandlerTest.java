package org.leasekeeper.dhcp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leasekeeper.dhcp.server.DhcpMessages.discover;
import static org.leasekeeper.dhcp.server.DhcpMessages.initReboot;
import static org.leasekeeper.dhcp.server.DhcpMessages.mac;
import static org.leasekeeper.dhcp.server.DhcpMessages.message;
import static org.leasekeeper.dhcp.server.DhcpMessages.relayed;
import static org.leasekeeper.dhcp.server.DhcpMessages.renewing;
import static org.leasekeeper.dhcp.server.DhcpMessages.selecting;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leasekeeper.dhcp.codec.ClientFqdn;
import org.leasekeeper.dhcp.codec.DhcpMessage;
import org.leasekeeper.dhcp.codec.DhcpMessageType;
import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.lease.LeaseState;
import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetDefinition;
import org.leasekeeper.subnet.SubnetService;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The handler's message → reply mapping, with the real lease and subnet services on the test PostgreSQL. */
@SpringBootTest(
        properties = {"leasekeeper.dhcp.enabled=false", "leasekeeper.reclaim.interval=1h"})
@DatabaseTest
class DhcpHandlerTest {

    static final Ipv4Address SERVER = ip("198.18.0.1");
    static final Ipv4Address RELAY = ip("198.51.100.1");
    static final Ipv4Address OTHER_RELAY = ip("127.0.0.2");

    @Autowired
    LeaseService leases;
    @Autowired
    SubnetService subnets;
    @Autowired
    Clock clock;
    @Autowired
    DatabaseCleaner cleaner;

    DhcpHandler handler;
    Subnet direct;

    static Ipv4Address ip(String text) {
        return Ipv4Address.parse(text);
    }

    @BeforeEach
    void setUp() {
        cleaner.clean();
        direct = subnets.create(new SubnetDefinition("direct", Cidr.parse("198.18.0.0/24"),
                List.of(new AddressRange(ip("198.18.0.100"), ip("198.18.0.101"))), List.of(SERVER), List.of(SERVER),
                "lab.test", Duration.ofSeconds(600), null, null, List.of()));
        subnets.create(new SubnetDefinition("relayed", Cidr.parse("198.51.100.0/24"),
                List.of(new AddressRange(ip("198.51.100.10"), ip("198.51.100.20"))), List.of(), List.of(), null,
                null, null, null, List.of(OTHER_RELAY)));
        handler = new DhcpHandler(leases, new SubnetSelector(subnets, SERVER), SERVER, Duration.ofSeconds(30), clock);
    }

    private DhcpMessage reply(DhcpMessage request) {
        Answer answer = handler.handle(request, request.messageType().orElseThrow());
        assertThat(answer).isInstanceOf(Answer.Send.class);
        return ((Answer.Send) answer).reply();
    }

    private DhcpMessage bound(int client) {
        DhcpMessage offer = reply(discover(client));
        return reply(selecting(client, SERVER, offer.yiaddr()));
    }

    private LeaseState state(Ipv4Address address) {
        return leases.find(address).orElseThrow().state();
    }

    @Test
    void offersAnAddressOfThePoolWithLeaseTimesServerIdentifierAndSubnetOptions() {
        DhcpMessage offer = reply(discover(1));

        assertThat(offer.messageType()).contains(DhcpMessageType.OFFER);
        assertThat(direct.inPool(offer.yiaddr())).isTrue();
        assertThat(offer.xid()).isEqualTo(discover(1).xid());
        assertThat(offer.options().serverIdentifier()).contains(SERVER);
        assertThat(offer.options().leaseTime()).contains(Duration.ofSeconds(600));
        assertThat(offer.options().renewalTime()).contains(Duration.ofSeconds(300));
        assertThat(offer.options().rebindingTime()).contains(Duration.ofSeconds(525));
        assertThat(offer.options().subnetMask()).contains(ip("255.255.255.0"));
        assertThat(offer.options().routers()).containsExactly(SERVER);
        assertThat(offer.options().dnsServers()).containsExactly(SERVER);
        assertThat(offer.options().domainName()).contains("lab.test");
        assertThat(offer.options().broadcastAddress()).contains(ip("198.18.0.255"));
        assertThat(state(offer.yiaddr())).isEqualTo(LeaseState.OFFERED);
    }

    @Test
    void aRepeatedDiscoverGetsTheSameOffer() {
        assertThat(reply(discover(1)).yiaddr()).isEqualTo(reply(discover(1)).yiaddr());
    }

    @Test
    void acksARequestForOurOfferAndBindsTheLeaseWithTheHostname() {
        DhcpMessage offer = reply(discover(1));

        DhcpMessage ack = reply(selecting(1, SERVER, offer.yiaddr()));

        assertThat(ack.messageType()).contains(DhcpMessageType.ACK);
        assertThat(ack.yiaddr()).isEqualTo(offer.yiaddr());
        assertThat(ack.options().leaseTime()).contains(Duration.ofSeconds(600));
        var lease = leases.find(ack.yiaddr()).orElseThrow();
        assertThat(lease.state()).isEqualTo(LeaseState.BOUND);
        assertThat(lease.hwAddress()).isEqualTo(mac(1));
        assertThat(lease.hostname()).isEqualTo("host1");
    }

    @Test
    void freesOurOfferWhenTheClientChoosesAnotherServer() {
        DhcpMessage offer = reply(discover(1));

        Answer answer = handler.handle(selecting(1, ip("198.18.0.2"), offer.yiaddr()), DhcpMessageType.REQUEST);

        assertThat(answer).isInstanceOf(Answer.Silence.class);
        assertThat(state(offer.yiaddr())).isNotEqualTo(LeaseState.OFFERED);
    }

    @Test
    void naksARequestForAnotherClientsAddress() {
        Ipv4Address taken = bound(1).yiaddr();

        DhcpMessage nak = reply(selecting(2, SERVER, taken));

        assertThat(nak.messageType()).contains(DhcpMessageType.NAK);
        assertThat(nak.yiaddr()).isEqualTo(Ipv4Address.ANY);
        assertThat(leases.find(taken).orElseThrow().hwAddress()).isEqualTo(mac(1));
    }

    @Test
    void staysSilentOnInitRebootOfAClientItKnowsNothingOf() {
        Answer answer = handler.handle(initReboot(7, ip("198.18.0.100")), DhcpMessageType.REQUEST);

        assertThat(answer).isInstanceOf(Answer.Silence.class);
    }

    @Test
    void naksInitRebootOnTheWrongNetwork() {
        bound(1);

        DhcpMessage nak = reply(initReboot(1, ip("203.0.113.50")));

        assertThat(nak.messageType()).contains(DhcpMessageType.NAK);
    }

    @Test
    void naksInitRebootFromTheWrongNetworkEvenForAClientItKnowsNothingOf() {
        DhcpMessage nak = reply(initReboot(9, ip("203.0.113.50")));

        assertThat(nak.messageType()).contains(DhcpMessageType.NAK);
    }

    @Test
    void acksInitRebootToTheClientsOwnAddress() {
        Ipv4Address address = bound(1).yiaddr();

        DhcpMessage ack = reply(initReboot(1, address));

        assertThat(ack.messageType()).contains(DhcpMessageType.ACK);
        assertThat(ack.yiaddr()).isEqualTo(address);
    }

    @Test
    void acksARenewalAndNaksARenewalOfSomeoneElsesLease() {
        Ipv4Address address = bound(1).yiaddr();

        DhcpMessage ack = reply(renewing(1, address));
        DhcpMessage nak = reply(renewing(2, address));

        assertThat(ack.messageType()).contains(DhcpMessageType.ACK);
        assertThat(ack.ciaddr()).isEqualTo(address);
        assertThat(nak.messageType()).contains(DhcpMessageType.NAK);
        assertThat(state(address)).isEqualTo(LeaseState.BOUND);
    }

    @Test
    void naksARenewalOfAReleasedLease() {
        Ipv4Address address = bound(1).yiaddr();
        handler.handle(message(DhcpMessageType.RELEASE, 1, o -> o.serverIdentifier(SERVER)).toBuilder()
                .ciaddr(address).build(), DhcpMessageType.RELEASE);

        assertThat(state(address)).isEqualTo(LeaseState.RELEASED);
        assertThat(reply(renewing(1, address)).messageType()).contains(DhcpMessageType.NAK);
    }

    @Test
    void quarantinesADeclinedAddressWithoutAnswering() {
        Ipv4Address address = bound(1).yiaddr();

        Answer answer = handler.handle(message(DhcpMessageType.DECLINE, 1,
                o -> o.serverIdentifier(SERVER).requestedAddress(address)), DhcpMessageType.DECLINE);

        assertThat(answer).isInstanceOf(Answer.Silence.class);
        assertThat(state(address)).isEqualTo(LeaseState.DECLINED);
    }

    @Test
    void answersInformWithTheSubnetsOptionsAndNoLease() {
        DhcpMessage inform = message(DhcpMessageType.INFORM, 3, o -> { }).toBuilder().ciaddr(ip("198.18.0.50")).build();

        DhcpMessage ack = reply(inform);

        assertThat(ack.messageType()).contains(DhcpMessageType.ACK);
        assertThat(ack.yiaddr()).isEqualTo(Ipv4Address.ANY);
        assertThat(ack.options().leaseTime()).isEmpty();
        assertThat(ack.options().routers()).containsExactly(SERVER);
        assertThat(leases.findLatestForClient(direct.id(), ClientIdentity.of(mac(3)))).isEmpty();
    }

    @Test
    void storesTheNameOfTheClientFqdnOptionWhenThereIsNoHostname() {
        DhcpMessage offer = reply(message(DhcpMessageType.DISCOVER, 4, o -> { }));

        reply(message(DhcpMessageType.REQUEST, 4, o -> o.serverIdentifier(SERVER).requestedAddress(offer.yiaddr())
                .clientFqdn(ClientFqdn.wire(ClientFqdn.FLAG_S, "laptop.lab.test."))));

        assertThat(leases.find(offer.yiaddr()).orElseThrow().hostname()).isEqualTo("laptop.lab.test");
    }

    @Test
    void servesARelayedClientFromTheSubnetListingTheRelayAddress() {
        DhcpMessage offer = reply(relayed(discover(5), OTHER_RELAY));

        assertThat(offer.yiaddr().toString()).startsWith("198.51.100.");
        assertThat(offer.giaddr()).isEqualTo(OTHER_RELAY);
    }

    @Test
    void servesARelayedClientFromTheSubnetContainingGiaddr() {
        assertThat(reply(relayed(discover(5), RELAY)).yiaddr().toString()).startsWith("198.51.100.");
    }

    @Test
    void letsTheSubnetSelectionOptionChooseTheSubnet() {
        DhcpMessage request = message(DhcpMessageType.DISCOVER, 6, o -> o.subnetSelection(ip("198.51.100.0")));

        assertThat(reply(request).yiaddr().toString()).startsWith("198.51.100.");
    }

    @Test
    void dropsARelayedRequestFromANetworkNoSubnetServes() {
        Answer answer = handler.handle(relayed(discover(8), ip("203.0.113.1")), DhcpMessageType.DISCOVER);

        assertThat(answer).isEqualTo(Answer.drop(DropReason.NO_SUBNET,
                "DISCOVER from a network no subnet serves (giaddr 203.0.113.1)"));
    }

    @Test
    void dropsADiscoverWhenThePoolIsExhausted() {
        bound(1);
        bound(2);

        Answer answer = handler.handle(discover(3), DhcpMessageType.DISCOVER);

        assertThat(answer).isInstanceOfSatisfying(Answer.Drop.class,
                drop -> assertThat(drop.reason()).isEqualTo(DropReason.POOL_EXHAUSTED));
    }
}
