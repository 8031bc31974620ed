package cymru.atebol;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service (no HTTP) on its embedded Neo4j holding the fixture graph
 * (src/test/resources/seed-fixture, not the seed). Every test class with this annotation
 * shares one cached context, so the database starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// A minute per request and query: these tests are about answers, not time, and share the
// machine.
@SpringBootTest(properties = { "atebol.seed.load-on-startup=false", "atebol.limits.query-timeout=60s" })
@AutoConfigureGraphQlTester
@Import(FixtureGraph.class)
public @interface GraphQlFixtureTest {

}
