package org.leasekeeper.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers errors that never reached a controller (the servlet container's own, or a filter's
 * {@code sendError}) with a problem instead of Spring Boot's default error body. Says nothing about the
 * failure beyond its status.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ProblemType type = failure instanceof Throwable t && DatabaseFailures.isUnavailable(t)
                ? ProblemType.DATABASE_UNAVAILABLE
                : ProblemType.forStatus(status);
        ProblemDetail problem = type.problem(type.status().is5xxServerError()
                ? "An unexpected error occurred; it has been logged."
                : "The request failed with status " + status + ".");
        problem.setStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            try {
                problem.setInstance(new URI(uri.toString()));
            } catch (URISyntaxException malformed) {
                // a malformed request URI is often why the container failed: leave it out
            }
        }
        return ResponseEntity.status(status).body(problem);
    }
}
