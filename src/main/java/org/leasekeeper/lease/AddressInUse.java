package org.leasekeeper.lease;

import org.leasekeeper.net.Ipv4Address;

/** Thrown when the requested or reserved address belongs to another client. */
public class AddressInUse extends RuntimeException {

    public AddressInUse(String message) {
        super(message);
    }

    public static AddressInUse forAddress(Ipv4Address address) {
        return new AddressInUse("address " + address + " is in use by another client");
    }

    public static AddressInUse reservedForAnother(Ipv4Address address) {
        return new AddressInUse("address " + address + " is reserved for another client");
    }

    public static AddressInUse notLeasable(Ipv4Address address, long subnetId) {
        return new AddressInUse("address " + address + " is not available for leasing in subnet " + subnetId);
    }

    public static AddressInUse forReservation(Ipv4Address address) {
        return new AddressInUse("address " + address + " is leased to another client; release the lease before reserving it");
    }
}
