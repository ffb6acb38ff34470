package org.leasekeeper.e2e;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A server namespace with a bridge {@code br0} at {@link #SERVER_ADDRESS}/24 and client namespaces, each joined
 * to the bridge by a veth pair whose client end is {@code eth0}. Links are created directly inside the
 * namespaces, so the machine's own namespace never sees them. Names carry a random tag; {@link #close} deletes
 * every namespace (and with them the links) and ends the processes left in them.
 */
final class TestNetwork implements AutoCloseable {

    static final String SERVER_ADDRESS = "198.18.0.1";
    static final String SERVER_CIDR = "198.18.0.0/24";
    static final String BRIDGE = "br0";
    static final String CLIENT_INTERFACE = "eth0";

    private final String tag = "lk" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
    private final String server = tag + "-srv";
    private final List<String> clients = new ArrayList<>();
    private final Thread cleanupOnExit = new Thread(this::deleteAll, "lk-e2e-cleanup-" + tag);

    TestNetwork() {
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        Shell.run("ip", "netns", "add", server);
        Shell.run("ip", "-n", server, "link", "set", "lo", "up");
        Shell.run("ip", "-n", server, "link", "add", BRIDGE, "type", "bridge");
        Shell.run("ip", "-n", server, "addr", "add", SERVER_ADDRESS + "/24", "dev", BRIDGE);
        Shell.run("ip", "-n", server, "link", "set", BRIDGE, "up");
    }

    String serverNamespace() {
        return server;
    }

    /** A new client namespace on the bridge, with {@code eth0} up and no address. */
    String addClient() {
        int index = clients.size() + 1;
        String client = tag + "-c" + index;
        Shell.run("ip", "netns", "add", client);
        clients.add(client);
        String port = "p" + index;
        Shell.run("ip", "-n", client, "link", "set", "lo", "up");
        Shell.run("ip", "-n", server, "link", "add", port, "type", "veth", "peer", "name", CLIENT_INTERFACE,
                "netns", client);
        Shell.run("ip", "-n", server, "link", "set", port, "master", BRIDGE);
        Shell.run("ip", "-n", server, "link", "set", port, "up");
        Shell.run("ip", "-n", client, "link", "set", CLIENT_INTERFACE, "up");
        return client;
    }

    /** The hardware address of a client namespace's {@code eth0}, lower case. */
    static String macOf(String namespace) {
        String out = Shell.run("ip", "-n", namespace, "-o", "link", "show", CLIENT_INTERFACE);
        int at = out.indexOf("link/ether ");
        return out.substring(at + "link/ether ".length(), at + "link/ether ".length() + 17);
    }

    /** The IPv4 addresses configured on a client namespace's {@code eth0}. */
    static List<String> addressesOf(String namespace) {
        String out = Shell.run("ip", "-n", namespace, "-o", "-4", "addr", "show", "dev", CLIENT_INTERFACE);
        List<String> addresses = new ArrayList<>();
        for (String line : out.split("\n")) {
            int at = line.indexOf(" inet ");
            if (at >= 0) {
                String rest = line.substring(at + 6);
                addresses.add(rest.substring(0, rest.indexOf('/')));
            }
        }
        return addresses;
    }

    @Override
    public void close() {
        deleteAll();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    private synchronized void deleteAll() {
        List<String> all = new ArrayList<>(clients);
        all.add(server);
        for (String namespace : all) {
            killProcessesIn(namespace);
            Shell.exec("ip", "netns", "del", namespace);
        }
        clients.clear();
    }

    /** Ends what the tests started in the namespace (clients, PostgreSQL, the service), by process id. */
    static void killProcessesIn(String namespace) {
        Shell.Result pids = Shell.exec("ip", "netns", "pids", namespace);
        if (!pids.ok()) {
            return;
        }
        for (String pid : pids.output().trim().split("\\s+")) {
            if (!pid.isBlank()) {
                Shell.exec("kill", "-9", pid);
            }
        }
    }
}
