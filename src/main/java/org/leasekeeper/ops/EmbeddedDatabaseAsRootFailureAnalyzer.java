package org.leasekeeper.ops;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused embedded database into one clear message instead of a bean-creation stack trace. */
class EmbeddedDatabaseAsRootFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseAsRoot> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseAsRoot cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set SPRING_DATASOURCE_URL, for example jdbc:postgresql://127.0.0.1:5432/leasekeeper, or run as a"
                        + " non-root user.", cause);
    }
}
