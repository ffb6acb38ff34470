package org.leasekeeper.lease;

import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transaction of an allocating {@link LeaseService} call ({@code offer}, {@code bind}, {@code allocate}).
 * Two requests of the same client may each lock a different free address, but only one can write its lease
 * (unique index {@code lease_one_active_per_client_idx}); the other's write fails once the winner commits. The
 * loser then runs again in a fresh transaction, which finds the winner's lease like any later request of that
 * client would. This costs nothing on the common path, where a savepoint around the write would cost two round
 * trips on every allocation.
 *
 * <p>Called inside a transaction of the caller, the call joins it; that transaction cannot be restarted, so there
 * the write runs inside a savepoint instead ({@link Race#SAVEPOINT}).
 */
@Component
class ClientRaceRetry {

    static final int MAX_ATTEMPTS = 3;

    /** How the allocator's write of a new lease meets a concurrent request of the same client. */
    enum Race {
        /** Let the unique violation end the transaction; {@link ClientRaceRetry} runs the call again. */
        RETRY_TRANSACTION,
        /** Roll back to a savepoint and return the winner's lease (inside the caller's transaction). */
        SAVEPOINT
    }

    private final TransactionTemplate transactions;

    ClientRaceRetry(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    <T> T run(Function<Race, T> call) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return call.apply(Race.SAVEPOINT);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(transactions.execute(status -> call.apply(Race.RETRY_TRANSACTION)));
            } catch (DuplicateKeyException e) {
                if (!LeaseStore.isClientAlreadyActive(e)) {
                    throw e;
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw raceLost(e);
                }
            }
        }
    }

    static ConcurrencyFailureException raceLost(@Nullable Throwable cause) {
        return new ConcurrencyFailureException(
                "concurrent requests of the same client kept changing its lease; retry", cause);
    }
}
