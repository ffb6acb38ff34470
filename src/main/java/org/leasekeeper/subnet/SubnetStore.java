package org.leasekeeper.subnet;

import java.util.ArrayList;
import java.util.List;

import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Ipv4Address;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Writes a subnet's row and pools, turning the database's overlap constraints into {@link SubnetOverlap}. Runs
 * inside the caller's transaction; the checks before each write give friendly messages, the constraints
 * close the races between instances.
 */
@Component
class SubnetStore {

    private final SubnetRepository subnets;
    private final PoolRepository pools;

    SubnetStore(SubnetRepository subnets, PoolRepository pools) {
        this.subnets = subnets;
        this.pools = pools;
    }

    /** Saves the subnet (new or changed) with exactly these pools, replacing any it had. */
    Subnet save(SubnetEntity entity, SubnetDefinition resolved, boolean replacePools) {
        checkNoOverlap(entity, resolved);
        try {
            SubnetEntity saved = subnets.saveAndFlush(entity);
            if (replacePools) {
                pools.deleteBySubnet(saved.id());
            }
            pools.saveAll(resolved.pools().stream().map(p -> new PoolEntity(saved.id(), p)).toList());
            pools.flush();
            return saved.toSubnet(resolved.pools());
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, "subnet_no_overlap") || Constraints.violated(e, "pool_no_overlap")) {
                throw new SubnetOverlap(resolved.cidr() + " overlaps another subnet", e);
            }
            throw e;
        }
    }

    private void checkNoOverlap(SubnetEntity entity, SubnetDefinition resolved) {
        long self = entity.isNew() ? -1 : entity.id();
        List<Long> overlapping = subnets.findOverlapping(resolved.cidr().toString(), self);
        if (!overlapping.isEmpty()) {
            throw new SubnetOverlap(resolved.cidr() + " overlaps subnet " + overlapping.get(0));
        }
        List<InvalidSubnet.FieldError> errors = new ArrayList<>();
        List<Subnet> others = subnets.findAllByOrderById().stream()
                .filter(s -> s.id() != self)
                .map(s -> s.toSubnet(List.<AddressRange>of()))
                .toList();
        for (int i = 0; i < resolved.relayAddresses().size(); i++) {
            Ipv4Address relay = resolved.relayAddresses().get(i);
            for (Subnet other : others) {
                if (other.cidr().contains(relay) || other.relayAddresses().contains(relay)) {
                    errors.add(new InvalidSubnet.FieldError("relayAddresses[" + i + "]",
                            relay + " already selects subnet " + other.id()));
                }
            }
        }
        for (Subnet other : others) {
            other.relayAddresses().stream().filter(resolved.cidr()::contains).findFirst().ifPresent(relay ->
                    errors.add(new InvalidSubnet.FieldError("cidr", resolved.cidr() + " contains " + relay
                            + ", a relay address of subnet " + other.id())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubnet(errors);
        }
    }
}
