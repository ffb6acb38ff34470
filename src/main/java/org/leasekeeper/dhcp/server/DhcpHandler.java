package org.leasekeeper.dhcp.server;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.dhcp.codec.ClientFqdn;
import org.leasekeeper.dhcp.codec.DhcpMessage;
import org.leasekeeper.dhcp.codec.DhcpMessageType;
import org.leasekeeper.dhcp.codec.DhcpReplies;
import org.leasekeeper.lease.Lease;
import org.leasekeeper.lease.LeaseRequest;
import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.lease.LeaseNotFound;
import org.leasekeeper.lease.NotLeaseOwner;
import org.leasekeeper.lease.PoolExhausted;
import org.leasekeeper.lease.Source;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetNotFound;

/**
 * A DHCP request → one lease service call → the reply (RFC 2131 §4.3). No lease rule lives here: which address,
 * whether it may be bound or renewed, is the lease service's answer; this class only maps messages to calls
 * and outcomes to OFFER, ACK, NAK or silence. REQUESTs are told apart by {@link RequestHandler}.
 */
class DhcpHandler {

    private final LeaseService leases;
    private final SubnetSelector subnets;
    private final RequestHandler requests;
    private final Ipv4Address serverId;
    private final Duration offerHold;
    private final Clock clock;

    DhcpHandler(LeaseService leases, SubnetSelector subnets, Ipv4Address serverId, Duration offerHold, Clock clock) {
        this.leases = leases;
        this.subnets = subnets;
        this.serverId = serverId;
        this.offerHold = offerHold;
        this.clock = clock;
        this.requests = new RequestHandler(leases, this);
    }

    Answer handle(DhcpMessage request, DhcpMessageType type) {
        Optional<ClientIdentity> client = clientOf(request);
        if (client.isEmpty()) {
            return Answer.drop(DropReason.IGNORED, type + " without hardware address or client identifier");
        }
        Optional<Subnet> subnet = subnets.select(request);
        if (subnet.isEmpty()) {
            return Answer.drop(DropReason.NO_SUBNET, type + " from a network no subnet serves (giaddr "
                    + request.giaddr() + ")");
        }
        return switch (type) {
            case DISCOVER -> discover(request, subnet.get(), client.get());
            case REQUEST -> requests.handle(request, subnet.get(), client.get());
            case DECLINE -> decline(request, client.get());
            case RELEASE -> release(request, client.get());
            case INFORM -> Answer.send(inform(request, subnet.get()));
            default -> Answer.drop(DropReason.IGNORED, type + " is not a client message");
        };
    }

    private Answer discover(DhcpMessage request, Subnet subnet, ClientIdentity client) {
        Lease lease;
        try {
            lease = leases.offer(leaseRequest(request, subnet, client, request.options().requestedAddress()
                    .orElse(null)), offerHold);
        } catch (PoolExhausted e) {
            return Answer.drop(DropReason.POOL_EXHAUSTED, "subnet " + subnet.id() + " (" + subnet.cidr() + ") is full");
        } catch (SubnetNotFound e) {
            return Answer.drop(DropReason.NO_SUBNET, "subnet " + subnet.id() + " was deleted meanwhile");
        }
        Duration leaseTime = subnet.leaseTime();
        return Answer.send(DhcpReplies.offer(request, serverId, lease.ipAddress(), leaseTime)
                .options(o -> {
                    ReplyOptions.leaseTimes(o, subnet, leaseTime);
                    ReplyOptions.subnetOptions(o, subnet);
                }).build());
    }

    /** DHCPACK for a bound or renewed lease: lease time is what is left of it now, to the nearest second. */
    DhcpMessage ack(DhcpMessage request, Subnet subnet, Lease lease) {
        long seconds = Math.max(1, Duration.between(clock.instant(), lease.expiresAt()).plusMillis(500).toSeconds());
        Duration leaseTime = Duration.ofSeconds(Math.min(seconds, subnet.leaseTime().toSeconds()));
        return DhcpReplies.ack(request, serverId, lease.ipAddress(), leaseTime)
                .options(o -> {
                    ReplyOptions.leaseTimes(o, subnet, leaseTime);
                    ReplyOptions.subnetOptions(o, subnet);
                }).build();
    }

    DhcpMessage nak(DhcpMessage request, String message) {
        return DhcpReplies.nak(request, serverId, message);
    }

    boolean isOurs(Ipv4Address serverIdentifier) {
        return serverIdentifier.equals(serverId);
    }

    private Answer decline(DhcpMessage request, ClientIdentity client) {
        Optional<Ipv4Address> address = request.options().requestedAddress();
        if (address.isEmpty() || !addressedToUs(request)) {
            return Answer.silence("DECLINE without requested address, or for another server");
        }
        try {
            leases.decline(address.get(), client, Source.DHCP);
            return Answer.silence("declined " + address.get());
        } catch (LeaseNotFound | NotLeaseOwner e) {
            return Answer.drop(DropReason.IGNORED, "DECLINE of " + address.get() + ": " + e.getMessage());
        }
    }

    private Answer release(DhcpMessage request, ClientIdentity client) {
        if (request.ciaddr().isAny() || !addressedToUs(request)) {
            return Answer.silence("RELEASE without ciaddr, or for another server");
        }
        try {
            leases.release(request.ciaddr(), client, Source.DHCP);
            return Answer.silence("released " + request.ciaddr());
        } catch (LeaseNotFound | NotLeaseOwner e) {
            return Answer.drop(DropReason.IGNORED, "RELEASE of " + request.ciaddr() + ": " + e.getMessage());
        }
    }

    /** DHCPINFORM: the subnet's options, no lease and no lease times (RFC 2131 §4.3.5). */
    private DhcpMessage inform(DhcpMessage request, Subnet subnet) {
        return DhcpReplies.informAck(request, serverId).options(o -> ReplyOptions.subnetOptions(o, subnet)).build();
    }

    private boolean addressedToUs(DhcpMessage request) {
        return request.options().serverIdentifier().map(this::isOurs).orElse(true);
    }

    LeaseRequest leaseRequest(DhcpMessage request, Subnet subnet, ClientIdentity client,
            @Nullable Ipv4Address requested) {
        return new LeaseRequest(subnet.id(), client, hostname(request), requested, null, Source.DHCP);
    }

    /** Option 12, else the name of option 81 (RFC 4702); null when the client gives neither. */
    static @Nullable String hostname(DhcpMessage request) {
        Optional<String> name = request.options().hostname()
                .or(() -> request.options().clientFqdn().map(ClientFqdn::nameWithoutRoot))
                .map(String::trim)
                .filter(s -> !s.isEmpty());
        return name.orElse(null);
    }

    static Optional<ClientIdentity> clientOf(DhcpMessage request) {
        var mac = request.macAddress().orElse(null);
        var clientId = request.options().clientIdentifier().orElse(null);
        return mac == null && clientId == null ? Optional.empty() : Optional.of(new ClientIdentity(mac, clientId));
    }
}
