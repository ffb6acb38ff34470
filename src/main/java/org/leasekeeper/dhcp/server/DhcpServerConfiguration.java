package org.leasekeeper.dhcp.server;

import java.time.Clock;

import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.subnet.SubnetService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Wires the DHCP listener when {@code leasekeeper.dhcp.enabled} is true and there is something to serve (an
 * interface, a server identifier or a specific bind address: see {@link DhcpSettings#wanted}); the {@code dhcp}
 * health indicator always.
 */
@Configuration(proxyBeanMethods = false)
class DhcpServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DhcpServerConfiguration.class);

    @Bean
    @Conditional(ListenerWanted.class)
    DhcpSettings dhcpSettings(DhcpProperties properties) {
        return DhcpSettings.resolve(properties).orElseThrow();
    }

    @Bean
    @Conditional(ListenerWanted.class)
    DhcpSocketLoop dhcpSocketLoop(DhcpSettings settings, LeaseService leases, SubnetService subnets, Clock clock,
            MeterRegistry registry) {
        DhcpMetrics metrics = new DhcpMetrics(registry);
        DhcpHandler handler = new DhcpHandler(leases, new SubnetSelector(subnets, settings.interfaceAddress()),
                settings.serverIdentifier(), settings.offerHold(), clock);
        return new DhcpSocketLoop(settings, new DhcpPacketProcessor(handler, metrics), metrics);
    }

    @Bean
    DhcpHealthIndicator dhcpHealthIndicator(ObjectProvider<DhcpSocketLoop> loop, DhcpProperties properties) {
        DhcpSocketLoop listener = loop.getIfAvailable();
        if (listener != null) {
            return new DhcpHealthIndicator(listener);
        }
        if (!properties.enabled()) {
            log.info("DHCP listener disabled (LEASEKEEPER_DHCP_ENABLED=false)");
            return new DhcpHealthIndicator(null, "disabled");
        }
        log.warn("DHCP listener not started: set LEASEKEEPER_DHCP_INTERFACE (direct clients) or "
                + "LEASEKEEPER_DHCP_SERVER_IDENTIFIER or a specific LEASEKEEPER_DHCP_BIND_ADDRESS (relayed clients)");
        return new DhcpHealthIndicator(null, "nothing to serve: no interface, server identifier or bind address");
    }

    /** Matches when the {@code leasekeeper.dhcp} settings ask for a listener; a bad value fails the start here. */
    static class ListenerWanted extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            DhcpProperties properties = Binder.get(context.getEnvironment())
                    .bindOrCreate("leasekeeper.dhcp", DhcpProperties.class);
            return DhcpSettings.wanted(properties)
                    ? ConditionOutcome.match("DHCP enabled with something to serve")
                    : ConditionOutcome.noMatch("DHCP disabled, or no interface, server identifier or bind address");
        }
    }
}
