package cymru.atebol.system;

import java.util.Map;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import cymru.atebol.GraphQlFixtureTest;
import cymru.atebol.neo4j.Graph;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client sees when something goes wrong that it did not cause. */
@GraphQlFixtureTest
class GraphQlErrorsTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Graph graph;

	/**
	 * An entity the loader would never write (no kind, no name), dated 1700 so no list
	 * shows it.
	 */
	@Test
	void shouldAnswerAnUnexpectedFailureWithAGenericMessageAndNoInternals() {
		this.graph.write("""
				MERGE (e:Entity {id: 'broken-entity'})
				SET e.validFrom = date('1700-01-01'), e.validTo = date('1700-12-31'),
					e.recordedFrom = datetime('2026-01-10T09:00:00Z')
				""", Map.of());
		this.graphQl.document("{ entity(id: \"broken-entity\") { id } senedd: entity(id: \"senedd-cymru\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("INTERNAL_ERROR");
				assertThat(error.getMessage())
					.matches("Internal error [0-9a-f-]{36}: the server could not answer this field");
				assertThat(error.getExtensions()).isEmpty();
				assertThat(error.getPath()).isEqualTo("entity");
			}))
			.path("senedd.id")
			.entity(String.class)
			.isEqualTo("senedd-cymru");
	}

	@Test
	void shouldTellAClientWhoseQueryTimedOutToAskForLess() {
		DataFetchingEnvironment env = fieldAt("subgraph", 3);
		GraphQLError error = new GraphQlErrors(new DatabaseErrors(java.time.Duration.ofSeconds(10)))
			.unexpected(new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
					"The transaction has been terminated. Retry your operation in a new transaction"), env);
		assertThat(error.getErrorType()).isEqualTo(ErrorCode.TIMEOUT);
		assertThat(error.getMessage()).isEqualTo(
				"The database query took longer than the maximum of 10s (atebol.query.timeout) and was stopped; ask for less.")
			.doesNotContain("Retry your operation");
		assertThat(error.getPath()).containsExactly("subgraph");
	}

	@Test
	void shouldNameTheLimitAndItsMaximumWhenWorkTimedOutBeforeItReachedTheDatabase() {
		DataFetchingEnvironment env = fieldAt("createEntity", 4);
		GraphQLError error = new GraphQlErrors(new DatabaseErrors(java.time.Duration.ofSeconds(10))).timedOut(
				new TimedOutException("atebol.query.timeout", "10s", "The edit waited too long. Nothing was written."),
				env);
		assertThat(error.getErrorType()).isEqualTo(ErrorCode.TIMEOUT);
		assertThat(error.getMessage()).isEqualTo("The edit waited too long. Nothing was written.");
		assertThat(error.getExtensions()).containsEntry("limit", "atebol.query.timeout")
			.containsEntry("maximum", "10s");
		assertThat(error.toSpecification()).extractingByKey("extensions")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.extracting(Map::keySet)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.ITERABLE)
			.containsExactly("limit", "maximum", "classification");
		assertThat(error.getPath()).containsExactly("createEntity");
	}

	@Test
	void shouldTellAClientWhoseTransactionWasStoppedWhileWaitingForALockThatNothingWasWritten() {
		DataFetchingEnvironment env = fieldAt("updateEntity", 12);
		GraphQLError error = new GraphQlErrors(new DatabaseErrors(java.time.Duration.ofSeconds(10)))
			.unexpected(new ClientException("Neo.ClientError.Transaction.LockClientStopped",
					"The transaction has been terminated, so no more locks can be acquired."), env);
		assertThat(error.getErrorType()).isEqualTo(ErrorCode.TIMEOUT);
		assertThat(error.getMessage()).isEqualTo(
				"The database stopped the transaction before it finished: it took longer than the maximum of 10s "
						+ "(atebol.query.timeout), or was terminated. Nothing of it was written; try again.");
		assertThat(error.getPath()).containsExactly("updateEntity");
	}

	private static DataFetchingEnvironment fieldAt(String field, int column) {
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(ResultPath.parse("/" + field))
				.build())
			.mergedField(MergedField
				.newMergedField(Field.newField(field).sourceLocation(new SourceLocation(1, column)).build())
				.build())
			.build();
	}

}
