package org.leasekeeper.lease;

/** Pool addresses of a subnet by state; {@code utilization = (offered + bound + declined) / total}. */
public record Utilization(long subnetId, long total, long free, long offered, long bound, long declined) {

    public double utilization() {
        return total == 0 ? 0.0 : (double) (offered + bound + declined) / total;
    }
}
