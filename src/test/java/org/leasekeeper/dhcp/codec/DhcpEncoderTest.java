package org.leasekeeper.dhcp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

class DhcpEncoderTest {

    private static final int OPTIONS = 240;
    private static final int SNAME = 44;
    private static final int FILE = 108;

    private final DhcpEncoder encoder = new DhcpEncoder();
    private final DhcpDecoder decoder = new DhcpDecoder();

    @Test
    void writesMessageTypeThenServerIdThenAscendingCodesAndRelayInformationLast() {
        DhcpMessage message = reply(o -> o
                .relayAgentInformation(RelayAgentInformation.of(new byte[] {1, 2, 'a', 'b'}))
                .dnsServers(List.of(Ipv4Address.parse("198.18.0.53")))
                .subnetMask(Ipv4Address.parse("255.255.255.0"))
                .serverIdentifier(Ipv4Address.parse("198.18.0.1"))
                .messageType(DhcpMessageType.ACK)
                .routers(List.of(Ipv4Address.parse("198.18.0.1"))));

        assertThat(instanceCodes(encoder.encode(message, OptionOrder.canonical(), 548)))
                .containsExactly(53, 54, 1, 3, 6, 82, 255);
    }

    @Test
    void followsTheParameterRequestListAfterTypeAndServerId() {
        DhcpMessage message = reply(o -> o
                .relayAgentInformation(RelayAgentInformation.of(new byte[] {2, 1, 'r'}))
                .leaseTime(Duration.ofHours(1))
                .subnetMask(Ipv4Address.parse("255.255.255.0"))
                .routers(List.of(Ipv4Address.parse("198.18.0.1")))
                .domainName("lk.test")
                .messageType(DhcpMessageType.OFFER)
                .serverIdentifier(Ipv4Address.parse("198.18.0.1")));

        byte[] datagram = encoder.encode(message, OptionOrder.followingRequestList(List.of(15, 3, 82, 1, 99)));

        assertThat(instanceCodes(datagram)).containsExactly(53, 54, 15, 3, 1, 51, 82, 255);
    }

    @Test
    void keepsInsertionOrderWhenAskedTo() {
        DhcpMessage message = reply(o -> o.hostname("h").messageType(DhcpMessageType.DISCOVER).put(200, new byte[0]));

        assertThat(instanceCodes(encoder.encode(message, OptionOrder.asGiven()))).containsExactly(12, 53, 200, 255);
    }

    @Test
    void splitsOptionsLongerThan255OctetsIntoConsecutiveInstances() throws MalformedPacketException {
        byte[] value = new byte[600];
        Arrays.fill(value, (byte) 7);
        DhcpMessage message = reply(o -> o.messageType(DhcpMessageType.ACK).put(224, value).hostname("x"));

        byte[] datagram = encoder.encode(message);

        assertThat(instanceCodes(datagram)).containsExactly(53, 12, 224, 224, 224, 255);
        assertThat(instanceLengths(datagram)).containsExactly(1, 1, 255, 255, 90);
        assertThat(decoder.decode(datagram).options().get(224)).hasValueSatisfying(v -> assertThat(v).isEqualTo(value));
    }

    @Test
    void padsShortMessagesToTheBootpMinimumOf300Octets() {
        byte[] datagram = encoder.encode(reply(o -> o.messageType(DhcpMessageType.NAK)));

        assertThat(datagram).hasSize(300);
        assertThat(datagram[OPTIONS + 3] & 0xff).isEqualTo(255);
        assertThat(Arrays.copyOfRange(datagram, OPTIONS + 4, 300)).containsOnly(0);
    }

    @Test
    void overloadsFileThenSnameWhenOptionsExceedTheLimit() throws MalformedPacketException {
        DhcpMessage message = reply(o -> o.messageType(DhcpMessageType.ACK)
                .put(224, new byte[200]).put(225, new byte[120]).put(226, new byte[40]));

        byte[] datagram = encoder.encode(message, OptionOrder.canonical(), 548);

        assertThat(datagram.length).isLessThanOrEqualTo(548);
        assertThat(instanceCodes(datagram)).containsExactly(53, 224, 52, 255);
        assertThat(datagram[OPTIONS + 3 + 202 + 2] & 0xff).as("overload value: file and sname").isEqualTo(3);
        assertThat(new int[] {datagram[FILE] & 0xff, datagram[FILE + 122] & 0xff}).containsExactly(225, 255);
        assertThat(new int[] {datagram[SNAME] & 0xff, datagram[SNAME + 42] & 0xff}).containsExactly(226, 255);
        assertThat(decoder.decode(datagram)).isEqualTo(message);
    }

