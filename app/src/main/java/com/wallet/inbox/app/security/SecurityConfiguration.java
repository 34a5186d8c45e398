package com.wallet.inbox.app.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The merchant API is public at this layer (its token is in the body) and so are health and the
 * OpenAPI description; the admin and read APIs, and the Prometheus metrics, need their bearer token. Stateless, no CSRF: no browser session is ever involved.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /**
     * Checks the secrets before any other bean is created, so that a missing one stops the start with
     * its own message rather than after, or behind, a failure to reach Kafka or MongoDB.
     */
    @Bean
    static BeanFactoryPostProcessor requireSecuritySecrets(Environment environment) {
        return beanFactory -> Binder.get(environment).bindOrCreate("inbox.security", SecuritySettings.class);
    }

    @Bean
    AuthenticationManager staticTokenAuthenticationManager(SecuritySettings settings) {
        return new StaticTokenAuthenticationManager(settings);
    }

    /**
     * The merchant API authenticates each call by the access token in its body (and, for signing
     * clients, by the signature filter), never by a session or a header this layer could check. So its
     * chain has no filters of its own: each of the default chain's filters (security context, headers,
     * request wrappers, anonymous authentication, authorization) cost CPU on every call of the busiest
     * path and decided nothing there.
     */
    @Bean
    @Order(1)
    SecurityFilterChain merchantApiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/v2/**"))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .exceptionHandling(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager tokens) throws Exception {
        JsonSecurityErrors errors = new JsonSecurityErrors();
        AuthenticationFilter bearer = new AuthenticationFilter(tokens, new BearerTokenConverter());
        bearer.setSuccessHandler((request, response, authentication) -> {});
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(errors));
        // Merchants may send an Authorization header of their own; only the bearer-protected APIs read it.
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        bearer.setRequestMatcher(new OrRequestMatcher(
                paths.matcher("/admin/**"),
                paths.matcher("/api/**"),
                paths.matcher("/dashboard/**"),
                paths.matcher("/actuator/prometheus")));
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(bearer, AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/v2/**",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/error",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        // The dashboard's page and scripts hold no data; its API calls send the reader token.
                        .requestMatchers(HttpMethod.GET, "/dashboard", "/dashboard/**", "/webjars/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/**", "/dashboard/**")
                        .hasAnyRole("READER", "ADMIN")
                        // Business volumes are not public; a scraper needs only the read-only token.
                        .requestMatchers("/actuator/prometheus")
                        .hasAnyRole("READER", "ADMIN")
                        .anyRequest()
                        .denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }
}
