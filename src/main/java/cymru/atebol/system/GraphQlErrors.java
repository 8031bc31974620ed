package cymru.atebol.system;

import java.util.Map;
import java.util.UUID;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Turns every exception a field throws into a GraphQL error with a category and a message
 * for the caller: bad arguments and unknown ids say what and where; an unreachable or
 * timed-out database says so ({@link DatabaseErrors}); anything else is logged here with
 * an id and answered with that id only, so no stack trace or database detail reaches the
 * client.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Log logger = LogFactory.getLog(GraphQlErrors.class);

	private final DatabaseErrors databaseErrors;

	GraphQlErrors(DatabaseErrors databaseErrors) {
		this.databaseErrors = databaseErrors;
	}

	@GraphQlExceptionHandler
	GraphQLError badArgument(BadArgumentException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage(), ex.argument());
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ex.getMessage(), ex.argument());
	}

	@GraphQlExceptionHandler
	GraphQLError conflict(ConflictException ex, DataFetchingEnvironment env) {
		return error(env, ErrorCode.CONFLICT, ex.getMessage(), ex.argument());
	}

	@GraphQlExceptionHandler
	GraphQLError timedOut(TimedOutException ex, DataFetchingEnvironment env) {
		return DatabaseErrors.timeoutError(env, ex.limit(), ex.maximum(), ex.getMessage());
	}

	/**
	 * A field woken by an interruption: the request deadline stopping the request
	 * ({@code RequestDeadline}, whose {@code TIMEOUT} error then answers instead), not a
	 * fault to log with its stack.
	 */
	@GraphQlExceptionHandler
	GraphQLError interrupted(InterruptedException ex, DataFetchingEnvironment env) {
		logger.debug("Interrupted at " + env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Interrupted: the server stopped this field")
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(Throwable ex, DataFetchingEnvironment env) {
		GraphQLError database = this.databaseErrors.resolve(ex, env);
		if (database != null) {
			return database;
		}
		String id = log(ex, env);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error " + id + ": the server could not answer this field")
			.build();
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message,
			String argument) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("argument", argument))
			.build();
	}

	private static String log(Throwable ex, DataFetchingEnvironment env) {
		String id = UUID.randomUUID().toString();
		logger.error("Error " + id + " at " + env.getExecutionStepInfo().getPath(), ex);
		return id;
	}

}
