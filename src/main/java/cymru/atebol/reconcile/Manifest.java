package cymru.atebol.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The service manifest: the API version, the identifier and schema spaces (the ids the
 * JSON-LD export uses), the entity kinds as default types, where to view, preview and
 * suggest, and the largest batch. Addresses are absolute, built from the request.
 */
@Component
final class Manifest {

	static final String IDENTIFIER_SPACE = "urn:atebol:entity:";

	static final String SCHEMA_SPACE = "urn:atebol:vocab:";

	static final int PREVIEW_WIDTH = 400;

	static final int PREVIEW_HEIGHT = 200;

	private final EntityTypes types;

	Manifest(EntityTypes types) {
		this.types = types;
	}

	Map<String, Object> describe() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("versions", List.of("0.2"));
		manifest.put("name", "Atebol: who governs health and care in Wales");
		manifest.put("identifierSpace", IDENTIFIER_SPACE);
		manifest.put("schemaSpace", SCHEMA_SPACE);
		manifest.put("defaultTypes", this.types.all().stream().map(EntityTypes.Type::json).toList());
		manifest.put("view", Jsonp.object("url", base + "/#/entity/{{id}}"));
		manifest.put("preview", Jsonp.object("url", base + "/reconcile/preview?id={{id}}", "width", PREVIEW_WIDTH,
				"height", PREVIEW_HEIGHT));
		Map<String, Object> suggest = new LinkedHashMap<>();
		for (String kind : List.of("entity", "type", "property")) {
			suggest.put(kind, Jsonp.object("service_url", base, "service_path", "/reconcile/suggest/" + kind));
		}
		manifest.put("suggest", suggest);
		manifest.put("batchSize", ReconcileBatch.MAX_QUERIES);
		return manifest;
	}

}
