package org.leasekeeper.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leasekeeper.api.token} ({@code LEASEKEEPER_API_TOKEN}, read and write) and
 * {@code leasekeeper.api.read-token} ({@code LEASEKEEPER_API_READ_TOKEN}, GET only). Empty means not set.
 */
@ConfigurationProperties("leasekeeper.api")
record ApiTokenProperties(@Nullable String token, @Nullable String readToken) {

    @Override
    public String toString() {
        return "ApiTokenProperties[token=" + (token == null || token.isBlank() ? "unset" : "set")
                + ", readToken=" + (readToken == null || readToken.isBlank() ? "unset" : "set") + "]";
    }
}
