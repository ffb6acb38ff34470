package org.leasekeeper.dhcp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

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
    @StatisticsReport(onFailureOnly = true)
    void encodingWithinTheDefaultLimitOverloadsOrRefuses(@ForAll("overloadable") DhcpMessage message)
            throws MalformedPacketException {
        Statistics.label("outcome").coverage(checker -> {
            checker.check("fits").count((Integer n) -> n >= 10);
            checker.check("overloaded").count((Integer n) -> n >= 10);
            checker.check("too large").count((Integer n) -> n >= 10);
        });
        int limit = DhcpEncoder.DEFAULT_MAX_LENGTH;
        byte[] datagram;
        try {
            datagram = encoder.encode(message, OptionOrder.canonical(), limit);
        } catch (MessageTooLarge e) {
            assertThat(e.limit()).isEqualTo(limit);
            assertThat(e.required()).isGreaterThan(limit);
            Statistics.label("outcome").collect("too large");
            return;
        }
        assertThat(datagram.length).isLessThanOrEqualTo(limit);
        assertThat(decoder.decode(datagram)).isEqualTo(message);
        Statistics.label("outcome").collect(
                DhcpEncoderTest.instanceCodes(datagram).contains(DhcpOptionCode.OPTION_OVERLOAD) ? "overloaded" : "fits");
    }

    @Property(tries = 200)
    void encodingIsDeterministic(@ForAll("messages") DhcpMessage message) {
        assertThat(encoder.encode(message)).isEqualTo(encoder.encode(message.toBuilder().build()));
    }
}
