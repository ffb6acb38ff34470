package org.leasekeeper.subnet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.Ipv4Address;

/**
 * The rules of a subnet definition that its syntax cannot show. Field paths are those of the HTTP request
 * ({@code pools[1].first}, {@code renewTimeSeconds}).
 */
final class SubnetRules {

    static final Duration DEFAULT_LEASE_TIME = Duration.ofSeconds(3600);
    /** Every pool address gets a lease row; this bounds the rows one subnet may create (a /12 worth). */
    static final long MAX_POOL_ADDRESSES = 1L << 20;
    /** The columns are PostgreSQL integers; DHCP's 0xffffffff "infinite" lease is not supported. */
    static final long MAX_SECONDS = Integer.MAX_VALUE;

    private SubnetRules() {
    }

    /**
     * Checks the definition and returns it with its times resolved (defaults: lease 3600 s, T1 50 %, T2 87.5 %).
     *
     * @throws InvalidSubnet listing every broken rule
     */
    static SubnetDefinition resolve(SubnetDefinition definition) {
        List<InvalidSubnet.FieldError> errors = new ArrayList<>();
        checkPools(definition.cidr(), definition.pools(), errors);
        Duration lease = definition.leaseTime() == null ? DEFAULT_LEASE_TIME : definition.leaseTime();
        Duration renew = definition.renewTime() == null ? lease.dividedBy(2) : definition.renewTime();
        Duration rebind = definition.rebindTime() == null ? lease.multipliedBy(7).dividedBy(8) : definition.rebindTime();
        checkTimes(lease, renew, rebind, errors);
        if (!errors.isEmpty()) {
            throw new InvalidSubnet(errors);
        }
        return new SubnetDefinition(definition.name(), definition.cidr(), definition.pools(), definition.routers(),
                definition.dnsServers(), definition.domainName(), lease, renew, rebind, definition.relayAddresses());
    }

    private static void checkPools(Cidr cidr, List<AddressRange> pools, List<InvalidSubnet.FieldError> errors) {
        if (pools.isEmpty()) {
            errors.add(new InvalidSubnet.FieldError("pools", "must contain at least one pool"));
            return;
        }
        long total = 0;
        for (int i = 0; i < pools.size(); i++) {
            AddressRange pool = pools.get(i);
            String path = "pools[" + i + "]";
            if (!cidr.contains(pool)) {
                errors.add(new InvalidSubnet.FieldError(path, "pool " + pool + " lies outside " + cidr));
                continue;
            }
            checkAssignable(cidr, pool, path, errors);
            for (int j = 0; j < i; j++) {
                if (pools.get(j).overlaps(pool)) {
                    errors.add(new InvalidSubnet.FieldError(path, "pool " + pool + " overlaps pools[" + j + "] " + pools.get(j)));
                }
            }
            total += pool.size();
        }
        if (total > MAX_POOL_ADDRESSES) {
            errors.add(new InvalidSubnet.FieldError("pools", "the pools hold " + total + " addresses; at most "
                    + MAX_POOL_ADDRESSES + " are allowed per subnet"));
        }
    }

    private static void checkAssignable(Cidr cidr, AddressRange pool, String path, List<InvalidSubnet.FieldError> errors) {
        if (!cidr.isAssignable(pool.first()) && pool.first().equals(cidr.network())) {
            errors.add(new InvalidSubnet.FieldError(path + ".first",
                    "the network address " + cidr.network() + " is never handed out"));
        }
        if (!cidr.isAssignable(pool.last()) && pool.last().equals(cidr.broadcast())) {
            errors.add(new InvalidSubnet.FieldError(path + ".last",
                    "the broadcast address " + cidr.broadcast() + " is never handed out"));
        }
    }

    private static void checkTimes(Duration lease, Duration renew, Duration rebind, List<InvalidSubnet.FieldError> errors) {
        if (lease.toSeconds() < 1 || lease.toSeconds() > MAX_SECONDS) {
            errors.add(new InvalidSubnet.FieldError("leaseTimeSeconds", "must be between 1 and " + MAX_SECONDS));
            return;
        }
        if (renew.toSeconds() < 1) {
            errors.add(new InvalidSubnet.FieldError("renewTimeSeconds", "must be at least 1 (T1 > 0)"));
        }
        if (renew.compareTo(rebind) >= 0) {
            errors.add(new InvalidSubnet.FieldError("renewTimeSeconds",
                    "must be less than rebindTimeSeconds (" + rebind.toSeconds() + "): T1 < T2"));
        }
        if (rebind.compareTo(lease) >= 0) {
            errors.add(new InvalidSubnet.FieldError("rebindTimeSeconds",
                    "must be less than leaseTimeSeconds (" + lease.toSeconds() + "): T2 < lease time"));
        }
    }

    /** A reservation's address must be one the subnet may hand out. */
    static void checkReservable(Cidr cidr, Ipv4Address address) {
        if (!cidr.contains(address)) {
            throw InvalidSubnet.of("ipAddress", address + " lies outside " + cidr);
        }
        if (!cidr.isAssignable(address)) {
            throw InvalidSubnet.of("ipAddress", address + " is the network or broadcast address of " + cidr);
        }
    }
}
