package org.leasekeeper.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a token may do: READ (GET only) or WRITE (everything, reading included). */
enum ApiRole {
    READ, WRITE;

    static final String READ_AUTHORITY = "ROLE_API_READ";
    static final String WRITE_AUTHORITY = "ROLE_API_WRITE";

    List<GrantedAuthority> authorities() {
        return this == WRITE
                ? List.of(new SimpleGrantedAuthority(READ_AUTHORITY), new SimpleGrantedAuthority(WRITE_AUTHORITY))
                : List.of(new SimpleGrantedAuthority(READ_AUTHORITY));
    }
}
