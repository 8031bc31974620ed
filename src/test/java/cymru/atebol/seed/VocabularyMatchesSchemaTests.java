package cymru.atebol.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDL's Kind and RelationType enums say exactly what graph-seed/vocabulary.yaml
 * defines.
 */
class VocabularyMatchesSchemaTests {

	private final Vocabulary vocabulary = SeedLoader.validated("file:graph-seed/").vocabulary();

	@Test
	void shouldOfferEveryKindOfTheVocabularyAndNoOther() throws Exception {
		assertThat(enumValues("Kind")).containsExactlyInAnyOrderElementsOf(this.vocabulary.kindNames());
	}

	@Test
	void shouldOfferEveryRelationshipTypeOfTheVocabularyAndNoOther() throws Exception {
		assertThat(enumValues("RelationType")).containsExactlyInAnyOrderElementsOf(this.vocabulary.typeNames());
	}

	@Test
	void shouldListTheUpwardTypesStrongestFirst() {
		assertThat(this.vocabulary.upwardTypes()).containsExactly("ACCOUNTABLE_TO", "REPORTS_TO", "PART_OF",
				"HOSTED_BY", "OPERATES_UNDER");
	}

	@Test
	void shouldDrawFiveLinksThatAreNotUpwardAsDottedLines() {
		List<String> dotted = this.vocabulary.relationTypes()
			.stream()
			.filter(Vocabulary.RelationTypeInfo::dotted)
			.map(Vocabulary.RelationTypeInfo::type)
			.toList();
		assertThat(dotted).containsExactly("MEMBER_OF", "PARTICIPATES_IN", "ADVISES", "INFORMS", "IN_AREA_OF")
			.doesNotContainAnyElementsOf(this.vocabulary.upwardTypes());
	}

	@Test
	void shouldNameEveryKindAndTypeInEnglishAndWelshEachWithItsOwnWords() {
		assertThat(this.vocabulary.kinds()).extracting(Vocabulary.KindInfo::label).doesNotHaveDuplicates();
		assertThat(this.vocabulary.kinds()).extracting(Vocabulary.KindInfo::labelCy).doesNotHaveDuplicates();
		assertThat(this.vocabulary.relationTypes()).extracting(Vocabulary.RelationTypeInfo::label)
			.doesNotHaveDuplicates();
		assertThat(this.vocabulary.relationTypes()).extracting(Vocabulary.RelationTypeInfo::labelCy)
			.doesNotHaveDuplicates();
		assertThat(this.vocabulary.kinds()).filteredOn(k -> k.kind().equals("HEALTH_BOARD"))
			.singleElement()
			.satisfies(
					k -> assertThat(List.of(k.label(), k.labelCy())).containsExactly("Health board", "Bwrdd iechyd"));
	}

	private static List<String> enumValues(String name) throws Exception {
		TypeDefinitionRegistry registry = new SchemaParser()
			.parse(Files.readString(Path.of("schema", "entity.graphqls")));
		return registry.getType(name, EnumTypeDefinition.class)
			.orElseThrow()
			.getEnumValueDefinitions()
			.stream()
			.map(EnumValueDefinition::getName)
			.toList();
	}

}
