package org.leasekeeper.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Explains why a JSON body could not be read, in words fit for a client: the JSON path of the bad field and
 * what is wrong with it. Jackson's own messages name Java classes, so they are never passed on; the messages
 * of Leasekeeper's value types ("not an IPv4 address: 300.1.2.3") are.
 */
final class JsonProblems {

    static final String BODY = "body";

    private JsonProblems() {
    }

    static FieldProblem explain(Throwable failure) {
        JacksonException jackson = find(failure, JacksonException.class);
        if (jackson == null) {
            return new FieldProblem(BODY, "a JSON body is required");
        }
        String path = path(jackson);
        IllegalArgumentException ours = ownIllegalArgument(jackson);
        if (ours != null && ours.getMessage() != null) {
            return new FieldProblem(path, ours.getMessage());
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return new FieldProblem(path, "is not a field of this request");
        }
        if (jackson instanceof MismatchedInputException mismatch && !path.equals(BODY)) {
            return new FieldProblem(path, "must be " + expected(mismatch.getTargetType()));
        }
        if (jackson instanceof StreamReadException) {
            TokenStreamLocation at = jackson.getLocation();
            return new FieldProblem(BODY, at == null || at.getLineNr() < 0 ? "is not well-formed JSON"
                    : "is not well-formed JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        return new FieldProblem(path, path.equals(BODY) ? "is not a valid JSON request" : "has an invalid value");
    }

    /** {@code pools[0].first} from Jackson's reference path; {@code body} for the document itself. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "a string";
    }

    /** An IllegalArgumentException thrown by Leasekeeper's own code (a value type's parser), not by a library. */
    private static @Nullable IllegalArgumentException ownIllegalArgument(Throwable failure) {
        IllegalArgumentException e = find(failure, IllegalArgumentException.class);
        if (e == null || e.getStackTrace().length == 0) {
            return null;
        }
        return e.getStackTrace()[0].getClassName().startsWith("org.leasekeeper.") ? e : null;
    }

    static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static List<FieldProblem> explainAll(Throwable failure) {
        return List.of(explain(failure));
    }
}
