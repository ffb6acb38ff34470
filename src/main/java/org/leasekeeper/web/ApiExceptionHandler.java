package org.leasekeeper.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.lease.AddressInUse;
import org.leasekeeper.lease.LeaseNotActive;
import org.leasekeeper.lease.LeaseNotFound;
import org.leasekeeper.lease.NotLeaseOwner;
import org.leasekeeper.lease.PoolExhausted;
import org.leasekeeper.subnet.InvalidSubnet;
import org.leasekeeper.subnet.ReservationConflict;
import org.leasekeeper.subnet.ReservationNotFound;
import org.leasekeeper.subnet.SubnetHasLeases;
import org.leasekeeper.subnet.SubnetNotFound;
import org.leasekeeper.subnet.SubnetOverlap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become RFC 9457 problems: the domain exceptions of every feature, Spring
 * MVC's own (through {@link ResponseEntityExceptionHandler}) and anything unexpected. Responses never carry
 * exception class names, SQL or stack traces. Validation problems are logged at DEBUG, other 4xx at WARN,
 * 5xx at ERROR with the stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String INVALID = "The request is invalid; see errors.";

    @ExceptionHandler({SubnetNotFound.class, ReservationNotFound.class, LeaseNotFound.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return respond(ProblemType.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({AddressInUse.class, ReservationConflict.class})
    ResponseEntity<ProblemDetail> addressInUse(RuntimeException e) {
        return respond(ProblemType.ADDRESS_IN_USE, e.getMessage());
    }

    @ExceptionHandler(NotLeaseOwner.class)
    ResponseEntity<ProblemDetail> notLeaseOwner(NotLeaseOwner e) {
        return respond(ProblemType.NOT_LEASE_OWNER, e.getMessage());
    }

    @ExceptionHandler(LeaseNotActive.class)
    ResponseEntity<ProblemDetail> leaseNotActive(LeaseNotActive e) {
        return respond(ProblemType.LEASE_NOT_ACTIVE, e.getMessage());
    }

    @ExceptionHandler(PoolExhausted.class)
    ResponseEntity<ProblemDetail> poolExhausted(PoolExhausted e) {
        return respond(ProblemType.POOL_EXHAUSTED, e.getMessage());
    }

    @ExceptionHandler(SubnetOverlap.class)
    ResponseEntity<ProblemDetail> subnetOverlap(SubnetOverlap e) {
        return respond(ProblemType.SUBNET_OVERLAP, e.getMessage());
    }

    @ExceptionHandler(SubnetHasLeases.class)
    ResponseEntity<ProblemDetail> subnetHasLeases(SubnetHasLeases e) {
        ResponseEntity<ProblemDetail> response = respond(ProblemType.SUBNET_HAS_LEASES, e.getMessage());
        response.getBody().setProperty("activeLeases", e.activeLeases());
        return response;
    }

    @ExceptionHandler(InvalidSubnet.class)
    ResponseEntity<ProblemDetail> invalidSubnet(InvalidSubnet e) {
        return invalid(e.errors().stream().map(f -> new FieldProblem(f.field(), f.message())).toList());
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameter e) {
        return invalid(List.of(new FieldProblem(e.parameter(), String.valueOf(e.getMessage()))));
    }

    /** Anything else: the database being out of reach (503), or a bug (500, logged with its stack trace). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseFailures.isUnavailable(e)) {
            log.error("Database unavailable", e);
            return body(ProblemType.DATABASE_UNAVAILABLE.problem(
                    "The database cannot be reached; nothing was changed. Try again later."));
        }
        log.error("Unexpected error", e);
        return body(ProblemType.INTERNAL_ERROR.problem("An unexpected error occurred; it has been logged."));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ObjectError error : e.getBindingResult().getAllErrors()) {
            String field = error instanceof FieldError f ? f.getField() : error.getObjectName();
            errors.add(new FieldProblem(field, message(error)));
        }
        return cast(invalid(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = RequestParameters.name(result.getMethodParameter());
            result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(
                    error instanceof FieldError f ? name + "." + f.getField() : name, message(error))));
        });
        return cast(invalid(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (JsonProblems.find(e, RequestBodyLimit.TooLarge.class) != null) {
            return cast(respond(ProblemType.PAYLOAD_TOO_LARGE, RequestBodyLimit.TooLarge.DETAIL));
        }
        return cast(invalid(JsonProblems.explainAll(e)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(invalid(List.of(new FieldProblem(e.getParameterName(), "is required"))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        IllegalArgumentException cause = JsonProblems.find(e, IllegalArgumentException.class);
        String message = cause != null && cause.getStackTrace().length > 0
                && cause.getStackTrace()[0].getClassName().startsWith("org.leasekeeper.")
                ? String.valueOf(cause.getMessage())
                : expected(e.getRequiredType());
        return cast(invalid(List.of(new FieldProblem(name, message))));
    }

    /** Spring MVC's own problems (missing parameter, 404 for unknown paths, 405, 406, 415): give them our types. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            ProblemType type = ProblemType.forStatus(status.value());
            type.describe(problem);
            problem.setStatus(status.value());
            if (type == ProblemType.VALIDATION && problem.getProperties() == null) {
                problem.setProperty("errors", List.of(new FieldProblem("request", String.valueOf(problem.getDetail()))));
            }
            logProblem(type, problem.getDetail());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String expected(@Nullable Class<?> type) {
        if (type != null && type.isEnum()) {
            return "must be one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == long.class || type == int.class)) {
            return "must be a whole number";
        }
        return "is not a valid value";
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemType.VALIDATION.problem(INVALID);
        problem.setProperty("errors", errors);
        log.debug("Invalid request: {}", errors);
        return body(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemType type, @Nullable String detail) {
        logProblem(type, detail);
        return body(type.problem(detail == null ? type.name() : detail));
    }

    private static void logProblem(ProblemType type, @Nullable String detail) {
        if (type == ProblemType.VALIDATION) {
            log.debug("{}: {}", type.slug(), detail);
        } else if (type.status().is4xxClientError()) {
            log.warn("{}: {}", type.slug(), detail);
        }
    }

    private static ResponseEntity<ProblemDetail> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
