package cymru.atebol.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph on a date as JSON-LD in the W3C Organization Ontology: organisations with
 * their current links (org:subOrganizationOf, org:reportsTo, ...), every relationship
 * also as a node with its dates and sources, change events as org:ChangeEvent, sources as
 * prov:Entity.
 */
final class JsonLdSnapshot {

	static final String ENTITY = "urn:atebol:entity:";

	static final String RELATIONSHIP = "urn:atebol:relationship:";

	static final String EVENT = "urn:atebol:event:";

	static final String SOURCE = "urn:atebol:source:";

	/**
	 * Kinds that are not organisations (documents, levels, funds, generic classes of
	 * provider).
	 */
	private static final Set<String> NOT_ORGANISATIONS = Set.of("PLAN", "LEGISLATION", "POLICY", "FRAMEWORK",
			"ESCALATION_LEVEL", "FUND", "PROVIDER");

	/** Relationship types with a W3C ORG property; the others use Atebol's vocabulary. */
	private static final Map<String, String> ORG_TERMS = Map.of("PART_OF", "org:subOrganizationOf", "REPORTS_TO",
			"org:reportsTo", "MEMBER_OF", "atebol:memberOf", "HOSTED_BY", "atebol:hostedBy");

	private JsonLdSnapshot() {
	}

