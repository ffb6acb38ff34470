package org.leasekeeper.e2e;

import java.nio.file.Path;
import java.util.List;

/**
 * dhcpcd in a client namespace, IPv4 only, in the foreground. Its state directories are private tmpfs mounts
 * (inside the mount namespace that {@code ip netns exec} creates), so runs never share lease files; the
 * {@code release} setting makes it release its lease when stopped.
 */
final class Dhcpcd extends ClientProcess {

    private final Path config;
    private final Path hook;

    Dhcpcd(String namespace, String hostname) {
        super(namespace);
        config = file("dhcpcd.conf", """
                hostname %s
                release
                noipv4ll
                noarp
                ipv4only
                option subnet_mask, routers, domain_name_servers, domain_name
                """.formatted(hostname));
        hook = script("hook", """
                echo "$reason $new_ip_address" >> %s
                exit 0
                """.formatted(events()));
    }

    static boolean installed() {
        return Shell.has("dhcpcd");
    }

    /** Runs dhcpcd in the foreground on {@code eth0}: it obtains a lease and keeps it until stopped. */
    void start() {
        String command = String.join(" ", "mount -t tmpfs tmpfs /var/lib/dhcpcd 2>/dev/null;",
                "mkdir -p /run/dhcpcd && mount -t tmpfs tmpfs /run/dhcpcd;",
                "exec dhcpcd -B -4 -t 30 -f", config.toString(), "-c", hook.toString(), TestNetwork.CLIENT_INTERFACE);
        start(List.of("sh", "-c", command));
    }
}
