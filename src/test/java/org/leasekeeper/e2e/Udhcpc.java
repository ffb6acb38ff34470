package org.leasekeeper.e2e;

import java.nio.file.Path;
import java.util.List;

/** busybox udhcpc in a client namespace, with a hook script that sets the address and records each event. */
final class Udhcpc extends ClientProcess {

    private final Path hook;

    Udhcpc(String namespace) {
        super(namespace);
        hook = script("hook", """
                case "$1" in
                  bound|renew)
                    ip -4 addr flush dev "$interface"
                    ip addr add "$ip/$subnet" dev "$interface"
                    echo "$1 $ip" >> %1$s ;;
                  deconfig)
                    ip -4 addr flush dev "$interface"
                    echo "$1" >> %1$s ;;
                  *)
                    echo "$1" >> %1$s ;;
                esac
                exit 0
                """.formatted(events()));
    }

    static boolean installed() {
        return Shell.has("udhcpc");
    }

    /** Obtains a lease and exits ({@code -q}); exits non-zero when none comes ({@code -n}); {@code -R} releases on exit. */
    void obtainAndExit(String hostname, boolean releaseOnExit) {
        List<String> command = new java.util.ArrayList<>(List.of("udhcpc", "-f", "-q", "-n", "-t", "4", "-T", "2",
                "-i", TestNetwork.CLIENT_INTERFACE, "-s", hook.toString(), "-x", "hostname:" + hostname));
        if (releaseOnExit) {
            command.add("-R");
        }
        start(command);
    }
}