    @Test
    void overloadsOnlyTheFieldsThatAreFree() throws MalformedPacketException {
        DhcpMessage message = reply(o -> o.messageType(DhcpMessageType.ACK).put(224, new byte[250])
                .put(225, new byte[100])).toBuilder().serverName("tftp.lk.test").build();

        byte[] datagram = encoder.encode(message, OptionOrder.canonical(), 548);

        DhcpMessage decoded = decoder.decode(datagram);
        assertThat(decoded).isEqualTo(message);
        assertThat(decoded.serverName()).isEqualTo("tftp.lk.test");
    }

    @Test
    void refusesMessagesThatDoNotFitEvenWithOverload() {
        DhcpMessage message = reply(o -> o.messageType(DhcpMessageType.ACK).put(224, new byte[250])
                .put(225, new byte[200])).toBuilder().bootFileName("pxelinux.0").build();

        assertThatThrownBy(() -> encoder.encode(message, OptionOrder.canonical(), 548))
                .isInstanceOfSatisfying(MessageTooLarge.class, e -> {
                    assertThat(e.limit()).isEqualTo(548);
                    assertThat(e.required()).isEqualTo(240 + 3 + 252 + 202 + 1);
                });
    }

    @Test
    void takesTheReplyLimitFromTheRequestsMaximumMessageSize() {
        assertThat(DhcpEncoder.maxReplyLength(reply(o -> o.messageType(DhcpMessageType.DISCOVER)))).isEqualTo(548);
        assertThat(DhcpEncoder.maxReplyLength(reply(o -> o.maxMessageSize(1500)))).isEqualTo(1472);
        assertThat(DhcpEncoder.maxReplyLength(reply(o -> o.maxMessageSize(65535)))).isEqualTo(65507);
    }

    @Test
    void refusesALimitBelowTheBootpMinimum() {
        assertThatThrownBy(() -> encoder.encode(reply(o -> o.messageType(DhcpMessageType.ACK)),
                OptionOrder.canonical(), 299)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTheHeaderFieldsAtTheirRfc2131Offsets() {
        DhcpMessage message = DhcpMessage.builder().op(BootpOp.BOOTREPLY).hops(3).xid(0x01020304).secs(9)
                .broadcast(true).ciaddr(Ipv4Address.parse("10.0.0.1")).yiaddr(Ipv4Address.parse("10.0.0.2"))
                .siaddr(Ipv4Address.parse("10.0.0.3")).giaddr(Ipv4Address.parse("10.0.0.4"))
                .macAddress(MacAddress.parse("02:00:00:00:00:09")).build();

        byte[] p = encoder.encode(message);

        assertThat(Arrays.copyOfRange(p, 0, 34)).containsExactly(2, 1, 6, 3, 1, 2, 3, 4, 0, 9, 0x80 - 256, 0,
                10, 0, 0, 1, 10, 0, 0, 2, 10, 0, 0, 3, 10, 0, 0, 4, 2, 0, 0, 0, 0, 9);
        assertThat(Arrays.copyOfRange(p, 236, 240)).containsExactly(99, 130 - 256, 83, 99);
    }

    private static DhcpMessage reply(java.util.function.Consumer<DhcpOptionsBuilder> options) {
        return DhcpMessage.builder().op(BootpOp.BOOTREPLY).xid(42)
                .macAddress(MacAddress.parse("02:4c:4b:00:00:09")).options(options).build();
    }

    /** Codes of the option instances in the options field, Pad skipped, up to and including End. */
    static List<Integer> instanceCodes(byte[] datagram) {
        List<Integer> codes = new ArrayList<>();
        for (int pos = OPTIONS; pos < datagram.length; ) {
            int code = datagram[pos] & 0xff;
            if (code == 0) {
                pos++;
                continue;
            }
            codes.add(code);
            if (code == 255) {
                break;
            }
            pos += 2 + (datagram[pos + 1] & 0xff);
        }
        return codes;
    }

    private static List<Integer> instanceLengths(byte[] datagram) {
        List<Integer> lengths = new ArrayList<>();
        for (int pos = OPTIONS; datagram[pos] != (byte) 0xff; pos += 2 + (datagram[pos + 1] & 0xff)) {
            lengths.add(datagram[pos + 1] & 0xff);
        }
        return lengths;
    }
}
