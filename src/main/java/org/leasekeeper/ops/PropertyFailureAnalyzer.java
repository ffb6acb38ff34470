package org.leasekeeper.ops;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A {@code leasekeeper.*} property that does not bind or validate stops the service with one line naming the
 * environment variable, e.g. {@code LEASEKEEPER_RECLAIM_BATCH_SIZE must be greater than 0 (was "-1")}, instead
 * of Spring Boot's generic report. Other properties are left to Spring Boot's own analyzers.
 */
class PropertyFailureAnalyzer implements FailureAnalyzer, Ordered {

    private static final String PREFIX = "leasekeeper.";

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        String line = findCause(failure, BindValidationException.class).map(PropertyFailureAnalyzer::validation)
                .orElseGet(() -> findCause(failure, BindException.class).map(PropertyFailureAnalyzer::binding)
                        .orElse(null));
        if (line == null) {
            return null;
        }
        return new FailureAnalysis(line, "Correct " + line.split(" ", 2)[0] + " and start Leasekeeper again.",
                failure);
    }

    private static @Nullable String validation(BindValidationException exception) {
        ValidationErrors errors = exception.getValidationErrors();
        for (ObjectError error : errors.getAllErrors()) {
            if (error instanceof FieldError field) {
                String name = errors.getName() + "." + kebab(field.getField());
                if (name.startsWith(PREFIX)) {
                    ConfigurationProperty bound = errors.getBoundProperties().stream()
                            .filter(p -> p.getName().toString().equals(name)).findFirst().orElse(null);
                    return describe(name, bound, field.getDefaultMessage());
                }
            }
        }
        return null;
    }

    private static @Nullable String binding(BindException exception) {
        String name = exception.getName().toString();
        if (!name.startsWith(PREFIX)) {
            return null;
        }
        Throwable root = exception;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return describe(name, exception.getProperty(), "is not valid: " + root.getMessage());
    }

    private static String describe(String name, @Nullable ConfigurationProperty property, @Nullable String reason) {
        String variable = variable(name, property == null ? null : property.getOrigin());
        String value = property == null ? "" : " (was \"" + property.getValue() + "\")";
        return variable + " " + (reason == null ? "is not valid" : reason) + value;
    }

    /** The environment variable that set the property, or the one that would (relaxed binding). */
    static String variable(String propertyName, @Nullable Origin origin) {
        for (Origin o = origin; o != null; o = o.getParent()) {
            if (o instanceof SystemEnvironmentOrigin env) {
                return env.getProperty();
            }
        }
        return propertyName.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_').replace("[", "_")
                .replace("]", "");
    }

    private static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static <E extends Throwable> Optional<E> findCause(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
