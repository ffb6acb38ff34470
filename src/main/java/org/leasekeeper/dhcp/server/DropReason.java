package org.leasekeeper.dhcp.server;

/** Why a datagram got no answer: the {@code reason} tag of {@code leasekeeper.dhcp.packets.dropped}. */
enum DropReason {
    /** Not a DHCP message the codec can read. */
    MALFORMED("malformed"),
    /** No subnet serves the client's network (option 118, giaddr or the interface select none). */
    NO_SUBNET("no-subnet"),
    /** More requests in flight than the listener takes; the burst is shed. */
    OVERLOAD("overload"),
    /** PostgreSQL could not be reached: nothing was stored, so nothing is answered. */
    DATABASE_DOWN("database-down"),
    /** A DISCOVER found no free address. */
    POOL_EXHAUSTED("pool-exhausted"),
    /** A message a server does not answer: a BOOTREPLY, an OFFER, a request without a client identity, ... */
    IGNORED("ignored"),
    /** The reply does not fit the client's maximum message size (option 57), even with option overload. */
    REPLY_TOO_LARGE("reply-too-large"),
    /** The reply could not be sent. */
    SEND_FAILED("send-failed"),
    /** An unexpected error while handling the message (logged with its stack trace). */
    ERROR("error");

    private final String tag;

    DropReason(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }
}
