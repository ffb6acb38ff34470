package org.leasekeeper.web;

/**
 * One entry of a {@code validation} problem's {@code errors}: the request field (a JSON path such as
 * {@code pools[0].first}, or a query parameter name) and what is wrong with it.
 */
public record FieldProblem(String field, String message) {
}
