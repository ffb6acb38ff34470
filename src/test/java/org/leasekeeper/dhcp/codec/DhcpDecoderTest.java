package org.leasekeeper.dhcp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leasekeeper.dhcp.codec.MalformedPacketTest.packet;

import org.junit.jupiter.api.Test;

/** Decoding of hand-made datagrams, independent of the encoder. */
class DhcpDecoderTest {

    private static final int SNAME = 44;
    private static final int FILE = 108;

    private final DhcpDecoder decoder = new DhcpDecoder();

    @Test
    void readsOptionsFromOverloadedFileAndSnameFields() throws MalformedPacketException {
        byte[] p = packet(0x35, 1, 5, 0x34, 1, 3, 0xff);
        put(p, FILE, 0x0c, 2, 'h', 'i', 0xff);
        put(p, SNAME, 0x0f, 3, 'a', 'b', 'c', 0xff);

        DhcpMessage message = decoder.decode(p);

        assertThat(message.options().hostname()).contains("hi");
        assertThat(message.options().domainName()).contains("abc");
        assertThat(message.options().contains(DhcpOptionCode.OPTION_OVERLOAD)).isFalse();
        assertThat(message.file()).containsOnly(0);
        assertThat(message.sname()).containsOnly(0);
    }

    @Test
    void concatenatesRepeatedOptionsInOptionsFileSnameOrder() throws MalformedPacketException {
        byte[] p = packet(0x0c, 1, 'a', 0x34, 1, 3, 0x35, 1, 1, 0xff);
        put(p, SNAME, 0x0c, 1, 'c', 0xff);
        put(p, FILE, 0x0c, 1, 'b', 0xff);

        assertThat(decoder.decode(p).options().hostname()).contains("abc");
    }

    @Test
    void keepsSnameAndFileWhenNotOverloaded() throws MalformedPacketException {
        byte[] p = packet(0x35, 1, 2, 0xff);
        put(p, SNAME, 's', 'r', 'v');
        put(p, FILE, 'b', 'o', 'o', 't');

        DhcpMessage message = decoder.decode(p);

        assertThat(message.serverName()).isEqualTo("srv");
        assertThat(message.bootFileName()).isEqualTo("boot");
    }

    @Test
    void skipsPadBetweenOptionsAndIgnoresOctetsAfterEnd() throws MalformedPacketException {
        DhcpMessage message = decoder.decode(packet(0, 0x35, 1, 3, 0, 0, 0x0c, 1, 'x', 0xff, 0x0c, 0x7f, 9));

        assertThat(message.options().codes()).containsExactly(53, 12);
        assertThat(message.options().hostname()).contains("x");
    }

    @Test
    void keepsUnknownOptionsWithTheirOctetsIncludingEmptyOnes() throws MalformedPacketException {
        DhcpMessage message = decoder.decode(packet(0x35, 1, 1, 0xfa, 2, 7, 8, 0x50, 0, 0xff));

        assertThat(message.options().get(0xfa)).hasValueSatisfying(v -> assertThat(v).containsExactly(7, 8));
        assertThat(message.options().get(80)).hasValueSatisfying(v -> assertThat(v).isEmpty());
    }

    @Test
    void acceptsUnknownMessageTypesAndBootpRequestsWithoutOne() throws MalformedPacketException {
        assertThat(decoder.decode(packet(0x35, 1, 99, 0xff)).options().messageTypeCode()).hasValue(99);
        assertThat(decoder.decode(packet(0xff)).messageType()).isEmpty();
    }

    private static void put(byte[] p, int offset, int... octets) {
        for (int i = 0; i < octets.length; i++) {
            p[offset + i] = (byte) octets[i];
        }
    }
}
