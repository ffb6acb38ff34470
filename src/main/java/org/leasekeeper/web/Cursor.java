package org.leasekeeper.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Opaque keyset cursors: the sort key of the last item of a page (an address, an id), base64url-encoded so
 * callers do not build them by hand. {@link #decode} throws {@link IllegalArgumentException} on a cursor it
 * did not make (an {@link InvalidParameter} for {@code cursor}); the web layer answers it with the
 * {@code validation} problem for field {@code cursor}.
 */
public final class Cursor {

    private static final String PREFIX = "lk1:";

    private Cursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    public static @Nullable String decode(@Nullable String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("cursor", "not a cursor of this API");
        }
        if (!text.startsWith(PREFIX)) {
            throw new InvalidParameter("cursor", "not a cursor of this API");
        }
        return text.substring(PREFIX.length());
    }

    /** Decodes a cursor made by {@link #encode(String)} from an id; {@code null} when there is none. */
    public static @Nullable Long decodeId(@Nullable String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return null;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new InvalidParameter("cursor", "not a cursor of this list");
        }
    }
}
