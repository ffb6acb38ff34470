package org.leasekeeper.web;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** A page of a list response: {@code {"items": [...], "nextCursor": "opaque" | null}} (API contract). */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows in keyset order (ask the service for one row more than
     * the caller's limit): the extra row is not shown, it only says that another page follows, whose cursor
     * is the {@code key} of the last row shown. The last page has {@code nextCursor = null}.
     */
    public static <T, R> Page<R> of(List<T> rows, int limit, Function<T, String> key, Function<T, R> map) {
        if (rows.size() <= limit) {
            return new Page<>(rows.stream().map(map).toList(), null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(shown.stream().map(map).toList(), Cursor.encode(key.apply(shown.get(limit - 1))));
    }
}
