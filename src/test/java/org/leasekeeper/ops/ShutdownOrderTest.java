package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.Map;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.leasekeeper.LeasekeeperApplication;
import org.leasekeeper.support.TestDatabaseInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.context.SmartLifecycle;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Graceful shutdown order: the DHCP listener stops reading packets before the web server drains its requests,
 * and the connection pool closes only after both, when the context destroys its beans.
 */
class ShutdownOrderTest {

    @Test
    void dhcpStopsBeforeTheWebServerAndThePoolClosesLast() throws IOException, SQLException {
        int dhcpPort = freeUdpPort();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LeasekeeperApplication.class)
                .initializers(new TestDatabaseInitializer())
                .run("--server.port=0", "--leasekeeper.dhcp.enabled=true", "--leasekeeper.dhcp.bind-address=127.0.0.1",
                        "--leasekeeper.dhcp.port=" + dhcpPort, "--" + OpsHttp.TOKEN_PROPERTIES_1,
                        "--" + OpsHttp.TOKEN_PROPERTIES_2);
        Map<String, SmartLifecycle> lifecycles = context.getBeansOfType(SmartLifecycle.class);
        SmartLifecycle dhcp = lifecycles.values().stream()
                .filter(l -> l.getClass().getSimpleName().equals("DhcpSocketLoop")).findFirst().orElseThrow();
        SmartLifecycle web = lifecycles.values().stream()
                .filter(WebServerGracefulShutdownLifecycle.class::isInstance).findFirst().orElseThrow();
        HikariDataSource pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
        assertThat(dhcp.isRunning()).isTrue();

        assertThat(dhcp.getPhase()).as("higher phases stop first").isGreaterThan(web.getPhase());
        assertThat(pool).as("the pool is closed on destroy, after every lifecycle phase")
                .isNotInstanceOf(Lifecycle.class);

        context.close();
        assertThat(dhcp.isRunning()).isFalse();
        assertThat(pool.isClosed()).isTrue();
        try (DatagramSocket again = new DatagramSocket(dhcpPort, InetAddress.getLoopbackAddress())) {
            assertThat(again.isBound()).as("the DHCP port is free again").isTrue();
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
