package org.leasekeeper.subnet;

/** No subnet has this id. */
public class SubnetNotFound extends RuntimeException {

    private SubnetNotFound(String message) {
        super(message);
    }

    public static SubnetNotFound forId(long id) {
        return new SubnetNotFound("no subnet with id " + id);
    }
}
