package org.leasekeeper.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

/**
 * The whole end-to-end setting: a {@link TestNetwork}, a {@link NamespacePostgres} and the service in the server
 * namespace, serving the bridge. {@link #assumeRunnable} skips, with the reason, where this cannot be built.
 */
final class DhcpWorld implements AutoCloseable {

    private final TestNetwork network;
    private NamespacePostgres postgres;
    private LeasekeeperProcess service;

    DhcpWorld(Map<String, String> environment) {
        network = new TestNetwork();
        try {
            postgres = new NamespacePostgres(network.serverNamespace());
            service = new LeasekeeperProcess(network.serverNamespace(), postgres.jdbcUrl(), environment);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Skips the calling test class, saying why, unless root, iproute2, PostgreSQL, the clients and the jar are here. */
    static void assumeRunnable() {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "end-to-end DHCP tests need Linux");
        assumeTrue(Shell.isRoot(), "end-to-end DHCP tests need root to create network namespaces");
        assumeTrue(Shell.has("ip"), "end-to-end DHCP tests need iproute2 (ip)");
        assumeTrue(Shell.exec("ip", "netns", "list").ok(), "ip netns does not work here");
        assumeTrue(NamespacePostgres.available(), "end-to-end DHCP tests need PostgreSQL's initdb/pg_ctl and a postgres user");
        assumeTrue(LeasekeeperProcess.jarBuilt(), "target/leasekeeper.jar is not built (run ./mvnw verify)");
        assumeTrue(Shell.has("curl"), "end-to-end DHCP tests need curl");
    }

    TestNetwork network() {
        return network;
    }

    Api api() {
        return service.api();
    }

    NamespacePostgres postgres() {
        return postgres;
    }

    LeasekeeperProcess service() {
        return service;
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        network.close();
        if (service != null) {
            service.deleteLog();
        }
    }
}
