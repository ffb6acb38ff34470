package org.leasekeeper.subnet;

import java.util.Arrays;
import java.util.List;

import org.leasekeeper.net.Ipv4Address;

/** Text forms of {@code inet} values: PostgreSQL may print a host address with its {@code /32}. */
final class Inet {

    private Inet() {
    }

    static Ipv4Address parse(String text) {
        return Ipv4Address.parse(text.endsWith("/32") ? text.substring(0, text.length() - 3) : text);
    }

    static List<Ipv4Address> parseAll(String[] texts) {
        return Arrays.stream(texts).map(Inet::parse).toList();
    }

    static String[] format(List<Ipv4Address> addresses) {
        return addresses.stream().map(Ipv4Address::toString).toArray(String[]::new);
    }
}
