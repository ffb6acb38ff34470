package org.leasekeeper.dhcp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded, seeded fuzz run of the decoder: mutations of every golden capture and random datagrams. Only
 * {@link MalformedPacketException} may escape; whatever decodes must re-encode and decode to an equal
 * message. Fixed seed and counts, so a failure reproduces; it finishes in about a second.
 */
class DecoderFuzzTest {

    private static final long SEED = 0x1ea5e_d4c9L;
    private static final int MUTATIONS_PER_CAPTURE = 3_000;
    private static final int RANDOM_DATAGRAMS = 20_000;

    private final DhcpDecoder decoder = new DhcpDecoder();
    private final DhcpEncoder encoder = new DhcpEncoder();
    private int decoded;
    private int rejected;

    @Test
    @Timeout(30)
    void onlyMalformedPacketEscapesTheDecoderForMutatedCaptures() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> captures = Captures.all();
        for (String capture : captures) {
            byte[] original = Captures.bytes(capture);
            for (int i = 0; i < MUTATIONS_PER_CAPTURE; i++) {
                check(mutate(original, random));
            }
        }
        assertThat(decoded).as("some mutations still decode").isPositive();
        assertThat(rejected).as("most mutations are rejected").isPositive();
    }

    @Test
    @Timeout(30)
    void onlyMalformedPacketEscapesTheDecoderForRandomDatagrams() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < RANDOM_DATAGRAMS; i++) {
            byte[] datagram = new byte[random.nextInt(700)];
            random.nextBytes(datagram);
            if (datagram.length > 240 && random.nextBoolean()) {
                datagram[0] = (byte) (1 + random.nextInt(2));
                datagram[2] = (byte) random.nextInt(17);
                System.arraycopy(new byte[] {99, (byte) 130, 83, 99}, 0, datagram, 236, 4);
                if (random.nextBoolean()) {
                    datagram[240 + random.nextInt(datagram.length - 240)] = (byte) 0xff;
                }
            }
            check(datagram);
        }
        assertThat(rejected).isPositive();
    }

    private void check(byte[] datagram) {
        DhcpMessage message;
        try {
            message = decoder.decode(datagram);
        } catch (MalformedPacketException e) {
            assertThat(e.offset()).isBetween(0, Math.max(datagram.length, 65_507));
            rejected++;
            return;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("decoder threw " + e + " for " + HexFormat.of().formatHex(datagram), e);
        }
        decoded++;
        try {
            assertThat(decoder.decode(encoder.encode(message))).isEqualTo(message);
        } catch (MalformedPacketException e) {
            fail("re-encoding of a decoded message does not decode: " + e.getMessage());
        }
    }

    /** One to four random edits: flip a bit, set an octet, truncate, insert, duplicate a span, or max a length. */
    static byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] p = original.clone();
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            if (p.length == 0) {
                return p;
            }
            int at = random.nextInt(p.length);
            switch (random.nextInt(7)) {
                case 0 -> p[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> p[at] = (byte) random.nextInt(256);
                case 2 -> p = Arrays.copyOf(p, at);
                case 3 -> {
                    byte[] longer = new byte[p.length + 1];
                    System.arraycopy(p, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(p, at, longer, at + 1, p.length - at);
                    p = longer;
                }
                case 4 -> {
                    int length = Math.min(p.length - at, 1 + random.nextInt(40));
                    byte[] longer = Arrays.copyOf(p, p.length + length);
                    System.arraycopy(p, at, longer, p.length, length);
                    p = longer;
                }
                case 5 -> p[at] = (byte) 0xff;
                default -> p[Math.max(at, Math.min(p.length - 1, 240 + random.nextInt(60)))] =
                        (byte) (random.nextBoolean() ? 52 : 1 + random.nextInt(3));
            }
        }
        return p;
    }

}
