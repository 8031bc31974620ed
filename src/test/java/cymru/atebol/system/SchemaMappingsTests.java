package cymru.atebol.system;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import cymru.atebol.GraphQlFixtureTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring for GraphQL's schema inspection of the running service: every field of the
 * schema has a data fetcher, and the inspection can check every type against what its
 * fetchers return (a data fetcher that does not say what it returns makes it skip the
 * type).
 */
@GraphQlFixtureTest
class SchemaMappingsTests {

	@Autowired
	GraphQlSource source;

	@Test
	void shouldMapEveryFieldAndSkipNoType() {
		GraphQLSchema schema = this.source.schema();
		SchemaReport report = SchemaMappingInspector.inspect(schema, fetchers(schema));
		assertThat(report.unmappedFields()).isEmpty();
		assertThat(report.skippedTypes()).isEmpty();
	}

	@Test
	void shouldDescribeTheDirectFetchersAsTheControllersDid() {
		GraphQLCodeRegistry registry = this.source.schema().getCodeRegistry();
		for (String[] field : new String[][] { { "Query", "entity" }, { "Query", "search" },
				{ "Query", "accountabilityChain" }, { "Entity", "reportsTo" } }) {
			DataFetcher<?> fetcher = registry.getDataFetcher(FieldCoordinates.coordinates(field[0], field[1]),
					fieldDefinition(field[0], field[1]));
			assertThat(fetcher).as(String.join(".", field)).isInstanceOf(SelfDescribingDataFetcher.class);
			assertThat(((SelfDescribingDataFetcher<?>) fetcher).getDescription()).as(String.join(".", field))
				.endsWith("#" + field[1]);
		}
	}

	/** The data fetchers registered for the schema's object types, by type and field. */
	private static Map<String, Map<String, DataFetcher>> fetchers(GraphQLSchema schema) {
		GraphQLCodeRegistry registry = schema.getCodeRegistry();
		Map<String, Map<String, DataFetcher>> fetchers = new LinkedHashMap<>();
		for (GraphQLObjectType type : schema.getAllTypesAsList()
			.stream()
			.filter(GraphQLObjectType.class::isInstance)
			.map(GraphQLObjectType.class::cast)
			.filter((type) -> !type.getName().startsWith("__"))
			.toList()) {
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
				if (registry.hasDataFetcher(coordinates)) {
					fetchers.computeIfAbsent(type.getName(), (name) -> new LinkedHashMap<>())
						.put(field.getName(), registry.getDataFetcher(coordinates, field));
				}
			}
		}
		return fetchers;
	}

	private GraphQLFieldDefinition fieldDefinition(String type, String field) {
		return this.source.schema().getObjectType(type).getFieldDefinition(field);
	}

}
