package org.leasekeeper.lease.web;

import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.lease.Utilization;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/subnets/{id}/utilization}: the subnet's pool addresses by state. */
@RestController
class UtilizationController {

    /** {@code utilization = (offered + bound + declined) / total}. */
    record UtilizationResponse(long subnetId, long total, long free, long offered, long bound, long declined,
            double utilization) {

        static UtilizationResponse of(Utilization u) {
            return new UtilizationResponse(u.subnetId(), u.total(), u.free(), u.offered(), u.bound(), u.declined(),
                    u.utilization());
        }
    }

    private final LeaseService leases;

    UtilizationController(LeaseService leases) {
        this.leases = leases;
    }

    @GetMapping("/api/v1/subnets/{id}/utilization")
    UtilizationResponse utilization(@PathVariable("id") long id) {
        return UtilizationResponse.of(leases.utilization(id));
    }
}
