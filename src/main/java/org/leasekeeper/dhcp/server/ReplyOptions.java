package org.leasekeeper.dhcp.server;

import java.time.Duration;

import org.leasekeeper.dhcp.codec.DhcpOptionsBuilder;
import org.leasekeeper.subnet.Subnet;

/**
 * The options every OFFER and ACK carries besides 51, 53 and 54: renewal (58) and rebinding (59) times, and the
 * subnet's mask (1), routers (3), DNS servers (6), domain name (15) and broadcast address (28). The encoder puts
 * them in the order of the client's parameter request list.
 */
final class ReplyOptions {

    private ReplyOptions() {
    }

    /** T1 and T2 for a lease of {@code leaseTime}: the subnet's, scaled when the lease is shorter than its default. */
    static void leaseTimes(DhcpOptionsBuilder options, Subnet subnet, Duration leaseTime) {
        Duration renew = subnet.renewTime();
        Duration rebind = subnet.rebindTime();
        if (leaseTime.compareTo(subnet.leaseTime()) < 0 && !subnet.leaseTime().isZero()) {
            renew = scale(renew, leaseTime, subnet.leaseTime());
            rebind = scale(rebind, leaseTime, subnet.leaseTime());
        }
        options.renewalTime(renew).rebindingTime(rebind);
    }

    static void subnetOptions(DhcpOptionsBuilder options, Subnet subnet) {
        options.subnetMask(subnet.cidr().netmask());
        if (!subnet.routers().isEmpty()) {
            options.routers(subnet.routers());
        }
        if (!subnet.dnsServers().isEmpty()) {
            options.dnsServers(subnet.dnsServers());
        }
        if (subnet.domainName() != null && !subnet.domainName().isBlank()) {
            options.domainName(subnet.domainName());
        }
        options.broadcastAddress(subnet.cidr().broadcast());
    }

    private static Duration scale(Duration time, Duration leaseTime, Duration subnetLeaseTime) {
        return Duration.ofSeconds(time.toSeconds() * leaseTime.toSeconds() / subnetLeaseTime.toSeconds());
    }
}
