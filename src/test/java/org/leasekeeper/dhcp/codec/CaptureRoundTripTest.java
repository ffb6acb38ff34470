package org.leasekeeper.dhcp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips of every golden capture. "Byte-exact" here means: decoding a capture and encoding it again
 * with {@link OptionOrder#asGiven()} reproduces the datagram octet for octet, except that a datagram
 * shorter than the 300-octet BOOTP minimum comes back zero-padded to 300 (only Kea's ACK to an INFORM is
 * that short). That holds because the captured senders put each option once, use no Pad inside the
 * options, and pad after End as the encoder does (to 300 octets, or not at all when longer). Encoding in
 * canonical order instead changes only the order of options, so decoding that gives an equal message.
 */
class CaptureRoundTripTest {

    private final DhcpDecoder decoder = new DhcpDecoder();
    private final DhcpEncoder encoder = new DhcpEncoder();

    static List<String> captures() {
        List<String> all = Captures.all();
        assertThat(all).as("captures present").hasSizeGreaterThanOrEqualTo(20);
        return all;
    }

    @ParameterizedTest
    @MethodSource("captures")
    void reEncodesCaptureByteForByteInTheClientsOptionOrder(String capture) throws MalformedPacketException {
        byte[] datagram = Captures.bytes(capture);

        byte[] expected = Arrays.copyOf(datagram, Math.max(datagram.length, 300));

        assertThat(encoder.encode(decoder.decode(datagram), OptionOrder.asGiven())).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("captures")
    void decodesCanonicalReEncodingToAnEqualMessage(String capture) throws MalformedPacketException {
        DhcpMessage message = Captures.decode(capture);

        assertThat(decoder.decode(encoder.encode(message))).isEqualTo(message);
    }
}
