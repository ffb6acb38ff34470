package org.leasekeeper.dhcp.server;

import java.time.Duration;

import org.slf4j.Logger;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Runs the processor for one datagram, maps database failures to a dropped request, and counts and logs (rate
 * limited) every datagram that gets no answer.
 */
class OutcomeRecorder {

    private static final Duration LOG_PERIOD = Duration.ofSeconds(10);

    private final DhcpMetrics metrics;
    private final Logger log;
    private final RateLimitedLog rateLimited;

    OutcomeRecorder(DhcpMetrics metrics, Logger log) {
        this.metrics = metrics;
        this.log = log;
        this.rateLimited = new RateLimitedLog(log, LOG_PERIOD);
    }

    Outcome process(PacketProcessor processor, Datagram datagram) {
        Outcome outcome;
        try {
            outcome = processor.process(datagram);
        } catch (DataAccessException | TransactionException e) {
            outcome = Outcome.dropped(DropReason.DATABASE_DOWN, rootMessage(e));
        } catch (RuntimeException e) {
            if (rateLimited.warn(DropReason.ERROR.tag(), "DHCP request from {} failed; dropped", datagram.sender())) {
                log.error("DHCP request from {} failed", datagram.sender(), e);
            }
            metrics.dropped(DropReason.ERROR);
            return Outcome.dropped(DropReason.ERROR, e.getClass().getSimpleName());
        }
        record(outcome, datagram);
        return outcome;
    }

    void record(Outcome outcome, Datagram datagram) {
        if (outcome instanceof Outcome.Dropped dropped) {
            metrics.dropped(dropped.reason());
            rateLimited.warn(dropped.reason().tag(), "DHCP datagram from {} dropped ({}): {}", datagram.sender(),
                    dropped.reason().tag(), dropped.detail());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
