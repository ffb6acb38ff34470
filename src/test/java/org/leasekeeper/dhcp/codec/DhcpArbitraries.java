package org.leasekeeper.dhcp.codec;

import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.leasekeeper.net.Ipv4Address;

/** jqwik generators for DHCP messages whose options are all well-formed, known and unknown codes alike. */
final class DhcpArbitraries {

    private static final Set<Integer> KNOWN = Set.of(0, 1, 3, 6, 12, 15, 28, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
            60, 61, 81, 82, 118, 255);

    private DhcpArbitraries() {
    }

    static Arbitrary<DhcpMessage> messages() {
        return messages(bytes(DhcpMessage.SNAME_LENGTH), bytes(DhcpMessage.FILE_LENGTH));
    }

    /** Messages whose sname and file are empty, so the encoder may overload them. */
    static Arbitrary<DhcpMessage> messagesWithFreeSnameAndFile() {
        return messages(Arbitraries.just(new byte[DhcpMessage.SNAME_LENGTH]),
                Arbitraries.just(new byte[DhcpMessage.FILE_LENGTH]));
    }

    private static Arbitrary<DhcpMessage> messages(Arbitrary<byte[]> snames, Arbitrary<byte[]> files) {
        Arbitrary<DhcpMessageBuilder> header = Combinators.combine(
                Arbitraries.of(BootpOp.class), octet(), Arbitraries.integers().between(0, 16), octet(),
                Arbitraries.integers(), sixteenBits(), sixteenBits())
                .as((op, htype, hlen, hops, xid, secs, flags) -> DhcpMessage.builder().op(op).htype(htype).hlen(hlen)
                        .hops(hops).xid(xid).secs(secs).flags(flags));
        Arbitrary<DhcpMessageBuilder> addressed = Combinators.combine(header, addresses(), addresses(), addresses(),
                addresses(), bytes(DhcpMessage.CHADDR_LENGTH))
                .as((b, ci, yi, si, gi, chaddr) -> b.ciaddr(ci).yiaddr(yi).siaddr(si).giaddr(gi).chaddr(chaddr));
        return Combinators.combine(addressed, snames, files, options())
                .as((b, sname, file, options) -> b.sname(sname).file(file).options(options).build());
    }

    static Arbitrary<DhcpOptions> options() {
        return option().list().ofMaxSize(12).map(entries -> {
            DhcpOptionsBuilder builder = DhcpOptions.builder();
            entries.forEach(e -> builder.put(e.getKey(), e.getValue()));
            return builder.build();
        });
    }

    static Arbitrary<Map.Entry<Integer, byte[]>> option() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, unknownOption()),
                Tuple.of(1, fixed(DhcpOptionCode.MESSAGE_TYPE, 1)),
                Tuple.of(1, Arbitraries.of(1, 28, 50, 51, 54, 58, 59, 118)
                        .flatMap(code -> fixed(code, 4))),
                Tuple.of(1, Arbitraries.integers().between(576, 0xffff)
                        .map(size -> Map.entry(DhcpOptionCode.MAX_MESSAGE_SIZE, Octets.ofU16(size)))),
                Tuple.of(1, Combinators.combine(Arbitraries.of(3, 6),
                        Arbitraries.integers().between(1, 80)).flatAs((code, n) -> fixed(code, 4 * n))),
                Tuple.of(1, Combinators.combine(Arbitraries.of(12, 15, 55, 56, 60),
                        bytes(1, 400)).as(Map::entry)),
                Tuple.of(1, bytes(2, 255).map(id -> Map.entry(DhcpOptionCode.CLIENT_IDENTIFIER, id))),
                Tuple.of(1, fqdns().map(f -> Map.entry(DhcpOptionCode.CLIENT_FQDN, f.toBytes()))),
                Tuple.of(1, relayInformation()
                        .map(r -> Map.entry(DhcpOptionCode.RELAY_AGENT_INFORMATION, r.toBytes()))));
    }

    static Arbitrary<ClientFqdn> fqdns() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '0', '9')
                .ofMinLength(1).ofMaxLength(63);
        Arbitrary<String> name = Combinators.combine(label.list().ofMinSize(0).ofMaxSize(4), Arbitraries.of(true, false))
                .as((labels, rooted) -> String.join(".", labels) + (rooted && !labels.isEmpty() ? "." : ""));
        return Combinators.combine(Arbitraries.integers().between(0, 15), octet(), octet(), name)
                .as(ClientFqdn::new);
    }

    static Arbitrary<RelayAgentInformation> relayInformation() {
        Arbitrary<RelayAgentInformation.SubOption> sub = Combinators.combine(octet(), bytes(0, 40))
                .as(RelayAgentInformation.SubOption::new);
        return sub.list().ofMinSize(1).ofMaxSize(5).map(RelayAgentInformation::of);
    }

    private static Arbitrary<Map.Entry<Integer, byte[]>> unknownOption() {
        Arbitrary<Integer> code = Arbitraries.integers().between(1, 254).filter(c -> !KNOWN.contains(c));
        return Combinators.combine(code, Arbitraries.frequencyOf(
                Tuple.of(4, bytes(0, 255)),
                Tuple.of(1, bytes(256, 700)))).as(Map::entry);
    }

    private static Arbitrary<Map.Entry<Integer, byte[]>> fixed(int code, int length) {
        return bytes(length).map(data -> Map.entry(code, data));
    }

    static Arbitrary<byte[]> bytes(int length) {
        return bytes(length, length);
    }

    static Arbitrary<byte[]> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max);
    }

    private static Arbitrary<Integer> octet() {
        return Arbitraries.integers().between(0, 255);
    }

    private static Arbitrary<Integer> sixteenBits() {
        return Arbitraries.integers().between(0, 0xffff);
    }

    private static Arbitrary<Ipv4Address> addresses() {
        return Arbitraries.integers().map(Ipv4Address::new);
    }

    static List<Integer> knownCodes() {
        return List.copyOf(KNOWN);
    }
}
