package org.leasekeeper.net;

import org.jspecify.annotations.Nullable;

/**
 * Who a DHCP client is: its client identifier (option 61) when it sent one, else its hardware address
 * (API contract: "A client is identified by clientId when it has one, else by hwAddress"). A request
 * matches a lease when either of the identifiers it gives is the lease's ({@link #matches}).
 */
public record ClientIdentity(@Nullable MacAddress hwAddress, @Nullable ClientId clientId) {

    public ClientIdentity {
        if (hwAddress == null && clientId == null) {
            throw new IllegalArgumentException("a client needs a hardware address or a client identifier");
        }
    }

    public static ClientIdentity of(MacAddress hwAddress) {
        return new ClientIdentity(hwAddress, null);
    }

    /** The stable key stored with a lease: {@code id:<hex>} or {@code hw:<hex>}. */
    public String key() {
        return clientId != null ? "id:" + clientId : "hw:" + hwAddress;
    }

    /** True when this client gives the other's client identifier or hardware address. */
    public boolean matches(@Nullable MacAddress otherHw, @Nullable ClientId otherClientId) {
        return (clientId != null && clientId.equals(otherClientId))
                || (hwAddress != null && hwAddress.equals(otherHw));
    }
}
