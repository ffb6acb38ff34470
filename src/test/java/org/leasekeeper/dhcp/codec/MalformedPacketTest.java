package org.leasekeeper.dhcp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed datagrams, each rejected with {@link MalformedPacketException} at the offset of what is wrong. */
class MalformedPacketTest {

    private static final int OPTIONS = 240;
    private static final int FILE = 108;
    private static final int COOKIE = 236;

    static Stream<Arguments> malformedPackets() {
        return Stream.of(
                argumentSet("empty datagram", new byte[0], 0, "BOOTP header"),
                argumentSet("header cut at 235 octets", Arrays.copyOf(packet(), 235), 235, "BOOTP header"),
                argumentSet("magic cookie cut short", Arrays.copyOf(packet(), 238), 238, "magic cookie"),
                argumentSet("op neither request nor reply", with(packet(0x35, 1, 1, 0xff), 0, 3), 0, "op"),
                argumentSet("hlen beyond chaddr", with(packet(0x35, 1, 1, 0xff), 2, 17), 2, "hlen"),
                argumentSet("wrong magic cookie", with(packet(0x35, 1, 1, 0xff), COOKIE + 3, 0x64), COOKIE,
                        "magic cookie"),
                argumentSet("option length past the end", packet(0x35, 1, 1, 0x0c, 5, 'a'), OPTIONS + 3,
                        "runs past the end"),
                argumentSet("option without length octet", packet(0x35, 1, 1, 0x0c), OPTIONS + 3,
                        "no length octet"),
                argumentSet("missing End", packet(0x35, 1, 1), OPTIONS + 3, "without End"),
                argumentSet("only Pad, no End", packet(0, 0, 0, 0), OPTIONS + 4, "without End"),
                argumentSet("no options at all", packet(), OPTIONS, "without End"),
                argumentSet("zero-length message type", packet(0x35, 0, 0xff), OPTIONS, "option 53 must be 1"),
                argumentSet("zero-length hostname", packet(0x35, 1, 1, 0x0c, 0, 0xff), OPTIONS + 3,
                        "option 12 must not be empty"),
                argumentSet("zero-length parameter request list", packet(0x35, 1, 1, 0x37, 0, 0xff), OPTIONS + 3,
                        "option 55 must not be empty"),
                argumentSet("lease time of 3 octets", packet(0x35, 1, 1, 0x33, 3, 0, 0, 1, 0xff), OPTIONS + 3,
                        "option 51 must be 4"),
                argumentSet("requested address of 5 octets", packet(0x32, 5, 1, 2, 3, 4, 5, 0x35, 1, 1, 0xff),
                        OPTIONS, "option 50 must be 4"),
                argumentSet("maximum message size below 576", packet(0x35, 1, 1, 0x39, 2, 1, 0x00, 0xff),
                        OPTIONS + 3, "below 576"),
                argumentSet("routers not a multiple of 4", packet(0x03, 5, 1, 2, 3, 4, 5, 0xff), OPTIONS,
                        "IPv4 addresses"),
                argumentSet("client identifier of 1 octet", packet(0x3d, 1, 1, 0xff), OPTIONS, "client identifier"),
                argumentSet("message type repeated, concatenated to 2 octets (RFC 3396)",
                        packet(0x0c, 1, 'a', 0x35, 1, 1, 0x35, 1, 3, 0xff), OPTIONS + 3, "option 53 must be 1"),
                argumentSet("overload value 4", packet(0x35, 1, 1, 0x34, 1, 4, 0xff), OPTIONS + 3, "overload"),
                argumentSet("overload pointing at a file field holding garbage",
                        file(packet(0x35, 1, 1, 0x34, 1, 1, 0xff), 0x0c, 0x7f, 'x'), FILE, "file field"),
                argumentSet("overloaded file field without End",
                        file(packet(0x35, 1, 1, 0x34, 1, 1, 0xff), 0x0c, 1, 'x'), COOKIE, "without End"),
                argumentSet("overloaded sname field without End",
                        packet(0x35, 1, 1, 0x34, 1, 2, 0xff), FILE, "sname field ends without End"),
                argumentSet("overload option inside the file field",
                        file(packet(0x35, 1, 1, 0x34, 1, 1, 0xff), 0x34, 1, 2, 0xff), FILE, "belongs in the options"),
                argumentSet("relay sub-option past the end of option 82",
                        packet(0x35, 1, 1, 0x52, 3, 1, 5, 'a', 0xff), OPTIONS + 3, "sub-option"),
                argumentSet("empty relay agent information", packet(0x35, 1, 1, 0x52, 0, 0xff), OPTIONS + 3,
                        "sub-option"),
                argumentSet("client FQDN shorter than 3 octets", packet(0x51, 2, 0, 0, 0xff), OPTIONS, "FQDN"),
                argumentSet("client FQDN with a compression pointer",
                        packet(0x35, 1, 1, 0x51, 5, 0x05, 0, 0, 0xc0, 0x0c, 0xff), OPTIONS + 3, "compressed"),
                argumentSet("client FQDN label past the option",
                        packet(0x51, 6, 0x05, 0, 0, 5, 'a', 'b', 0xff), OPTIONS, "label runs past"),
                argumentSet("client FQDN octets after the root label",
                        packet(0x51, 6, 0x05, 0, 0, 0, 1, 'a', 0xff), OPTIONS, "after the root"),
                argumentSet("datagram longer than any UDP payload", largerThanUdp(), 65_507, "UDP payload"));
    }

