package org.leasekeeper.security;

import org.leasekeeper.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.leasekeeper.web.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Who may call what. Stateless bearer tokens (no sessions, no cookies, so no CSRF protection is needed):
 * <ul>
 * <li>{@code /actuator/health/**}, {@code /error} and the Swagger UI's static pages ({@code /swagger-ui/**},
 * {@code /swagger-ui.html}): open. The UI holds no data; it shows nothing until given the token, because
 * the OpenAPI document it loads is protected.</li>
 * <li>GET and HEAD on {@code /api/v1/**}, {@code /actuator/**} (prometheus, info) and {@code /v3/api-docs/**}:
 * the read token or the write token.</li>
 * <li>Every other request: the write token. A read token there gets 403 {@code forbidden}; no or an unknown
 * token gets 401 {@code unauthorized} with {@code WWW-Authenticate: Bearer}.</li>
 * </ul>
 * Only in a servlet web application: a context without a web server (a job-only test) has nothing to protect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiTokenProperties.class)
class ApiSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);

    @Bean
    ApiTokens apiTokens(ApiTokenProperties properties) {
        return new ApiTokens(properties);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ProblemWriter problems) throws Exception {
        String read = ApiRole.READ_AUTHORITY;
        String write = ApiRole.WRITE_AUTHORITY;
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterAfter(new BearerTokenFilter(tokens), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                        .hasAuthority(read)
                        .requestMatchers(HttpMethod.HEAD, "/api/v1/**", "/actuator/**").hasAuthority(read)
                        .anyRequest().hasAuthority(write))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .build();
    }

    /** Keeps Spring Boot from creating (and logging) a default user and password; tokens are the only credentials. */
    @Bean
    AuthenticationProvider noPasswordLogin() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                throw new BadCredentialsException("only bearer tokens are accepted");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return false;
            }
        };
    }

    private static AuthenticationEntryPoint unauthorized(ProblemWriter problems) {
        return (request, response, failure) -> {
            boolean presented = request.getAttribute(BearerTokenFilter.PRESENTED) != null;
            log.warn("unauthorized: {} {} ({})", request.getMethod(), request.getRequestURI(),
                    presented ? "unknown bearer token" : "no bearer token");
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, presented
                    ? "Bearer realm=\"leasekeeper\", error=\"invalid_token\""
                    : "Bearer realm=\"leasekeeper\"");
            problems.write(request, response, ProblemType.UNAUTHORIZED.problem(presented
                    ? "The bearer token is not valid for this API."
                    : "This request needs an Authorization: Bearer <token> header."));
        };
    }

    private static AccessDeniedHandler forbidden(ProblemWriter problems) {
        return (request, response, denied) -> {
            log.warn("forbidden: {} {} with the read token", request.getMethod(), request.getRequestURI());
            problems.write(request, response, ProblemType.FORBIDDEN.problem(
                    "The read token may only read (GET); this request needs the write token."));
        };
    }
}
