package org.leasekeeper.subnet;

import java.util.List;

/**
 * A subnet or reservation definition breaks a rule that the request's syntax alone cannot show (pool outside
 * the CIDR, T1 >= T2, ...). Carries field-level messages for the {@code validation} problem.
 */
public class InvalidSubnet extends RuntimeException {

    /** One broken rule: the request field (JSON path such as {@code pools[0].first}) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidSubnet(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid subnet" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidSubnet of(String field, String message) {
        return new InvalidSubnet(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
