package org.leasekeeper.dhcp.codec;

import static org.leasekeeper.dhcp.codec.DhcpOptionCode.*;

import java.time.Duration;

import org.leasekeeper.net.Ipv4Address;

/**
 * Starts server replies from the request they answer, as RFC 2131 §4.3.1 table 3 lays out: op BOOTREPLY,
 * htype, hlen, xid, flags, giaddr and chaddr copied, hops and secs 0; option 53, option 54 (the server
 * identifier, MUST in every reply), the client identifier echoed unaltered (RFC 6842 §3) and relay agent
 * information echoed verbatim (RFC 3046 §2.2). Encode replies with {@link #replyOrder}, which puts 53 and
 * 54 first, follows the client's parameter request list and puts 82 last.
 */
public final class DhcpReplies {

    private DhcpReplies() {
    }

    /** DHCPOFFER: yiaddr offered, lease time (MUST); the caller adds 58, 59 and the subnet's options. */
    public static DhcpMessageBuilder offer(DhcpMessage discover, Ipv4Address serverId, Ipv4Address offered,
            Duration leaseTime) {
        return start(discover, DhcpMessageType.OFFER, serverId)
                .yiaddr(offered)
                .options(o -> o.leaseTime(leaseTime));
    }

    /** DHCPACK to a DHCPREQUEST: ciaddr copied, yiaddr assigned, lease time (MUST). */
    public static DhcpMessageBuilder ack(DhcpMessage request, Ipv4Address serverId, Ipv4Address assigned,
            Duration leaseTime) {
        return start(request, DhcpMessageType.ACK, serverId)
                .ciaddr(request.ciaddr())
                .yiaddr(assigned)
                .options(o -> o.leaseTime(leaseTime));
    }

    /** DHCPACK to a DHCPINFORM: ciaddr copied, yiaddr 0, no lease time (MUST NOT, table 3). */
    public static DhcpMessageBuilder informAck(DhcpMessage inform, Ipv4Address serverId) {
        return start(inform, DhcpMessageType.ACK, serverId).ciaddr(inform.ciaddr());
    }

    /**
     * DHCPNAK: addresses 0, only 53, 54, 56 (the text), 61 and 82. Relayed NAKs get the broadcast bit so the
     * relay broadcasts them to the client (RFC 2131 §4.3.2).
     */
    public static DhcpMessage nak(DhcpMessage request, Ipv4Address serverId, String message) {
        DhcpMessageBuilder nak = start(request, DhcpMessageType.NAK, serverId).options(o -> o.message(message));
        if (!request.giaddr().isAny()) {
            nak.broadcast(true);
        }
        return nak.build();
    }

    /** The common part of every reply; the caller sets yiaddr, ciaddr and further options. */
    public static DhcpMessageBuilder start(DhcpMessage request, DhcpMessageType type, Ipv4Address serverId) {
        DhcpOptionsBuilder options = DhcpOptions.builder().messageType(type).serverIdentifier(serverId);
        request.options().get(CLIENT_IDENTIFIER).ifPresent(id -> options.put(CLIENT_IDENTIFIER, id));
        request.options().get(RELAY_AGENT_INFORMATION).ifPresent(info -> options.put(RELAY_AGENT_INFORMATION, info));
        return DhcpMessage.builder()
                .op(BootpOp.BOOTREPLY)
                .htype(request.htype())
                .hlen(request.hlen())
                .xid(request.xid())
                .flags(request.flags())
                .giaddr(request.giaddr())
                .chaddr(request.chaddr())
                .options(options.build());
    }

    /** Wire order for a reply to {@code request}: 53, 54, the client's option 55 order, the rest, 82 last. */
    public static OptionOrder replyOrder(DhcpMessage request) {
        return OptionOrder.followingRequestList(request.options().parameterRequestList());
    }
}
