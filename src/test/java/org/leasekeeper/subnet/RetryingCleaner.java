package org.leasekeeper.subnet;

import org.leasekeeper.support.DatabaseCleaner;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs {@link DatabaseCleaner#clean()} again when its TRUNCATE deadlocks with a background reader of another
 * cached test context (the pool gauges, the subnet snapshot reload, the reclaim job), which PostgreSQL
 * resolves by aborting one of them.
 */
public final class RetryingCleaner {

    private static final int ATTEMPTS = 5;

    private RetryingCleaner() {
    }

    public static void clean(DatabaseCleaner cleaner) {
        for (int attempt = 1; ; attempt++) {
            try {
                cleaner.clean();
                return;
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == ATTEMPTS) {
                    throw deadlock;
                }
            }
        }
    }
}
