package org.leasekeeper.subnet.web;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetService;
import org.leasekeeper.web.Cursor;
import org.leasekeeper.web.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code /api/v1/subnets}: create, list, read, replace and delete subnets. */
@RestController
@RequestMapping("/api/v1/subnets")
class SubnetController {

    private final SubnetService subnets;

    SubnetController(SubnetService subnets) {
        this.subnets = subnets;
    }

    @PostMapping
    ResponseEntity<SubnetResponse> create(@Valid @RequestBody SubnetRequest request) {
        Subnet subnet = subnets.create(request.toDefinition());
        return ResponseEntity.created(URI.create("/api/v1/subnets/" + subnet.id())).body(SubnetResponse.of(subnet));
    }

    @GetMapping
    Page<SubnetResponse> list(@RequestParam(defaultValue = "100") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @RequestParam(required = false) @Nullable String cursor) {
        List<Subnet> page = subnets.list(Cursor.decodeId(cursor), limit + 1);
        return Page.of(page, limit, s -> Long.toString(s.id()), SubnetResponse::of);
    }

    @GetMapping("/{id}")
    SubnetResponse get(@PathVariable long id) {
        return SubnetResponse.of(subnets.get(id));
    }

    @PutMapping("/{id}")
    SubnetResponse replace(@PathVariable long id, @Valid @RequestBody SubnetRequest request) {
        return SubnetResponse.of(subnets.replace(id, request.toDefinition()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        subnets.delete(id);
        return ResponseEntity.noContent().build();
    }
}
