package cymru.atebol.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reads (any GET, such as an export) public or for signed-in users; other methods
 * refused.
 */
class ReadAccessTests {

	// application.yaml's settings, where their defaults are stated
	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withConfiguration(
				AutoConfigurations.of(SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
		.withUserConfiguration(Mvc.class, WebSecurityConfiguration.class)
		.withPropertyValues("atebol.security.editors[0].username=alice",
				"atebol.security.editors[0].password-hash=" + SignInRequirementTests.HASH);

	private MockMvc mvc(org.springframework.web.context.WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void shouldLetAnyoneReadByDefaultButNotWrite() {
		this.runner.run(context -> {
			MockMvc mvc = mvc(context);
			mvc.perform(get("/export/sources.csv")).andExpect(status().isOk());
			mvc.perform(post("/export/sources.csv")).andExpect(status().isForbidden());
			mvc.perform(post("/export/sources.csv").with(httpBasic("alice", "password")))
				.andExpect(status().isForbidden());
		});
	}

	@Test
	void shouldLetOnlySignedInUsersReadWhenReadsAreNotPublic() {
		this.runner.withPropertyValues("atebol.security.public-reads=false").run(context -> {
			MockMvc mvc = mvc(context);
			mvc.perform(get("/export/sources.csv")).andExpect(status().isUnauthorized());
			mvc.perform(get("/export/sources.csv").with(httpBasic("alice", "wrong")))
				.andExpect(status().isUnauthorized());
			mvc.perform(get("/export/sources.csv").with(httpBasic("alice", "password"))).andExpect(status().isOk());
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	@EnableConfigurationProperties({ AccessProperties.class, EditingProperties.class, GraphQlCorsProperties.class })
	static class Mvc {

		@RestController
		static class Export {

			@GetMapping("/export/sources.csv")
			String sources() {
				return "id,title";
			}

			@PostMapping("/export/sources.csv")
			String write() {
				return "written";
			}

		}

	}

}
