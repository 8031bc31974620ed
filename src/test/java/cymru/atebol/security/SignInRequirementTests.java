package cymru.atebol.security;

import cymru.atebol.system.StartupRefusedException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up rule, both ways: which configurations start, and what a refused one says.
 */
class SignInRequirementTests {

	static final String HASH = "$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG";

	// application.yaml's settings, where their defaults are stated
	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class))
		.withUserConfiguration(Properties.class, WebSecurityConfiguration.class);

	@Test
	void shouldStartReadOnlyWithNoConfigurationAndNoUsableCredential() {
		this.runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(EditingProperties.class).enabled()).isFalse();
			assertThat(context.getBean(InMemoryUserDetailsManager.class).userExists("user")).isFalse();
			assertThat(context).doesNotHaveBean(JwtDecoder.class);
		});
	}

	@Test
	void shouldRefuseToStartWhenEditingIsOnAndNobodyCanSignIn() {
		this.runner.withPropertyValues("atebol.editing.enabled=true").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(StartupRefusedException.class)
				.hasMessageStartingWith("Editing is enabled (atebol.editing.enabled=true) but nobody can sign in")
				.hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri")
				.hasMessageContaining("atebol.security.editors[0].password-hash")
				.hasMessageContaining("--hash-password")
				.hasMessageContaining("atebol.editing.enabled=false");
		});
	}

	@Test
	void shouldStartWithEditingOnAndAJwtIssuerWithoutContactingIt() {
		this.runner
			.withPropertyValues("atebol.editing.enabled=true",
					"spring.security.oauth2.resourceserver.jwt.issuer-uri=https://issuer.invalid/realms/atebol")
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(JwtDecoder.class);
			});
	}

	@Test
	void shouldStartWithEditingOnAndALocalEditorAccount() {
		this.runner
			.withPropertyValues("atebol.editing.enabled=true", "atebol.security.editors[0].username=alice",
					"atebol.security.editors[0].password-hash=" + HASH)
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(
						context.getBean(InMemoryUserDetailsManager.class).loadUserByUsername("alice").getAuthorities())
					.extracting(Object::toString)
					.containsExactly("ROLE_EDITOR");
			});
	}

	@Test
	void shouldRefuseToStartWhenReadsArePrivateAndNobodyCanSignIn() {
		this.runner.withPropertyValues("atebol.security.public-reads=false").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageStartingWith(
						"Reads are not public (atebol.security.public-reads=false) but nobody can sign in");
		});
	}

	@Test
	void shouldRefuseAPlainTextPasswordWhereTheHashBelongs() {
		this.runner
			.withPropertyValues("atebol.editing.enabled=true", "atebol.security.editors[0].username=alice",
					"atebol.security.editors[0].password-hash=" + HASH, "atebol.security.editors[1].username=bob",
					"atebol.security.editors[1].password-hash=hunter2")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageStartingWith(
							"atebol.security.editors[1].password-hash (user 'bob') is not a BCrypt hash.")
					.hasMessageNotContaining("hunter2");
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ AccessProperties.class, EditingProperties.class, GraphQlCorsProperties.class })
	static class Properties {

	}

}
