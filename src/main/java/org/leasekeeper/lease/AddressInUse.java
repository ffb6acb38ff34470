package org.leasekeeper.lease;

/** Thrown when the requested or reserved address belongs to another client. */
public class AddressInUse extends RuntimeException {

    public AddressInUse(String message) {
        super(message);
    }
}
