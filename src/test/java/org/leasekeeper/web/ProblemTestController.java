package org.leasekeeper.web;

import java.net.ConnectException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.lease.AddressInUse;
import org.leasekeeper.lease.LeaseNotActive;
import org.leasekeeper.lease.LeaseNotFound;
import org.leasekeeper.lease.NotLeaseOwner;
import org.leasekeeper.lease.PoolExhausted;
import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.InvalidSubnet;
import org.leasekeeper.subnet.ReservationConflict;
import org.leasekeeper.subnet.ReservationNotFound;
import org.leasekeeper.subnet.SubnetHasLeases;
import org.leasekeeper.subnet.SubnetNotFound;
import org.leasekeeper.subnet.SubnetOverlap;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Throws every exception the API maps, so the problem JSON of each slug can be checked. */
@RestController
@Profile(ProblemTestController.PROFILE)
class ProblemTestController {

    /** Only {@link ApiExceptionHandlerTest} activates it: full-context tests must not see these test routes. */
    static final String PROFILE = "problem-test";

    record Body(@NotNull Cidr cidr, @NotEmpty List<@NotNull AddressRange> pools, @Size(max = 8) @Nullable String name,
            @Nullable Integer count) {
    }

    @GetMapping("/test/throw/{what}")
    String fail(@PathVariable String what) throws Exception {
        throw switch (what) {
            case "subnet-not-found" -> SubnetNotFound.forId(7);
            case "reservation-not-found" -> ReservationNotFound.forId(8);
            case "lease-not-found" -> new LeaseNotFound("192.0.2.9 was never leased");
            case "address-in-use" -> new AddressInUse("192.0.2.9 is leased to another client");
            case "reservation-conflict" -> new ReservationConflict("192.0.2.9 is already reserved");
            case "not-lease-owner" -> new NotLeaseOwner("192.0.2.9 is leased to another client");
            case "lease-not-active" -> new LeaseNotActive("the lease of 192.0.2.9 is RELEASED");
            case "pool-exhausted" -> new PoolExhausted("no free address in subnet 1");
            case "subnet-overlap" -> new SubnetOverlap("192.0.2.0/24 overlaps subnet 1");
            case "subnet-has-leases" -> new SubnetHasLeases(1, 3);
            case "invalid-subnet" -> InvalidSubnet.of("pools[0]", "pool 10.0.0.1-10.0.0.9 lies outside 192.0.2.0/24");
            case "no-connection" -> new CannotGetJdbcConnectionException("select secret from table");
            case "no-transaction" -> new CannotCreateTransactionException("select secret from table");
            case "resource-failure" -> new DataAccessResourceFailureException("select secret from table");
            case "connection-refused-deep" -> new IllegalStateException("select secret from table",
                    new RuntimeException(new ConnectException("Connection refused")));
            default -> new IllegalStateException("select secret from table where x = 'internal'");
        };
    }

    @PostMapping("/test/body")
    Body body(@Valid @RequestBody Body body) {
        return body;
    }

    @GetMapping("/test/list")
    String list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return limit + ":" + Cursor.decodeId(cursor);
    }

    enum Color { RED, GREEN }

    @GetMapping("/test/enum")
    String color(@RequestParam Color color) {
        return color.name();
    }

    @GetMapping("/test/required")
    String required(@RequestParam int count) {
        return String.valueOf(count);
    }

    @GetMapping("/test/ip/{ip}")
    String ip(@PathVariable Ipv4Address ip) {
        return ip.toString();
    }
}
