package cymru.atebol.reconcile;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Name;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The preview service, {@code /reconcile/preview?id=...}: a small HTML page about an
 * entity (names, kind, dates, codes, former names and a link to the explorer) that
 * OpenRefine shows in a frame beside a candidate. Every value is escaped.
 */
@RestController
class PreviewController {

	private final ReconcileQueries queries;

	PreviewController(ReconcileQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/reconcile/preview")
	ResponseEntity<String> preview(@RequestParam String id) {
		MediaType html = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);
		return this.queries.entity(id)
			.map((entity) -> ResponseEntity.ok().contentType(html).body(page(entity)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(html)
				.body(document("Not found", "<p>No entity has the id <code>" + htmlEscape(id) + "</code>.</p>")));
	}

	private static String page(Entity entity) {
		String explorer = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + "/#/entity/"
				+ entity.id();
		StringBuilder body = new StringBuilder();
		body.append("<h1>").append(htmlEscape(entity.currentName())).append("</h1>");
		if (entity.currentNameCy() != null) {
			body.append("<p lang=\"cy\">").append(htmlEscape(entity.currentNameCy())).append("</p>");
		}
		body.append("<p>")
			.append(htmlEscape(EntityTypes.label(entity.kind())))
			.append(entity.currentShortName() != null ? " (" + htmlEscape(entity.currentShortName()) + ")" : "")
			.append(", ")
			.append((entity.validFrom() != null) ? entity.validFrom() : "start not known")
			.append(" to ")
			.append((entity.validTo() != null) ? entity.validTo() : "now")
			.append("</p>");
		if (entity.codes().ods() != null) {
			body.append("<p>ODS code ").append(htmlEscape(entity.codes().ods())).append("</p>");
		}
		if (!entity.formerNames().isEmpty()) {
			body.append("<p>Formerly:</p><ul>");
			for (Name name : entity.formerNames()) {
				body.append("<li>")
					.append(htmlEscape(name.name()))
					.append(" (")
					.append((name.validFrom() != null) ? name.validFrom() : "")
					.append(" to ")
					.append((name.validTo() != null) ? name.validTo() : "")
					.append(")</li>");
			}
			body.append("</ul>");
		}
		body.append("<p><a target=\"_blank\" rel=\"noopener\" href=\"")
			.append(htmlEscape(explorer))
			.append("\">Open in the Atebol explorer</a> · id <code>")
			.append(htmlEscape(entity.id()))
			.append("</code></p>");
		return document(entity.currentName(), body.toString());
	}

	private static String document(String title, String body) {
		return "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + htmlEscape(title)
				+ "</title><style>body{font:14px/1.4 sans-serif;margin:8px}h1{font-size:16px;margin:0 0 4px}"
				+ "p,ul{margin:2px 0}</style></head><body>" + body + "</body></html>";
	}

}
