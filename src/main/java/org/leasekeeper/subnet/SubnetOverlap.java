package org.leasekeeper.subnet;

/** The CIDR or a pool of a subnet overlaps another subnet. */
public class SubnetOverlap extends RuntimeException {

    public SubnetOverlap(String message) {
        super(message);
    }

    public SubnetOverlap(String message, Throwable cause) {
        super(message, cause);
    }
}
