package org.leasekeeper.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * ISC dhclient in a client namespace, in the foreground ({@code -d}) with its own configuration, lease file and
 * a hook script that only sets the address on {@code eth0} (the stock dhclient-script would rewrite the
 * machine's resolv.conf) and records each event.
 */
final class Dhclient extends ClientProcess {

    private final Path config;
    private final Path leases;
    private final Path pidFile;
    private final Path hook;

    Dhclient(String namespace, String hostname) {
        super(namespace);
        config = file("dhclient.conf", """
                send host-name "%s";
                request subnet-mask, broadcast-address, routers, domain-name, domain-name-servers, host-name;
                timeout 30;
                retry 2;
                initial-interval 1;
                backoff-cutoff 2;
                """.formatted(hostname));
        leases = file("dhclient.leases", "");
        pidFile = directory.resolve("dhclient.pid");
        hook = script("hook", """
                case "$reason" in
                  BOUND|RENEW|REBIND|REBOOT)
                    if [ -n "$old_ip_address" ] && [ "$old_ip_address" != "$new_ip_address" ]; then
                      ip -4 addr flush dev "$interface"
                    fi
                    ip addr replace "$new_ip_address/$new_subnet_mask" dev "$interface"
                    echo "$reason $new_ip_address" >> %1$s ;;
                  EXPIRE|FAIL|RELEASE|STOP)
                    ip -4 addr flush dev "$interface"
                    echo "$reason" >> %1$s ;;
                  *)
                    echo "$reason" >> %1$s ;;
                esac
                exit 0
                """.formatted(events()));
    }

    static boolean installed() {
        return Shell.has("dhclient");
    }

    /** Runs dhclient in the foreground: it obtains a lease, then renews it at T1 until stopped. */
    void start() {
        start(List.of("dhclient", "-4", "-v", "-d", "-cf", config.toString(), "-lf", leases.toString(),
                "-pf", pidFile.toString(), "-sf", hook.toString(), TestNetwork.CLIENT_INTERFACE));
    }

    /** {@code dhclient -r}: stops the running dhclient and releases its lease. */
    Shell.Result release() {
        return Shell.exec(Duration.ofSeconds(30), Map.of(), Shell.inNamespace(namespace, "dhclient", "-4", "-v",
                "-r", "-cf", config.toString(), "-lf", leases.toString(), "-pf", pidFile.toString(),
                "-sf", hook.toString(), TestNetwork.CLIENT_INTERFACE).toArray(String[]::new));
    }

    /** Replaces the lease file with one remembering {@code address}, so that the next start is an INIT-REBOOT. */
    void rememberLease(String address, String serverIdentifier) {
        file("dhclient.leases", """
                lease {
                  interface "%s";
                  fixed-address %s;
                  option subnet-mask 255.255.255.0;
                  option dhcp-server-identifier %s;
                  renew 6 2099/01/01 00:00:00;
                  rebind 6 2099/01/01 00:00:00;
                  expire 6 2099/01/01 00:00:00;
                }
                """.formatted(TestNetwork.CLIENT_INTERFACE, address, serverIdentifier));
    }
}
