package cymru.atebol;

import java.util.List;
import java.util.function.Consumer;

import graphql.ErrorClassification;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What most refusals look like: exactly one error, of a classification, with a message
 * (and the argument it names). Use with {@code errors().satisfy(OneError.of(...))}.
 */
public final class OneError {

	private OneError() {
	}

	public static Consumer<List<ResponseError>> of(ErrorClassification type, String message) {
		return (errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			assertThat(error.getMessage()).isEqualTo(message);
		});
	}

	public static Consumer<List<ResponseError>> of(ErrorClassification type, String message, String argument) {
		return of(type, message)
			.andThen((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("argument", argument));
	}

}
