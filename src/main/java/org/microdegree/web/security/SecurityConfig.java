package org.microdegree.web.security;

import jakarta.servlet.http.HttpServletResponse;
import org.microdegree.accounts.Accounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two ways in. The API ({@code /api/**}) is stateless: every request carries HTTP Basic or a
 * personal Bearer token, and no cookie is ever read, so it needs no CSRF token. The web pages use a
 * session (password form or single sign-on) and CSRF tokens on every form. Reading the published
 * catalogue, verifying certificates and the home page are public; what else a person may see or
 * change is decided per item by the modules, from the {@link org.microdegree.shared.Actor}.
 */
@Configuration
@ConditionalOnWebApplication
@EnableConfigurationProperties(SsoProperties.class)
class SecurityConfig {

    /** Pages and files anyone may load; every other page needs a signed-in person. */
    static final String[] PUBLIC_PAGES = {"/", "/catalogue", "/catalogue/**", "/rounds", "/verify", "/verify/**",
            "/.well-known/did.json", "/institutions/*/did.json", "/login", "/error", "/invitation/*",
            "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
            "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    // Swagger UI styles itself inline; it has no forms that change anything
    private static final String CSP_SWAGGER = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /**
     * The wallet's side of OpenID4VCI: open to anyone, stateless, without cookies or CSRF tokens; a
     * wallet proves itself with the pre-authorized code, the transaction code and its own access token,
     * which the credentials module checks. The API's Bearer tokens are not read here. The DID
     * documents under /.well-known are public in any case.
     */
    @Bean
    @Order(0)
    SecurityFilterChain wallets(HttpSecurity http) throws Exception {
        // all of /.well-known: a wallet probing for metadata we do not serve gets a 404, not the sign-in page
        http.securityMatcher("/oid4vci/**", "/.well-known/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> headers(h, CSP));
        return http.build();
    }

    @Bean
    @Order(1)
    // the one AuthenticationProvider bean (PasswordAuthentication) is the global manager of both chains; adding it
    // to a chain as well would ask it twice per failure, and count each failure twice
    SecurityFilterChain api(HttpSecurity http, Accounts accounts, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**", "/credentials/**", "/presentations/**", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        // operations: the status for load balancers, the rest for admins (HTTP Basic or a token)
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**", "/credentials/status/**").permitAll()
                        // verifying is for anyone; issuing through the VC-API needs an admin's token
                        .requestMatchers(HttpMethod.POST, "/api/v1/verify", "/credentials/verify", "/presentations/verify").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> problems.write(res, 401, "unauthorized",
                        "Not signed in", ex.getMessage())))
                .addFilterBefore(new BearerTokenFilter(accounts, problems), BasicAuthenticationFilter.class)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(res, 401, "unauthorized", "Not signed in",
                                "sign in with HTTP Basic or an API token (Authorization: Bearer)"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(res, 403, "forbidden", "Forbidden", ex.getMessage())))
                .headers(h -> headers(h, CSP));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, SsoProperties sso,
            ObjectProvider<ClientRegistrationRepository> registrations) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers(PUBLIC_PAGES).permitAll()
                .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").usernameParameter("email").passwordParameter("password")
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?error"))
                        .defaultSuccessUrl("/", false))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> res.sendError(HttpServletResponse.SC_FORBIDDEN)))
                .headers(h -> headers(h, null));
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(new SsoUserService(accounts, new ClaimMapping(sso))))
                    .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?ssoError")));
        }
        return http.build();
    }

    /** @param csp the policy, or null for the pages' own (with Swagger UI's relaxed one) */
    private static void headers(HeadersConfigurer<HttpSecurity> h, @org.jspecify.annotations.Nullable String csp) {
        h.addHeaderWriter((req, res) -> res.setHeader("Content-Security-Policy", csp != null
                ? csp
                : req.getRequestURI().startsWith(req.getContextPath() + "/swagger-ui") ? CSP_SWAGGER : CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny())
                // sent only on HTTPS (behind a proxy: X-Forwarded-Proto, see server.forward-headers-strategy)
                .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
