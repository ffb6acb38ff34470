package org.leasekeeper.dhcp.server;

import java.util.Locale;
import java.util.Optional;

import org.leasekeeper.dhcp.codec.BootpOp;
import org.leasekeeper.dhcp.codec.DhcpDecoder;
import org.leasekeeper.dhcp.codec.DhcpEncoder;
import org.leasekeeper.dhcp.codec.DhcpMessage;
import org.leasekeeper.dhcp.codec.DhcpMessageType;
import org.leasekeeper.dhcp.codec.DhcpReplies;
import org.leasekeeper.dhcp.codec.MalformedPacketException;
import org.leasekeeper.dhcp.codec.MessageTooLarge;

/** Datagram → {@link DhcpDecoder} → {@link DhcpHandler} → {@link DhcpEncoder}, addressed by {@link ReplyAddressing}. */
class DhcpPacketProcessor implements PacketProcessor {

    private final DhcpDecoder decoder = new DhcpDecoder();
    private final DhcpEncoder encoder = new DhcpEncoder();
    private final DhcpHandler handler;
    private final DhcpMetrics metrics;

    DhcpPacketProcessor(DhcpHandler handler, DhcpMetrics metrics) {
        this.handler = handler;
        this.metrics = metrics;
    }

    @Override
    public Outcome process(Datagram datagram) {
        DhcpMessage request;
        try {
            request = decoder.decode(datagram.payload());
        } catch (MalformedPacketException e) {
            return Outcome.dropped(DropReason.MALFORMED, "offset " + e.offset() + ": " + e.reason());
        }
        Optional<DhcpMessageType> type = request.messageType();
        metrics.received(type.map(t -> t.name().toLowerCase(Locale.ROOT)).orElse("bootp"));
        if (request.op() != BootpOp.BOOTREQUEST || type.isEmpty()) {
            return Outcome.dropped(DropReason.IGNORED, request.op() + " without a DHCP client message type");
        }
        Answer answer = handler.handle(request, type.get());
        return switch (answer) {
            case Answer.Send send -> reply(request, send.reply());
            case Answer.Drop drop -> Outcome.dropped(drop.reason(), drop.detail());
            case Answer.Silence silence -> Outcome.silent();
        };
    }

    private Outcome reply(DhcpMessage request, DhcpMessage reply) {
        DhcpMessageType type = reply.messageType().orElseThrow();
        ReplyAddressing.Destination destination = ReplyAddressing.destination(request.giaddr(), request.ciaddr(),
                type == DhcpMessageType.NAK);
        byte[] payload;
        try {
            payload = encoder.encode(reply, DhcpReplies.replyOrder(request), DhcpEncoder.maxReplyLength(request));
        } catch (MessageTooLarge e) {
            return Outcome.dropped(DropReason.REPLY_TOO_LARGE, e.getMessage());
        }
        return new Outcome.Reply(payload, destination.address(), destination.viaInterface(),
                type.name().toLowerCase(Locale.ROOT));
    }
}