	/**
	 * The document; the header (version, record time, licence, citation) goes into
	 * top-level Dublin Core terms.
	 */
	static Map<String, Object> document(LocalDate date, ExportHeader header, List<Map<String, Object>> entities,
			List<Map<String, Object>> relationships, List<Map<String, Object>> events,
			List<Map<String, Object>> sources) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", context());
		document.put("@id", "urn:atebol:snapshot:" + date);
		document.put("dct:date", typed(date, "xsd:date"));
		document.put("dct:description", "The governance of health and care in Wales as recorded on " + date);
		document.put("dct:title", header.title());
		if (header.version() != null) {
			document.put("dct:hasVersion", Long.toString(header.version().number()));
			document.put("dct:modified", typed(header.version().recordedAtText(), "xsd:dateTime"));
			document.put("dct:identifier", header.url());
			document.put("dct:bibliographicCitation", header.citation());
		}
		document.put("dct:license", Map.of("@id", header.licenceUrl()));
		List<Object> graph = new ArrayList<>();
		Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
		for (Map<String, Object> entity : entities) {
			Map<String, Object> node = entity(entity);
			nodes.put((String) entity.get("id"), node);
			graph.add(node);
		}
		for (Map<String, Object> relationship : relationships) {
			graph.add(relationship(relationship));
			Map<String, Object> from = nodes.get(relationship.get("fromId"));
			if (from != null) {
				String term = ORG_TERMS.getOrDefault(relationship.get("type"),
						"atebol:" + camel((String) relationship.get("type")));
				@SuppressWarnings("unchecked")
				List<Object> links = (List<Object>) from.computeIfAbsent(term, t -> new ArrayList<>());
				links.add(Map.of("@id", ENTITY + relationship.get("toId")));
			}
		}
		events.forEach(event -> graph.add(event(event)));
		sources.forEach(source -> graph.add(source(source)));
		document.put("@graph", graph);
		return document;
	}

	private static Map<String, Object> context() {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("org", "http://www.w3.org/ns/org#");
		context.put("dct", "http://purl.org/dc/terms/");
		context.put("prov", "http://www.w3.org/ns/prov#");
		context.put("skos", "http://www.w3.org/2004/02/skos/core#");
		context.put("owl", "http://www.w3.org/2002/07/owl#");
		context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		context.put("atebol", "urn:atebol:vocab:");
		return context;
	}

	private static Map<String, Object> entity(Map<String, Object> row) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@id", ENTITY + row.get("id"));
		String kind = (String) row.get("kind");
		List<String> types = new ArrayList<>();
		types.add("atebol:" + kind);
		if (kind.equals("POST")) {
			types.add("org:Post");
		}
		else if (!NOT_ORGANISATIONS.contains(kind)) {
			types.add("org:Organization");
		}
		node.put("@type", types);
		node.put("skos:prefLabel", List.of(language(row.get("name"), "en")));
		if (row.get("nameCy") != null) {
			@SuppressWarnings("unchecked")
			List<Object> labels = new ArrayList<>((List<Object>) node.get("skos:prefLabel"));
			labels.add(language(row.get("nameCy"), "cy"));
			node.put("skos:prefLabel", labels);
		}
		put(node, "skos:altLabel", row.get("shortName"));
		put(node, "dct:description", row.get("description"));
		put(node, "org:classification", kind);
		put(node, "org:identifier", row.get("odsCode"));
		if (row.get("wikidataId") != null) {
			node.put("owl:sameAs", Map.of("@id", "http://www.wikidata.org/entity/" + row.get("wikidataId")));
		}
		dates(node, row);
		provenance(node, row);
		return node;
	}

	private static Map<String, Object> relationship(Map<String, Object> row) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@id", RELATIONSHIP + row.get("id"));
		node.put("@type", "atebol:Relationship");
		node.put("atebol:relationType", row.get("type"));
		node.put("atebol:from", Map.of("@id", ENTITY + row.get("fromId")));
		node.put("atebol:to", Map.of("@id", ENTITY + row.get("toId")));
		dates(node, row);
		put(node, "skos:note", row.get("note"));
		provenance(node, row);
		return node;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> event(Map<String, Object> row) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@id", EVENT + row.get("id"));
		node.put("@type", "org:ChangeEvent");
		node.put("atebol:changeKind", row.get("kind"));
		node.put("dct:date", typed(row.get("date"), "xsd:date"));
		node.put("atebol:datePrecision", row.get("datePrecision"));
		node.put("dct:description", row.get("description"));
		node.put("org:originalOrganization", ids((List<Object>) row.get("predecessors")));
		node.put("org:resultingOrganization", ids((List<Object>) row.get("successors")));
		node.put("atebol:concerns", ids((List<Object>) row.get("subjects")));
		provenance(node, row);
		return node;
	}

	private static Map<String, Object> source(Map<String, Object> row) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@id", SOURCE + row.get("id"));
		node.put("@type", "prov:Entity");
		put(node, "dct:title", row.get("title"));
		put(node, "dct:publisher", row.get("publisher"));
		put(node, "dct:date", row.get("date"));
		if (row.get("url") != null) {
			node.put("dct:source", Map.of("@id", row.get("url")));
		}
		put(node, "atebol:seedDocument", row.get("file"));
		put(node, "atebol:tier", row.get("tier"));
		return node;
	}

	private static void dates(Map<String, Object> node, Map<String, Object> row) {
		if (row.get("validFrom") != null) {
			node.put("atebol:validFrom", typed(row.get("validFrom"), "xsd:date"));
			node.put("atebol:validFromPrecision", row.get("validFromPrecision"));
		}
		if (row.get("validTo") != null) {
			node.put("atebol:validTo", typed(row.get("validTo"), "xsd:date"));
			node.put("atebol:validToPrecision", row.get("validToPrecision"));
		}
		node.put("atebol:startBasis", row.get("startBasis"));
		if (row.get("start") != null) {
			node.put("atebol:start", typed(row.get("start"), "xsd:date"));
			node.put("atebol:startPrecision", row.get("startPrecision"));
		}
	}

	/**
	 * Where a fact comes from: the sources (prov:wasDerivedFrom) and each citation with
	 * its section.
	 */
	private static void provenance(Map<String, Object> node, Map<String, Object> row) {
		List<?> ids = (row.get("sourceIds") instanceof List<?> list) ? list : List.of();
		List<?> sections = (row.get("sourceSections") instanceof List<?> list) ? list : List.of();
		List<Object> sources = new ArrayList<>();
		List<Object> citations = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			sources.add(Map.of("@id", SOURCE + ids.get(i)));
			Map<String, Object> citation = new LinkedHashMap<>();
			citation.put("@type", "atebol:Citation");
			citation.put("dct:source", Map.of("@id", SOURCE + ids.get(i)));
			String section = (i < sections.size()) ? String.valueOf(sections.get(i)) : "";
			if (!section.isEmpty()) {
				citation.put("atebol:section", section);
			}
			citations.add(citation);
		}
		node.put("prov:wasDerivedFrom", sources);
		node.put("atebol:citation", citations);
	}

	private static List<Object> ids(List<Object> ids) {
		return ids.stream().map(id -> (Object) Map.of("@id", ENTITY + id)).toList();
	}

	private static Map<String, Object> typed(Object value, String type) {
		return pair("@value", String.valueOf(value), "@type", type);
	}

	private static Map<String, Object> language(Object value, String language) {
		return pair("@value", String.valueOf(value), "@language", language);
	}

	/** Two keys in this order, so that the document's bytes never depend on hashing. */
	private static Map<String, Object> pair(String key, Object value, String otherKey, Object otherValue) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		map.put(otherKey, otherValue);
		return map;
	}

	private static void put(Map<String, Object> node, String key, Object value) {
		if (value != null) {
			node.put(key, value);
		}
	}

	private static String camel(String type) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : type.toLowerCase().toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

}
