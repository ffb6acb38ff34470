package org.leasekeeper.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's two bearer tokens. Compares a presented token with each in constant time (SHA-256 digests compared
 * with {@link MessageDigest#isEqual}, so neither content nor length leaks through timing). When no write token
 * is configured, one is generated and logged once, on one line; no other log line ever contains a token.
 */
final class ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final byte[] writeDigest;
    private final byte @Nullable [] readDigest;

    ApiTokens(ApiTokenProperties properties) {
        String write = properties.token();
        if (write == null || write.isBlank()) {
            write = generate();
            log.warn("No API token configured (LEASEKEEPER_API_TOKEN): generated one for this run: {}", write);
        }
        this.writeDigest = digest(write.strip());
        String read = properties.readToken();
        this.readDigest = read == null || read.isBlank() ? null : digest(read.strip());
    }

    /** The role a presented token grants, if any. */
    Optional<ApiRole> roleFor(String presented) {
        byte[] candidate = digest(presented);
        boolean writer = MessageDigest.isEqual(candidate, writeDigest);
        boolean reader = readDigest != null && MessageDigest.isEqual(candidate, readDigest);
        if (writer) {
            return Optional.of(ApiRole.WRITE);
        }
        return reader ? Optional.of(ApiRole.READ) : Optional.empty();
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
