package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.mock.env.MockEnvironment;

class StartupSummaryTest {

    @Test
    void saysWhereApiDocumentationTokenAndDhcpListenerAre() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("leasekeeper.dhcp.bind-address", "127.0.0.1")
                .withProperty("leasekeeper.dhcp.port", "1067")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/lk");

        String text = StartupSummary.of(env, 8080, null, null).render();

        assertThat(text).contains("http://localhost:8080/api/v1")
                .contains("http://localhost:8080/swagger-ui.html")
                .contains("udp 127.0.0.1:1067")
                .contains("generated and printed once")
                .contains("jdbc:postgresql://db:5432/lk");
    }

    @Test
    void neverPrintsTokensOrUrlParameters() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("leasekeeper.api.token", "s3cret-write")
                .withProperty("leasekeeper.api.read-token", "s3cret-read")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/lk?user=lk&password=hunter2");

        String text = StartupSummary.of(env, 8080, null, null).render();

        assertThat(text).contains("LEASEKEEPER_API_TOKEN")
                .doesNotContain("s3cret").doesNotContain("hunter2");
    }

    @Test
    void takesTheDhcpListenerFromItsHealth() {
        MockEnvironment env = new MockEnvironment().withProperty("leasekeeper.dhcp.interface", "eth1");
        Health listening = Health.up().withDetail("listening", true).withDetail("address", "0.0.0.0:67").build();
        Health idle = Health.up().withDetail("listening", false).withDetail("reason", "nothing to serve").build();

        assertThat(StartupSummary.of(env, 8080, null, listening).render())
                .contains("DHCP         udp 0.0.0.0:67, direct clients on eth1");
        assertThat(StartupSummary.of(env, 8080, null, idle).render())
                .contains("DHCP         not listening: nothing to serve");
    }

    @Test
    void saysWhenDhcpIsDisabled() {
        MockEnvironment env = new MockEnvironment().withProperty("leasekeeper.dhcp.enabled", "false");

        assertThat(StartupSummary.of(env, 9090, null, null).render()).contains("DHCP         disabled");
    }
}
