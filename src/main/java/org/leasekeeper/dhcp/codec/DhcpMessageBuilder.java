package org.leasekeeper.dhcp.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

/** Builds a {@link DhcpMessage}; starts as an empty BOOTREQUEST with all addresses 0.0.0.0. */
public final class DhcpMessageBuilder {

    private BootpOp op = BootpOp.BOOTREQUEST;
    private int htype = DhcpMessage.HTYPE_ETHERNET;
    private int hlen = MacAddress.LENGTH;
    private int hops;
    private int xid;
    private int secs;
    private int flags;
    private Ipv4Address ciaddr = Ipv4Address.ANY;
    private Ipv4Address yiaddr = Ipv4Address.ANY;
    private Ipv4Address siaddr = Ipv4Address.ANY;
    private Ipv4Address giaddr = Ipv4Address.ANY;
    private byte[] chaddr = new byte[DhcpMessage.CHADDR_LENGTH];
    private byte[] sname = new byte[DhcpMessage.SNAME_LENGTH];
    private byte[] file = new byte[DhcpMessage.FILE_LENGTH];
    private DhcpOptions options = DhcpOptions.empty();

    DhcpMessageBuilder() {
    }

    DhcpMessageBuilder(DhcpMessage message) {
        op = message.op();
        htype = message.htype();
        hlen = message.hlen();
        hops = message.hops();
        xid = message.xid();
        secs = message.secs();
        flags = message.flags();
        ciaddr = message.ciaddr();
        yiaddr = message.yiaddr();
        siaddr = message.siaddr();
        giaddr = message.giaddr();
        chaddr = message.chaddr();
        sname = message.sname();
        file = message.file();
        options = message.options();
    }

    public DhcpMessageBuilder op(BootpOp op) {
        this.op = op;
        return this;
    }

    public DhcpMessageBuilder htype(int htype) {
        this.htype = htype;
        return this;
    }

    public DhcpMessageBuilder hlen(int hlen) {
        this.hlen = hlen;
        return this;
    }

    public DhcpMessageBuilder hops(int hops) {
        this.hops = hops;
        return this;
    }

    public DhcpMessageBuilder xid(int xid) {
        this.xid = xid;
        return this;
    }

    public DhcpMessageBuilder secs(int secs) {
        this.secs = secs;
        return this;
    }

    public DhcpMessageBuilder flags(int flags) {
        this.flags = flags;
        return this;
    }

    public DhcpMessageBuilder broadcast(boolean broadcast) {
        flags = broadcast ? flags | DhcpMessage.BROADCAST_FLAG : flags & ~DhcpMessage.BROADCAST_FLAG;
        return this;
    }

    public DhcpMessageBuilder ciaddr(Ipv4Address ciaddr) {
        this.ciaddr = ciaddr;
        return this;
    }

    public DhcpMessageBuilder yiaddr(Ipv4Address yiaddr) {
        this.yiaddr = yiaddr;
        return this;
    }

    public DhcpMessageBuilder siaddr(Ipv4Address siaddr) {
        this.siaddr = siaddr;
        return this;
    }

    public DhcpMessageBuilder giaddr(Ipv4Address giaddr) {
        this.giaddr = giaddr;
        return this;
    }

    /** Up to 16 octets, zero-padded to 16; {@code hlen} is not changed. */
    public DhcpMessageBuilder chaddr(byte[] chaddr) {
        this.chaddr = padded("chaddr", chaddr, DhcpMessage.CHADDR_LENGTH);
        return this;
    }

    /** Sets htype 1, hlen 6 and chaddr to the Ethernet address. */
    public DhcpMessageBuilder macAddress(MacAddress mac) {
        htype = DhcpMessage.HTYPE_ETHERNET;
        hlen = MacAddress.LENGTH;
        return chaddr(mac.toBytes());
    }

    public DhcpMessageBuilder sname(byte[] sname) {
        this.sname = padded("sname", sname, DhcpMessage.SNAME_LENGTH);
        return this;
    }

    /** The server host name, NUL-padded (at most 63 characters, so a NUL ends it). */
    public DhcpMessageBuilder serverName(String name) {
        return sname(text("server name", name, DhcpMessage.SNAME_LENGTH));
    }

    public DhcpMessageBuilder file(byte[] file) {
        this.file = padded("file", file, DhcpMessage.FILE_LENGTH);
        return this;
    }

    /** The boot file name, NUL-padded (at most 127 characters). */
    public DhcpMessageBuilder bootFileName(String name) {
        return file(text("boot file name", name, DhcpMessage.FILE_LENGTH));
    }

    public DhcpMessageBuilder options(DhcpOptions options) {
        this.options = options;
        return this;
    }

    /** Changes the options in place: {@code b.options(o -> o.leaseTime(...))}. */
    public DhcpMessageBuilder options(Consumer<DhcpOptionsBuilder> change) {
        DhcpOptionsBuilder builder = options.toBuilder();
        change.accept(builder);
        this.options = builder.build();
        return this;
    }

    public DhcpOptions options() {
        return options;
    }

    public DhcpMessage build() {
        return new DhcpMessage(op, htype, hlen, hops, xid, secs, flags, ciaddr, yiaddr, siaddr, giaddr, chaddr,
                sname, file, options);
    }

    private static byte[] padded(String name, byte[] value, int length) {
        if (value.length > length) {
            throw new IllegalArgumentException(name + " has at most " + length + " octets, not " + value.length);
        }
        return Arrays.copyOf(value, length);
    }

    private static byte[] text(String name, String value, int length) {
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length >= length || value.indexOf('\0') >= 0 || !value.chars().allMatch(c -> c < 0x80)) {
            throw new IllegalArgumentException(name + " must be ASCII shorter than " + length + ": " + value);
        }
        return bytes;
    }
}
