package org.reciproque.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.util.Map;

/**
 * The one security filter chain. Deny by default: only the pages listed here are open to
 * visitors; everything else needs a signed-in account, and every network page or API call
 * then checks the caller's role in that network through {@link NetworkGuard}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottledAuthenticationProvider passwordLogin,
			OneTimeTokenGenerationSuccessHandler magicLinkSender, OneTimeTokenService oneTimeTokens,
			ApiTokens apiTokens, ProblemResponses problems) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		AuthenticationEntryPoint apiEntryPoint = (request, response, ex) -> problems.write(request, response,
				HttpStatus.UNAUTHORIZED, "error.api.unauthorized");
		AccessDeniedHandler apiDenied = (request, response, ex) -> problems.write(request, response,
				HttpStatus.FORBIDDEN, "error.api.forbidden");
		var failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));

		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/login", "/login/ott", "/login/ott/sent", "/ott/generate", "/signup", "/password/forgot",
					"/password/forgot/sent", "/password/reset/**", "/setup/**", "/invitations/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
					"/v3/api-docs/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/tokens")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/networks")
			.permitAll()
			// a member's private calendar feed: the unguessable, revocable token is the
			// credential
			.requestMatchers(HttpMethod.GET, "/calendar/*.ics")
			.permitAll()
			.requestMatchers("/networks/new")
			.hasRole("PLATFORM_ADMIN")
			.requestMatchers(HttpMethod.GET, "/networks", "/networks/*", "/networks/*/board", "/networks/*/board/print",
					"/networks/*/board/projection")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("PLATFORM_ADMIN")
			.anyRequest()
			.authenticated());
		// The password provider is the global AuthenticationManager (it is the only
		// AuthenticationProvider bean): adding it here too would count each failure
		// twice.
		http.formLogin((form) -> form.loginPage("/login").failureHandler(failures).permitAll());
		http.oneTimeTokenLogin((ott) -> ott.showDefaultSubmitPage(false)
			.tokenService(oneTimeTokens)
			.tokenGenerationSuccessHandler(magicLinkSender)
			.loginProcessingUrl("/login/ott")
			.authenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler("/login?linkExpired"))
			.loginPage("/login"));
		http.logout((logout) -> logout.logoutSuccessUrl("/?signedOut"));
		// CSRF protects ambient credentials (the session cookie). API calls that carry a
		// bearer
		// token, or no session at all, have none to abuse: they need no CSRF token.
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfiguration::isBearerCall,
				(request) -> api.matches(request) && request.getRequestedSessionId() == null));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		http.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(apiEntryPoint, api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					new NegatedRequestMatcher(api))
			.defaultAccessDeniedHandlerFor(apiDenied, api)
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), new NegatedRequestMatcher(api)));
		http.addFilterBefore(new BearerTokenFilter(apiTokens, apiEntryPoint),
				UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	private static boolean isBearerCall(HttpServletRequest request) {
		return BearerTokenFilter.hasBearer(request);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottledAuthenticationProvider passwordLogin(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		return new ThrottledAuthenticationProvider(users, encoder, throttle);
	}

	@Bean
	OneTimeTokenService oneTimeTokenService(JdbcTemplate jdbc) {
		return new JdbcOneTimeTokenService(jdbc);
	}

}
