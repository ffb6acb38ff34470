package org.leasekeeper.dhcp.codec;

import static org.leasekeeper.dhcp.codec.DhcpOptionCode.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;

/**
 * The options of a DHCP message: an immutable collection keyed by code, in the order the options first
 * appeared (or were added), each holding its complete value; instances repeated on the wire are already
 * concatenated (RFC 3396). Unknown options keep their octets so they survive a round trip. Option overload
 * (52) is never held here: the decoder resolves it and the encoder decides it.
 *
 * <p>Every known option has passed its format check (see {@code OptionFormats}), so the typed accessors
 * below never fail; they are empty when the option is absent. Two collections are equal when they hold the
 * same codes with the same octets, in any order; {@link #codes()} tells the order.
 */
public final class DhcpOptions {

    private static final DhcpOptions EMPTY = new DhcpOptions(new LinkedHashMap<>());

    private final Map<Integer, byte[]> values;

    private DhcpOptions(LinkedHashMap<Integer, byte[]> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Takes ownership of values already checked with {@link OptionFormats}. */
    static DhcpOptions ofChecked(LinkedHashMap<Integer, byte[]> values) {
        return values.isEmpty() ? EMPTY : new DhcpOptions(values);
    }

    public static DhcpOptions empty() {
        return EMPTY;
    }

    public static DhcpOptionsBuilder builder() {
        return new DhcpOptionsBuilder();
    }

    public DhcpOptionsBuilder toBuilder() {
        return new DhcpOptionsBuilder(values);
    }

    /** Codes in order of first appearance. */
    public List<Integer> codes() {
        return List.copyOf(values.keySet());
    }

    public int size() {
        return values.size();
    }

    public boolean contains(int code) {
        return values.containsKey(code);
    }

    /** The octets of an option (a copy). */
    public Optional<byte[]> get(int code) {
        byte[] data = values.get(code);
        return data == null ? Optional.empty() : Optional.of(data.clone());
    }

    /** Without copying, for the encoder. */
    byte[] raw(int code) {
        return values.get(code);
    }

    public Optional<DhcpMessageType> messageType() {
        OptionalInt code = messageTypeCode();
        return code.isPresent() ? DhcpMessageType.ofCode(code.getAsInt()) : Optional.empty();
    }

    /** The raw option 53 value, also when {@link DhcpMessageType} does not know it. */
    public OptionalInt messageTypeCode() {
        byte[] data = values.get(MESSAGE_TYPE);
        return data == null ? OptionalInt.empty() : OptionalInt.of(data[0] & 0xff);
    }

    public Optional<Ipv4Address> requestedAddress() {
        return address(REQUESTED_ADDRESS);
    }

    public Optional<Duration> leaseTime() {
        return seconds(LEASE_TIME);
    }

    public Optional<Ipv4Address> serverIdentifier() {
        return address(SERVER_IDENTIFIER);
    }

    /** Option 55 as codes in the client's order; empty when absent. */
    public List<Integer> parameterRequestList() {
        byte[] data = values.get(PARAMETER_REQUEST_LIST);
        if (data == null) {
            return List.of();
        }
        Integer[] codes = new Integer[data.length];
        for (int i = 0; i < data.length; i++) {
            codes[i] = data[i] & 0xff;
        }
        return List.of(codes);
    }

    /** Option 57: the largest IP datagram (headers included) the client accepts, at least 576. */
    public OptionalInt maxMessageSize() {
        byte[] data = values.get(MAX_MESSAGE_SIZE);
        return data == null ? OptionalInt.empty() : OptionalInt.of(Octets.u16(data, 0));
    }

    public Optional<Duration> renewalTime() {
        return seconds(RENEWAL_TIME);
    }

    public Optional<Duration> rebindingTime() {
        return seconds(REBINDING_TIME);
    }

    public Optional<Ipv4Address> subnetMask() {
        return address(SUBNET_MASK);
    }

    public List<Ipv4Address> routers() {
        return addresses(ROUTERS);
    }

    public List<Ipv4Address> dnsServers() {
        return addresses(DNS_SERVERS);
    }

    /** Option 12 as text (trailing NULs some clients send are dropped; not sanitised otherwise). */
    public Optional<String> hostname() {
        return text(HOSTNAME);
    }

    public Optional<String> domainName() {
        return text(DOMAIN_NAME);
    }

    public Optional<Ipv4Address> broadcastAddress() {
        return address(BROADCAST_ADDRESS);
    }

    /** Option 56, the text of a NAK or of a client's DECLINE / RELEASE. */
    public Optional<String> message() {
        return text(MESSAGE);
    }

    public Optional<ClientFqdn> clientFqdn() {
        byte[] data = values.get(CLIENT_FQDN);
        return data == null ? Optional.empty() : Optional.of(ClientFqdn.of(data));
    }

    public Optional<Ipv4Address> subnetSelection() {
        return address(SUBNET_SELECTION);
    }

    public Optional<ClientId> clientIdentifier() {
        byte[] data = values.get(CLIENT_IDENTIFIER);
        return data == null ? Optional.empty() : Optional.of(ClientId.of(data));
    }

    public Optional<RelayAgentInformation> relayAgentInformation() {
        byte[] data = values.get(RELAY_AGENT_INFORMATION);
        return data == null ? Optional.empty() : Optional.of(RelayAgentInformation.of(data));
    }

    private Optional<Ipv4Address> address(int code) {
        byte[] data = values.get(code);
        return data == null ? Optional.empty() : Optional.of(Octets.address(data, 0));
    }

    private List<Ipv4Address> addresses(int code) {
        byte[] data = values.get(code);
        return data == null ? List.of() : Octets.addresses(data);
    }

    private Optional<Duration> seconds(int code) {
        byte[] data = values.get(code);
        return data == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Octets.u32(data, 0)));
    }

    private Optional<String> text(int code) {
        byte[] data = values.get(code);
        return data == null ? Optional.empty() : Optional.of(Octets.text(data));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DhcpOptions that) || values.size() != that.values.size()) {
            return false;
        }
        return values.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), that.values.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return values.entrySet().stream().mapToInt(e -> e.getKey() ^ Arrays.hashCode(e.getValue())).sum();
    }

    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + HexFormat.of().formatHex(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
