package org.leasekeeper.dhcp.codec;

/** The BOOTP {@code op} field (RFC 951, RFC 2131 §2): requests from clients and relays, replies from servers. */
public enum BootpOp {
    BOOTREQUEST(1),
    BOOTREPLY(2);

    private final int code;

    BootpOp(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The op for a wire value, or null when it is neither 1 nor 2. */
    static @org.jspecify.annotations.Nullable BootpOp ofCode(int code) {
        return switch (code) {
            case 1 -> BOOTREQUEST;
            case 2 -> BOOTREPLY;
            default -> null;
        };
    }
}
