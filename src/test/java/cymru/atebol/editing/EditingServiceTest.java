package cymru.atebol.editing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole service over HTTP on its embedded Neo4j with the real seed, editing on and
 * one local editor account ({@link Editor#NAME}); every test class with this annotation
 * shares one context (and so one graph: each test edits entities of its own, or different
 * seeded ones).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atebol.editing.enabled=true", "atebol.security.editors[0].username=" + Editor.NAME,
				"atebol.security.editors[0].password-hash=" + Editor.HASH })
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient
@interface EditingServiceTest {

}
