package org.leasekeeper.dhcp.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The golden captures under {@code src/test/resources/dhcp/<client>/NN-<message>.hex} (see README there). */
final class Captures {

    private Captures() {
    }

    /** The UDP payload of one capture, e.g. {@code bytes("dhclient/01-discover")}. */
    static byte[] bytes(String name) {
        try {
            String hex = Files.readAllLines(root().resolve(name + ".hex")).stream()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.replace(" ", ""))
                    .collect(Collectors.joining());
            return HexFormat.of().parseHex(hex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DhcpMessage decode(String name) {
        try {
            return new DhcpDecoder().decode(bytes(name));
        } catch (MalformedPacketException e) {
            throw new AssertionError(name + " does not decode", e);
        }
    }

    /** Every capture, as {@code client/NN-message}, sorted. */
    static List<String> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(f -> f.toString().endsWith(".hex"))
                    .map(f -> root().relativize(f).toString().replace('\\', '/').replaceAll("\\.hex$", ""))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        try {
            return Path.of(Captures.class.getResource("/dhcp").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
