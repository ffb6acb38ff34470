package org.leasekeeper.subnet.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.subnet.Reservation;
import org.leasekeeper.subnet.SubnetService;
import org.leasekeeper.web.Cursor;
import org.leasekeeper.web.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Reservations: created and listed under their subnet, read and deleted by id. */
@RestController
class ReservationController {

    private final SubnetService subnets;

    ReservationController(SubnetService subnets) {
        this.subnets = subnets;
    }

    @PostMapping("/api/v1/subnets/{subnetId}/reservations")
    ResponseEntity<ReservationResponse> reserve(@PathVariable long subnetId,
            @Valid @RequestBody ReservationRequest request) {
        Reservation reservation = subnets.reserve(subnetId, request.client(), request.address(), request.hostname());
        return ResponseEntity.created(URI.create("/api/v1/reservations/" + reservation.id()))
                .body(ReservationResponse.of(reservation));
    }

    @GetMapping("/api/v1/subnets/{subnetId}/reservations")
    Page<ReservationResponse> list(@PathVariable long subnetId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return Page.of(subnets.reservations(subnetId, Cursor.decodeId(cursor), limit + 1), limit,
                r -> Long.toString(r.id()), ReservationResponse::of);
    }

    @GetMapping("/api/v1/reservations/{id}")
    ReservationResponse get(@PathVariable long id) {
        return ReservationResponse.of(subnets.reservation(id));
    }

    @DeleteMapping("/api/v1/reservations/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        subnets.unreserve(id);
        return ResponseEntity.noContent().build();
    }
}
