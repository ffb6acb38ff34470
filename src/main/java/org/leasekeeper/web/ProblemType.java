package org.leasekeeper.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem types of the API (RFC 9457). The last path segment of {@link #type()} is the stable slug that
 * clients match on; the slugs of the contract are binding, the others name what Spring MVC reports itself.
 */
public enum ProblemType {

    VALIDATION(HttpStatus.BAD_REQUEST, "validation", "Invalid request"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Not allowed"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    ADDRESS_IN_USE(HttpStatus.CONFLICT, "address-in-use", "Address in use"),
    NOT_LEASE_OWNER(HttpStatus.CONFLICT, "not-lease-owner", "Not the lease owner"),
    LEASE_NOT_ACTIVE(HttpStatus.CONFLICT, "lease-not-active", "Lease not active"),
    POOL_EXHAUSTED(HttpStatus.CONFLICT, "pool-exhausted", "Pool exhausted"),
    SUBNET_OVERLAP(HttpStatus.CONFLICT, "subnet-overlap", "Subnet overlap"),
    SUBNET_HAS_LEASES(HttpStatus.CONFLICT, "subnet-has-leases", "Subnet has leases"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable");

    public static final String BASE = "https://leasekeeper.org/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create(BASE + slug);
    }

    /** A problem of this type with the given detail. */
    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return describe(problem);
    }

    /** Sets this type's {@code type} URI, {@code title} and {@code status} on a problem Spring MVC made. */
    public ProblemDetail describe(ProblemDetail problem) {
        problem.setType(type());
        problem.setTitle(title);
        problem.setStatus(status);
        return problem;
    }

    /** The type for a status Spring MVC reports on its own (404 for unknown paths, 405, 406, 415, ...). */
    static ProblemType forStatus(int status) {
        for (ProblemType candidate : values()) {
            if (candidate.status.value() == status && candidate.status != HttpStatus.CONFLICT) {
                return candidate;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : VALIDATION;
    }
}
