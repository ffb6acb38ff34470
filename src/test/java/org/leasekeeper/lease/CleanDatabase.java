package org.leasekeeper.lease;

import org.leasekeeper.support.DatabaseCleaner;
import org.springframework.dao.PessimisticLockingFailureException;

/** Empties the tables, retrying when the truncate deadlocks with a background reader of another test context. */
public final class CleanDatabase {

    private CleanDatabase() {
    }

    public static void with(DatabaseCleaner cleaner) {
        retrying(cleaner::clean);
    }

    public static void retrying(Runnable truncate) {
        for (int attempt = 1; ; attempt++) {
            try {
                truncate.run();
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }
}
