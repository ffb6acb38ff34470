package org.leasekeeper.lease;

import java.time.Instant;
import java.util.Optional;

import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.springframework.stereotype.Component;

/**
 * Chooses the address for a client that holds no OFFERED or BOUND lease in the subnet, in the order of the
 * contract: its reservation; the address it asks for when free and reserved for nobody; its previous address
 * when still free; the address free the longest; when none is free, a lease that ended but is not reclaimed
 * yet. Each step is one indexed statement that locks the row it returns; at most six statements in all.
 */
@Component
class AddressPicker {

    private final LeaseStore store;
    private final SubnetTerms terms;

    AddressPicker(LeaseStore store, SubnetTerms terms) {
        this.store = store;
        this.terms = terms;
    }

    /**
     * @param strictRequest true when a requested address that is not available is an error ({@link AddressInUse})
     *                      rather than a wish (DHCPDISCOVER)
     */
    Optional<LeaseRow> pick(LeaseRequest request, Instant now, boolean strictRequest) {
        Optional<LeaseRow> reserved = lockReservation(request.subnetId(), request.client(), now);
        if (reserved.isPresent() && reserved.get().isFree()) {
            return reserved;
        }
        Ipv4Address requested = request.requestedAddress();
        if (requested != null) {
            Optional<LeaseRow> row = store.lockIfFree(request.subnetId(), requested);
            if (row.isPresent()) {
                return row;
            }
            if (strictRequest) {
                throw AddressInUse.forAddress(requested);
            }
        }
        return store.lockPrevious(request.subnetId(), request.client())
                .or(() -> store.lockOldestFree(request.subnetId()))
                .or(() -> store.lockOverdue(request.subnetId(), now).map(row -> endOverdue(row, now)));
    }

    /** The client's reserved address, its lease row created on first use and locked; empty without reservation. */
    Optional<LeaseRow> lockReservation(long subnetId, ClientIdentity client, Instant now) {
        Optional<Ipv4Address> address = terms.reservedAddress(subnetId, client);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        store.ensureReservedRow(subnetId, address.get(), now);
        return store.lock(address.get()).filter(row -> row.subnetId() == subnetId);
    }

    /** The previous holder's lease ended at its expiry: record it as EXPIRED before the address is reused. */
    private LeaseRow endOverdue(LeaseRow row, Instant now) {
        return store.write(row.moved(LeaseState.EXPIRED, row.expiresOr(now), now), LeaseEvent.EXPIRED, Source.RECLAIM);
    }
}
