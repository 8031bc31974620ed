package cymru.atebol.system;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import cymru.atebol.ProjectSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Argument defaults come from the schema, the one place they are stated. */
class ArgumentsTests {

	private final GraphQLSchema schema = ProjectSchema.executable();

	enum Direction {

		UP, DOWN, BOTH

	}

	private DataFetchingEnvironment field(String type, String field) {
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.fieldDefinition(((GraphQLObjectType) this.schema.getType(type)).getFieldDefinition(field))
			.build();
	}

	@Test
	void shouldGiveAnExplicitNullTheDefaultTheSchemaStates() {
		assertThat(Arguments.within(field("Query", "subgraph"), "depth", null, 1, 6)).isEqualTo(2);
		assertThat(Arguments.within(field("Query", "subgraph"), "limit", null, 1, 2000)).isEqualTo(200);
		assertThat(Arguments.within(field("Query", "entities"), "first", null, 0, 200)).isEqualTo(20);
		assertThat(Arguments.within(field("Entity", "reports"), "first", null, 0, 200)).isEqualTo(50);
		assertThat(Arguments.orDefault(field("Query", "subgraph"), "direction", null, Direction.class))
			.isEqualTo(Direction.DOWN);
	}

	@Test
	void shouldKeepAGivenValue() {
		assertThat(Arguments.within(field("Query", "subgraph"), "depth", 5, 1, 6)).isEqualTo(5);
		assertThat(Arguments.orDefault(field("Query", "subgraph"), "direction", Direction.UP, Direction.class))
			.isEqualTo(Direction.UP);
	}

	@Test
	void shouldRefuseAValueOutsideItsBoundsNamingTheArgument() {
		assertThatExceptionOfType(BadArgumentException.class)
			.isThrownBy(() -> Arguments.within(field("Query", "paths"), "maxLength", 11, 1, 10))
			.satisfies(ex -> assertThat(ex.argument()).isEqualTo("maxLength"))
			.withMessage("Invalid argument 'maxLength': must be between 1 and 10, was 11");
	}

	@Test
	void shouldFailLoudlyForAnArgumentTheSchemaGivesNoDefault() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> Arguments.within(field("Query", "subgraph"), "root", null, 0, 1))
			.withMessage("The schema gives subgraph(root) no default value");
	}

}
