package org.leasekeeper.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs the {@link StartupSummary} once the application is ready to serve. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);
    /** The DHCP listener's health indicator (contributor {@code dhcp}): says whether and where it listens. */
    private static final String DHCP_HEALTH = "dhcpHealthIndicator";

    private final Environment environment;
    private final ObjectProvider<DevDatabase> devDatabase;
    private volatile int httpPort = -1;

    StartupBanner(Environment environment, ObjectProvider<DevDatabase> devDatabase) {
        this.environment = environment;
        this.devDatabase = devDatabase;
    }

    @EventListener
    void onWebServer(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            httpPort = event.getWebServer().getPort();
        }
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (httpPort > 0) {
            HealthIndicator dhcp = event.getApplicationContext().getBeansOfType(HealthIndicator.class)
                    .get(DHCP_HEALTH);
            log.info(StartupSummary.of(environment, httpPort, devDatabase.getIfAvailable(),
                    dhcp == null ? null : dhcp.health()).render());
        }
    }
}
