package org.leasekeeper.subnet;

/** The address, or the client, already has a reservation (maps to the {@code address-in-use} problem). */
public class ReservationConflict extends RuntimeException {

    public ReservationConflict(String message) {
        super(message);
    }

    public ReservationConflict(String message, Throwable cause) {
        super(message, cause);
    }
}
