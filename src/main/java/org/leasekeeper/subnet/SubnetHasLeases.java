package org.leasekeeper.subnet;

/** A subnet cannot be deleted or shrunk while OFFERED or BOUND leases lie in the affected range. */
public class SubnetHasLeases extends RuntimeException {

    private final long subnetId;
    private final long activeLeases;

    public SubnetHasLeases(long subnetId, long activeLeases) {
        super("subnet " + subnetId + " still has " + activeLeases + " offered or bound lease(s) in the affected range");
        this.subnetId = subnetId;
        this.activeLeases = activeLeases;
    }

    public long subnetId() {
        return subnetId;
    }

    public long activeLeases() {
        return activeLeases;
    }
}
