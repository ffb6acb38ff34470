package org.leasekeeper.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A page of a list response: {@code {"items": [...], "nextCursor": "opaque" | null}} (API contract). */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
}