    @ParameterizedTest
    @MethodSource("malformedPackets")
    void rejectsMalformedPacketAtTheOffsetOfTheFault(byte[] datagram, int offset, String reason) {
        assertThatThrownBy(() -> new DhcpDecoder().decode(datagram))
                .isInstanceOfSatisfying(MalformedPacketException.class, e -> {
                    assertThat(e.offset()).isEqualTo(offset);
                    assertThat(e.reason()).contains(reason);
                    assertThat(e.getMessage()).contains("offset " + offset);
                });
    }

    @Test
    void acceptsTheWellFormedBaseOfTheTable() throws MalformedPacketException {
        DhcpMessage message = new DhcpDecoder().decode(packet(0x35, 1, 1, 0xff));

        assertThat(message.messageType()).contains(DhcpMessageType.DISCOVER);
    }

    @Test
    void reportsOffsetsRelativeToTheSliceDecoded() {
        byte[] buffer = new byte[1000];
        byte[] datagram = packet(0x35, 0, 0xff);
        System.arraycopy(datagram, 0, buffer, 100, datagram.length);

        assertThatThrownBy(() -> new DhcpDecoder().decode(buffer, 100, datagram.length))
                .isInstanceOfSatisfying(MalformedPacketException.class, e -> assertThat(e.offset()).isEqualTo(OPTIONS));
    }

    /** A BOOTREQUEST header for an Ethernet client, the magic cookie, then the given option octets. */
    static byte[] packet(int... options) {
        byte[] p = new byte[OPTIONS + options.length];
        p[0] = 1;
        p[1] = 1;
        p[2] = 6;
        p[COOKIE] = 99;
        p[COOKIE + 1] = (byte) 130;
        p[COOKIE + 2] = 83;
        p[COOKIE + 3] = 99;
        for (int i = 0; i < options.length; i++) {
            p[OPTIONS + i] = (byte) options[i];
        }
        return p;
    }

    private static byte[] with(byte[] p, int offset, int value) {
        p[offset] = (byte) value;
        return p;
    }

    private static byte[] file(byte[] p, int... content) {
        for (int i = 0; i < content.length; i++) {
            p[FILE + i] = (byte) content[i];
        }
        return p;
    }

    private static byte[] largerThanUdp() {
        byte[] p = Arrays.copyOf(packet(0x35, 1, 1, 0xff), 65_508);
        return p;
    }

}
