package cymru.atebol.editing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import cymru.atebol.SeededServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** With editing off (the default), the real mutations are refused, whoever asks. */
@SeededServiceTest
class EditingOffIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldRefuseEveryMutationWhenEditingIsOff() {
		this.graphQl = Editor.patient(this.graphQl);
		this.graphQl.document(MutationsIT.CREATE)
			.variable("input", MutationsIT.newEntity("test-editing-off", "Editing Off Board", "2020"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
				assertThat(error.getMessage())
					.isEqualTo("Editing is switched off on this service (atebol.editing.enabled=false).");
			}));
		this.graphQl.document("{ entity(id: \"test-editing-off\") { id } }").execute().path("entity").valueIsNull();
	}

}
