package org.leasekeeper.dhcp.codec;

import static org.leasekeeper.dhcp.codec.DhcpOptionCode.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which {@link DhcpEncoder} writes options. Every order here is deterministic; the server
 * orders put message type (53) first, server identifier (54) second and relay agent information (82) last,
 * just before End (RFC 3046 §2.1).
 */
@FunctionalInterface
public interface OptionOrder {

    /** Arranges the codes of a message's options (given in insertion order) into wire order. */
    List<Integer> arrange(List<Integer> codes);

    /** 53, 54, then ascending code, 82 last. */
    static OptionOrder canonical() {
        return codes -> arrangeAround(codes, List.of());
    }

    /**
     * 53, 54, then the options the client asked for in its parameter request list (option 55) in the
     * client's order, then the rest by ascending code, 82 last (RFC 2131 §4.3.1 lets the client's order
     * guide the server's).
     */
    static OptionOrder followingRequestList(List<Integer> parameterRequestList) {
        List<Integer> requested = List.copyOf(parameterRequestList);
        return codes -> arrangeAround(codes, requested);
    }

    /** Exactly the insertion order, e.g. to re-encode a decoded message byte for byte. */
    static OptionOrder asGiven() {
        return List::copyOf;
    }

    private static List<Integer> arrangeAround(List<Integer> codes, List<Integer> preferred) {
        Set<Integer> present = new LinkedHashSet<>(codes);
        List<Integer> order = new ArrayList<>(codes.size());
        for (int first : List.of(MESSAGE_TYPE, SERVER_IDENTIFIER)) {
            if (present.remove(first)) {
                order.add(first);
            }
        }
        boolean relayInfo = present.remove(RELAY_AGENT_INFORMATION);
        for (int code : preferred) {
            if (present.remove(code)) {
                order.add(code);
            }
        }
        present.stream().sorted().forEach(order::add);
        if (relayInfo) {
            order.add(RELAY_AGENT_INFORMATION);
        }
        return order;
    }
}
