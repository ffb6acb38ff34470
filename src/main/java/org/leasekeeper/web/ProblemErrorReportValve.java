package org.leasekeeper.web;

import java.io.IOException;
import java.io.PrintWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's last word: errors it raises before a request reaches Spring (a malformed URI such as
 * {@code /api/v1/subnets/%zz}) get a problem body instead of Tomcat's HTML page. Everything else reaches
 * {@link ApiExceptionHandler} or {@link ProblemErrorController} first. Tomcat creates this valve by class
 * name, hence public with a public constructor; it writes only fixed text and the status code.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, @Nullable Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = status >= 500 ? "An unexpected error occurred; it has been logged."
                : "The request was refused with status " + status + " before it reached the API.";
        String errors = type == ProblemType.VALIDATION
                ? ",\"errors\":[{\"field\":\"request\",\"message\":\"" + detail + "\"}]"
                : "";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + type.type() + "\",\"title\":\"" + type.title() + "\",\"status\":"
                        + status + ",\"detail\":\"" + detail + "\"" + errors + "}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }
}
