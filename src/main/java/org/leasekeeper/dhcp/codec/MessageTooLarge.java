package org.leasekeeper.dhcp.codec;

/**
 * A message cannot be encoded within the size the receiver accepts (option 57, RFC 2132 §9.10), even with
 * option overload of the {@code file} and {@code sname} fields (RFC 2131 §4.1).
 */
public class MessageTooLarge extends RuntimeException {

    private final int required;
    private final int limit;

    public MessageTooLarge(int required, int limit) {
        super("DHCP message needs at least " + required + " octets but the receiver accepts " + limit);
        this.required = required;
        this.limit = limit;
    }

    public int required() {
        return required;
    }

    public int limit() {
        return limit;
    }
}
