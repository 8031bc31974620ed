package cymru.atebol.time;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cymru.atebol.HttpBodies;
import cymru.atebol.SeededServiceTest;
import cymru.atebol.neo4j.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole seeded graph, at every date where any fact starts or ends (and the day before
 * each start and after each end): no relationship the API or the exports show as in force
 * lies outside the lifetime of either end, and no fact is in force before it began. The
 * lifetimes are read here from the stored dates, independently of the queries' rules.
 * Whole pages of entities with their relationships are asked for at once, so the query
 * complexity limit is raised for this class.
 */
@SeededServiceTest
@TestPropertySource(properties = "atebol.limits.max-complexity=1000000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifetimeRuleIT {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> ROWS = new ParameterizedTypeReference<>() {
	};

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	Graph graph;

	private final Map<String, Lifetime> entities = new HashMap<>();

	private final Map<String, Lifetime> relationships = new HashMap<>();

	private final TreeSet<LocalDate> dates = new TreeSet<>();

	@BeforeAll
	void readTheStoredDates() {
		this.graph.read("""
				MATCH (e:Entity)
				RETURN e.id AS id, coalesce(e.validFrom, e.notBefore) AS start, e.validTo AS end
				""", Map.of(),
				row -> this.entities.put(row.get("id").asString(),
						Lifetime.of(row.get("start").isNull() ? null : row.get("start").asLocalDate(),
								row.get("end").isNull() ? null : row.get("end").asLocalDate())));
		this.graph.read("""
				MATCH ()-[r]->() WHERE r.id IS NOT NULL AND r.recordedTo IS NULL
				RETURN r.id AS id, coalesce(r.validFrom, r.notBefore) AS start, r.validTo AS end
				""", Map.of(),
				row -> this.relationships.put(row.get("id").asString(),
						Lifetime.of(row.get("start").isNull() ? null : row.get("start").asLocalDate(),
								row.get("end").isNull() ? null : row.get("end").asLocalDate())));
		for (Lifetime lifetime : concat(this.entities.values(), this.relationships.values())) {
			if (lifetime.start() != null) {
				this.dates.add(lifetime.start());
				this.dates.add(lifetime.start().minusDays(1));
			}
			if (lifetime.end() != null) {
				this.dates.add(lifetime.end());
				this.dates.add(lifetime.end().plusDays(1));
			}
		}
	}

	@Test
	void shouldNeverShowARelationshipOutsideItsEndsLifetimesThroughTheApi() {
		assertThat(this.dates).hasSizeGreaterThan(20);
		int checked = 0;
		for (LocalDate date : this.dates) {
			for (Map<String, Object> relationship : relationshipsThroughTheApi(date)) {
				check(date, relationship);
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(1000);
	}

	@Test
	void shouldNeverExportARelationshipOutsideItsEndsLifetimes() throws IOException {
		for (LocalDate date : this.dates) {
			String csv = HttpBodies.get(this.http, "/export/" + date + ".csv");
			for (CSVRecord row : CSV.parse(new StringReader(csv))) {
				check(date, Map.of("id", row.get("id"), "type", row.get("type"), "from",
						Map.of("id", row.get("fromId")), "to", Map.of("id", row.get("toId"))));
			}
		}
	}

	/**
	 * Every relationship of every entity that exists on the date, as the API shows it.
	 */
	private List<Map<String, Object>> relationshipsThroughTheApi(LocalDate date) {
		List<Map<String, Object>> found = new ArrayList<>();
		String after = null;
		do {
			var response = this.graphQl.document("""
					query Relationships($date: Date!, $after: String) {
					  entities(asOf: $date, first: 200, after: $after) {
					    pageInfo { hasNextPage endCursor }
					    edges { node { id existsAsOf relationships(first: 200) {
					      edges { node { id type from { id } to { id } } } } } } } }
					""").variable("date", date.toString()).variable("after", after).execute();
			List<Map<String, Object>> nodes = response.path("entities.edges[*].node").entity(ROWS).get();
			for (Map<String, Object> node : nodes) {
				assertThat(this.entities.get(node.get("id")).holdsOn(date)).as("%s listed on %s", node.get("id"), date)
					.isTrue();
			}
			found.addAll(response.path("entities.edges[*].node.relationships.edges[*].node").entity(ROWS).get());
			boolean more = response.path("entities.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? response.path("entities.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return found;
	}

	@SuppressWarnings("unchecked")
	private void check(LocalDate date, Map<String, Object> relationship) {
		String id = (String) relationship.get("id");
		String from = (String) ((Map<String, Object>) relationship.get("from")).get("id");
		String to = (String) ((Map<String, Object>) relationship.get("to")).get("id");
		assertThat(this.relationships.get(id).holdsOn(date)).as("%s in force on %s by its own dates", id, date)
			.isTrue();
		assertThat(this.entities.get(to).holdsOn(date)).as("%s on %s: its end %s exists", id, date, to).isTrue();
		if (!"REPLACED_BY".equals(relationship.get("type"))) {
			assertThat(this.entities.get(from).holdsOn(date)).as("%s on %s: its start %s exists", id, date, from)
				.isTrue();
		}
	}

	private static List<Lifetime> concat(Iterable<Lifetime> a, Iterable<Lifetime> b) {
		List<Lifetime> all = new ArrayList<>();
		a.forEach(all::add);
		b.forEach(all::add);
		return all;
	}

	/**
	 * A fact's first day (its start or sourced bound; null: unknown) and last day (null:
	 * open).
	 */
	private record Lifetime(LocalDate start, LocalDate end) {

		static Lifetime of(LocalDate start, LocalDate end) {
			return new Lifetime(start, end);
		}

		boolean holdsOn(LocalDate date) {
			return (this.start == null || !this.start.isAfter(date)) && (this.end == null || !this.end.isBefore(date));
		}

	}

}
