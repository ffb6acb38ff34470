package org.leasekeeper.dhcp.server;

import java.util.Optional;

import org.leasekeeper.dhcp.codec.DhcpMessage;
import org.leasekeeper.lease.AddressInUse;
import org.leasekeeper.lease.Lease;
import org.leasekeeper.lease.LeaseNotActive;
import org.leasekeeper.lease.LeaseNotFound;
import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.lease.NotLeaseOwner;
import org.leasekeeper.lease.Source;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.Subnet;

/**
 * DHCPREQUEST, told apart by its fields as RFC 2131 §4.3.2 does: SELECTING (server identifier present),
 * INIT-REBOOT (requested address, no ciaddr), RENEWING or REBINDING (ciaddr set).
 */
class RequestHandler {

    private final LeaseService leases;
    private final DhcpHandler replies;

    RequestHandler(LeaseService leases, DhcpHandler replies) {
        this.leases = leases;
        this.replies = replies;
    }

    Answer handle(DhcpMessage request, Subnet subnet, ClientIdentity client) {
        Optional<Ipv4Address> serverId = request.options().serverIdentifier();
        Optional<Ipv4Address> requested = request.options().requestedAddress();
        if (serverId.isPresent()) {
            return selecting(request, subnet, client, serverId.get(), requested);
        }
        if (requested.isPresent() && request.ciaddr().isAny()) {
            return initReboot(request, subnet, client, requested.get());
        }
        if (!request.ciaddr().isAny()) {
            return renewing(request, subnet, client);
        }
        return Answer.drop(DropReason.IGNORED, "REQUEST without server identifier, requested address or ciaddr");
    }

    /** The client chose an offer: ours → bind; another server's → our offer is freed. */
    private Answer selecting(DhcpMessage request, Subnet subnet, ClientIdentity client, Ipv4Address serverId,
            Optional<Ipv4Address> requested) {
        if (!replies.isOurs(serverId)) {
            leases.cancelOffer(subnet.id(), client, Source.DHCP);
            return Answer.silence("the client chose server " + serverId);
        }
        if (requested.isEmpty()) {
            return Answer.drop(DropReason.IGNORED, "SELECTING request without requested address (option 50)");
        }
        return bind(request, subnet, client, requested.get());
    }

    /**
     * A client that remembers an address (RFC 2131 §4.3.2, INIT-REBOOT): NAK when the address is not on this
     * network, whether or not we know the client (a laptop that moved must start over at once); otherwise
     * silence when we have no record of the client, else bind.
     */
    private Answer initReboot(DhcpMessage request, Subnet subnet, ClientIdentity client, Ipv4Address requested) {
        if (!subnet.cidr().contains(requested)) {
            return Answer.send(replies.nak(request, requested + " is not on network " + subnet.cidr()));
        }
        if (leases.findLatestForClient(subnet.id(), client).isEmpty()) {
            return Answer.silence("INIT-REBOOT of a client we have no record of");
        }
        return bind(request, subnet, client, requested);
    }

    private Answer bind(DhcpMessage request, Subnet subnet, ClientIdentity client, Ipv4Address requested) {
        if (!subnet.cidr().contains(requested)) {
            return Answer.send(replies.nak(request, requested + " is not on network " + subnet.cidr()));
        }
        try {
            Lease lease = leases.bind(replies.leaseRequest(request, subnet, client, requested));
            return Answer.send(replies.ack(request, subnet, lease));
        } catch (AddressInUse | LeaseNotActive e) {
            return Answer.send(replies.nak(request, requested + " is not available"));
        }
    }

    private Answer renewing(DhcpMessage request, Subnet subnet, ClientIdentity client) {
        try {
            Lease lease = leases.renew(request.ciaddr(), client, null, Source.DHCP);
            return Answer.send(replies.ack(request, subnet, lease));
        } catch (LeaseNotFound | NotLeaseOwner | LeaseNotActive e) {
            return Answer.send(replies.nak(request, "lease of " + request.ciaddr() + " cannot be renewed"));
        }
    }
}
