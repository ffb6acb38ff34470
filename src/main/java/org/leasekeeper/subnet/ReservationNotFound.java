package org.leasekeeper.subnet;

/** No reservation has this id. */
public class ReservationNotFound extends RuntimeException {

    private ReservationNotFound(String message) {
        super(message);
    }

    public static ReservationNotFound forId(long id) {
        return new ReservationNotFound("no reservation with id " + id);
    }
}
