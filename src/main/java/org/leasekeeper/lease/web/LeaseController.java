package org.leasekeeper.lease.web;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.lease.Allocation;
import org.leasekeeper.lease.Lease;
import org.leasekeeper.lease.LeaseNotFound;
import org.leasekeeper.lease.LeaseQuery;
import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.lease.LeaseState;
import org.leasekeeper.lease.Source;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.web.Cursor;
import org.leasekeeper.web.InvalidParameter;
import org.leasekeeper.web.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The lease endpoints of the API: bind and validate, one {@link LeaseService} call, map the result. */
@RestController
@RequestMapping("/api/v1/leases")
class LeaseController {

    private final LeaseService leases;

    LeaseController(LeaseService leases) {
        this.leases = leases;
    }

    /** 201 and Location for a new BOUND lease; 200 for the client's existing one. */
    @PostMapping
    ResponseEntity<LeaseResponse> allocate(@Valid @RequestBody LeaseRequests.Create request) {
        Allocation allocation = leases.allocate(request.toCommand());
        LeaseResponse body = LeaseResponse.of(allocation.lease());
        return allocation.created()
                ? ResponseEntity.created(URI.create("/api/v1/leases/" + body.ipAddress())).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping
    Page<LeaseResponse> list(
            @RequestParam(name = "subnetId", required = false) @Nullable Long subnetId,
            @RequestParam(name = "state", required = false) @Nullable LeaseState state,
            @RequestParam(name = "hwAddress", required = false) @Nullable MacAddress hwAddress,
            @RequestParam(name = "clientId", required = false) @Nullable ClientId clientId,
            @RequestParam(name = "hostname", required = false) @Nullable String hostname,
            @RequestParam(name = "limit", defaultValue = "100") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @RequestParam(name = "cursor", required = false) @Nullable String cursor) {
        List<Lease> found = leases.list(new LeaseQuery(subnetId, state, hwAddress, clientId, hostname, after(cursor),
                limit + 1));
        return Page.of(found, limit, lease -> lease.ipAddress().toString(), LeaseResponse::of);
    }

    @GetMapping("/{ip}")
    LeaseResponse find(@PathVariable("ip") Ipv4Address ip) {
        return leases.find(ip).map(LeaseResponse::of).orElseThrow(() -> LeaseNotFound.forAddress(ip));
    }

    @PostMapping("/{ip}/renew")
    LeaseResponse renew(@PathVariable("ip") Ipv4Address ip, @Valid @RequestBody LeaseRequests.Renew request) {
        return LeaseResponse.of(leases.renew(ip, request.client(), request.leaseTime(), Source.API));
    }

    @PostMapping("/{ip}/release")
    LeaseResponse release(@PathVariable("ip") Ipv4Address ip, @Valid @RequestBody LeaseRequests.Release request) {
        return LeaseResponse.of(leases.release(ip, request.client(), Source.API));
    }

    @PostMapping("/{ip}/expire")
    LeaseResponse expire(@PathVariable("ip") Ipv4Address ip) {
        return LeaseResponse.of(leases.expire(ip, Source.API));
    }

    @GetMapping("/{ip}/history")
    LeaseHistoryResponse history(@PathVariable("ip") Ipv4Address ip) {
        return LeaseHistoryResponse.of(leases.history(ip));
    }

    private static @Nullable Ipv4Address after(@Nullable String cursor) {
        String key = Cursor.decode(cursor);
        if (key == null) {
            return null;
        }
        try {
            return Ipv4Address.parse(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("cursor", "not a cursor of this list");
        }
    }
}
