package org.leasekeeper.reclaim;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/reclaim}: one reclaim pass now. */
@RestController
@RequestMapping("/api/v1/reclaim")
class ReclaimController {

    /** The answer: how many leases the pass reclaimed. */
    record ReclaimResult(int reclaimed) {
    }

    private final ReclaimJob job;

    ReclaimController(ReclaimJob job) {
        this.job = job;
    }

    @PostMapping
    ReclaimResult reclaim() {
        return new ReclaimResult(job.runPass());
    }
}
