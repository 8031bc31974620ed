package cymru.atebol.export;

import java.io.StringReader;
import java.util.List;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfDataset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots for researchers: CSV that loads with no cleaning and JSON-LD that a JSON-LD
 * processor reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "atebol.seed.location=classpath:seed-fixture/")
@AutoConfigureWebTestClient
class ExportIT {

	@Autowired
	WebTestClient http;

	@Test
	void shouldExportTheRelationshipsValidOnADateWithTheNamesInForceThen() {
		List<CSVRecord> before = csv("/export/2019-03-31.csv");
		assertThat(before).filteredOn(r -> r.get("fromId").equals("bridgend")).singleElement().satisfies(r -> {
			assertThat(r.get("toId")).isEqualTo("swansea-bay-uhb");
			assertThat(r.get("toName")).isEqualTo("Abertawe Bro Morgannwg University Health Board");
			assertThat(r.get("sources")).isEqualTo("gov-wales-bridgend-2019");
		});
		List<CSVRecord> after = csv("/export/2019-04-01.csv");
		assertThat(after).filteredOn(r -> r.get("fromId").equals("bridgend"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("toId")).isEqualTo("cwm-taf-morgannwg-uhb"));
	}

	@Test
	void shouldExportOnlyTheEntitiesThatExistedOnTheDate() {
		assertThat(csv("/export/2020-06-01/entities.csv")).extracting(r -> r.get("id"))
			.contains("nhs-wales-informatics-service")
			.doesNotContain("dhcw");
		assertThat(csv("/export/2022-01-01/entities.csv")).extracting(r -> r.get("id"))
			.contains("dhcw")
			.doesNotContain("nhs-wales-informatics-service");
	}

	@Test
	void shouldExportEventsAndSourcesAsTables() {
		assertThat(csv("/export/2022-01-01/events.csv")).extracting(r -> r.get("id"))
			.contains("replaced-2021-04-01-dhcw", "2019-bridgend-boundary-change");
		assertThat(csv("/export/sources.csv")).extracting(r -> r.get("id"))
			.containsExactly("gov-wales-bridgend-2019", "gov-wales-nhs-executive", "seed-000", "senedd-names-law");
	}

	@Test
	void shouldExportJsonLdThatExpandsToRdfInTheOrganizationOntology() throws Exception {
		String body = this.http.get()
			.uri("/export/2022-01-01.jsonld")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/ld+json")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		RdfDataset rdf = JsonLd.toRdf(JsonDocument.of(new StringReader(body))).get();
		List<String> triples = rdf.toList()
			.stream()
			.map(q -> q.getSubject().getValue() + " " + q.getPredicate().getValue() + " " + q.getObject().getValue())
			.toList();
		assertThat(triples).contains(
				"urn:atebol:entity:minister-for-health-and-social-services urn:atebol:vocab:accountableTo urn:atebol:entity:senedd-cymru",
				"urn:atebol:entity:senedd-cymru http://www.w3.org/1999/02/22-rdf-syntax-ns#type http://www.w3.org/ns/org#Organization",
				"urn:atebol:event:replaced-2021-04-01-dhcw http://www.w3.org/ns/org#resultingOrganization urn:atebol:entity:dhcw");
	}

	@Test
	void shouldSayWhatIsWrongWithABadDate() {
		this.http.get()
			.uri("/export/2020-13-01.csv")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("date in the path: \"2020-13-01\" is not a date: Invalid value for MonthOfYear "
					+ "(valid values 1 - 12): 13");
	}

	private List<CSVRecord> csv(String uri) {
		String body = this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		try {
			List<CSVRecord> records = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(body))
				.getRecords();
			assertThat(records).allSatisfy(r -> assertThat(r.isConsistent()).isTrue());
			return records;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
