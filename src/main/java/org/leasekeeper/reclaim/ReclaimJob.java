package org.leasekeeper.reclaim;

import org.leasekeeper.lease.LeaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns leases past their end to the pool: every {@code leasekeeper.reclaim.interval}, batches of
 * {@code leasekeeper.reclaim.batch-size}, one transaction each, until a batch comes back short. Several
 * instances may run it at once: the batch statement skips rows another instance holds.
 */
@Component
class ReclaimJob {

    private static final Logger log = LoggerFactory.getLogger(ReclaimJob.class);

    private final LeaseService leases;
    private final int batchSize;

    ReclaimJob(LeaseService leases, ReclaimProperties properties) {
        this.leases = leases;
        this.batchSize = properties.batchSize();
    }

    @Scheduled(fixedDelayString = "${leasekeeper.reclaim.interval:10s}",
            initialDelayString = "${leasekeeper.reclaim.interval:10s}")
    void scheduledPass() {
        try {
            runPass();
        } catch (DataAccessException e) {
            log.warn("reclaim pass failed, next try in one interval: {}", e.getMostSpecificCause().getMessage());
        }
    }

    /** One pass: reclaims batch after batch while they come back full; returns how many leases it reclaimed. */
    int runPass() {
        long started = System.nanoTime();
        int total = 0;
        int batches = 0;
        int reclaimed;
        do {
            reclaimed = leases.reclaimBatch(batchSize);
            total += reclaimed;
            batches++;
        } while (reclaimed == batchSize);
        if (total > 0) {
            log.info("reclaimed {} expired lease(s) in {} batch(es) of up to {} in {} ms", total, batches, batchSize,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return total;
    }
}
