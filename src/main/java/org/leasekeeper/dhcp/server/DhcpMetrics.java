package org.leasekeeper.dhcp.server;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The listener's counters: {@code leasekeeper.dhcp.packets.received{type}}, {@code ...sent{type}} and
 * {@code ...dropped{reason}} ({@link DropReason}).
 */
class DhcpMetrics {

    static final String RECEIVED = "leasekeeper.dhcp.packets.received";
    static final String SENT = "leasekeeper.dhcp.packets.sent";
    static final String DROPPED = "leasekeeper.dhcp.packets.dropped";

    private final MeterRegistry registry;

    DhcpMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (DropReason reason : DropReason.values()) {
            dropCounter(reason);
        }
    }

    void received(String messageType) {
        counter(RECEIVED, "type", messageType).increment();
    }

    void sent(String messageType) {
        counter(SENT, "type", messageType).increment();
    }

    void dropped(DropReason reason) {
        dropCounter(reason).increment();
    }

    double droppedCount(DropReason reason) {
        return dropCounter(reason).count();
    }

    private Counter dropCounter(DropReason reason) {
        return counter(DROPPED, "reason", reason.tag());
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(name).tag(tag, value.toLowerCase(Locale.ROOT)).register(registry);
    }
}
