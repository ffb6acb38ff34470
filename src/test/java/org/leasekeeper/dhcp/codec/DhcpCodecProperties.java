package org.leasekeeper.dhcp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** decode(encode(m)) equals m for generated messages, in every option order and under a size limit. */
class DhcpCodecProperties {

    private final DhcpDecoder decoder = new DhcpDecoder();
    private final DhcpEncoder encoder = new DhcpEncoder();

    @Provide
    Arbitrary<DhcpMessage> messages() {
        return DhcpArbitraries.messages();
    }

    @Provide
    Arbitrary<DhcpMessage> overloadable() {
        return DhcpArbitraries.messagesWithFreeSnameAndFile();
    }

    @Property(tries = 500)
    void decodingTheCanonicalEncodingGivesTheMessageBack(@ForAll("messages") DhcpMessage message)
            throws MalformedPacketException {
        byte[] datagram = encoder.encode(message);

        assertThat(decoder.decode(datagram)).isEqualTo(message);
        assertThat(datagram.length).isGreaterThanOrEqualTo(300);
    }

    @Property(tries = 300)
    void encodingAsGivenKeepsTheOptionOrder(@ForAll("messages") DhcpMessage message) throws MalformedPacketException {
        DhcpMessage decoded = decoder.decode(encoder.encode(message, OptionOrder.asGiven()));

        assertThat(decoded).isEqualTo(message);
        assertThat(decoded.options().codes()).isEqualTo(message.options().codes());
    }

    @Property(tries = 300)
    void encodingWithinTheDefaultLimitOverloadsOrRefuses(@ForAll("overloadable") DhcpMessage message)
            throws MalformedPacketException {
        int limit = DhcpEncoder.DEFAULT_MAX_LENGTH;
        byte[] datagram;
        try {
            datagram = encoder.encode(message, OptionOrder.canonical(), limit);
        } catch (MessageTooLarge e) {
            assertThat(e.limit()).isEqualTo(limit);
            assertThatThrownBy(() -> encoder.encode(message, OptionOrder.canonical(), limit))
                    .isInstanceOf(MessageTooLarge.class);
            return;
        }
        assertThat(datagram.length).isLessThanOrEqualTo(limit);
        assertThat(decoder.decode(datagram)).isEqualTo(message);
    }

    @Property(tries = 200)
    void encodingIsDeterministic(@ForAll("messages") DhcpMessage message) {
        assertThat(encoder.encode(message)).isEqualTo(encoder.encode(message.toBuilder().build()));
    }
}
