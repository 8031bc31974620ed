package cymru.atebol.export;

import cymru.atebol.system.Today;
import cymru.atebol.time.At;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cymru.atebol.cache.StreamedExports;
import cymru.atebol.export.ExportController.InvalidDateException;

/**
 * Serves the graph as network files for NetworkX, igraph, Gephi, yEd, D3 and R:
 * {@code /export/{date}.graphml}, {@code /export/{date}.gexf},
 * {@code /export/{date}.nodelink.json}, and the whole history as
 * {@code /export/history.gexf} and the spell tables {@code /export/history/spells.csv}
 * and {@code /export/history/vertex-spells.csv}. Each is streamed from Neo4j to the
 * client as it is read.
 */
@RestController
class NetworkExportController {

	static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml;charset=UTF-8");

	static final MediaType GEXF = MediaType.parseMediaType("application/gexf+xml;charset=UTF-8");

	private final NetworkQueries queries;

	private final ExportHeaders headers;

	private final Today today;

	NetworkExportController(NetworkQueries queries, ExportHeaders headers, Today today) {
		this.queries = queries;
		this.headers = headers;
		this.today = today;
	}

	@GetMapping("/export/{date}.graphml")
	ResponseEntity<StreamingResponseBody> graphMl(@PathVariable String date, @RequestParam Map<String, String> query) {
		return graphOn(date, query, GRAPHML, "graphml", GraphMlWriter::new);
	}

	@GetMapping("/export/{date}.gexf")
	ResponseEntity<StreamingResponseBody> gexf(@PathVariable String date, @RequestParam Map<String, String> query) {
		return graphOn(date, query, GEXF, "gexf", GexfWriter::onDate);
	}

	@GetMapping("/export/history.gexf")
	ResponseEntity<StreamingResponseBody> historyGexf(@RequestParam Map<String, String> query) {
		ExportHeaders.Pinned pinned = this.headers.pinHistory(history(query));
		At at = pinned.at();
		ExportHeader header = this.headers.history(pinned);
		return file(GEXF, "atebol-history.gexf", header, (out) -> {
			GexfWriter writer = GexfWriter.history(out, header);
			this.queries.allNodes(at, writer::node);
			this.queries.allEdges(at, writer::edge);
			writer.finish();
		});
	}

	@GetMapping("/export/{date}.nodelink.json")
	ResponseEntity<StreamingResponseBody> nodeLink(@PathVariable String date, @RequestParam Map<String, String> query) {
		return graphOn(date, query, MediaType.APPLICATION_JSON, "nodelink.json", NodeLinkWriter::new);
	}

	/**
	 * The graph on a date as one network file: the entities that existed then, then the
	 * relationships in force, streamed through the format's writer.
	 */
	private ResponseEntity<StreamingResponseBody> graphOn(String date, Map<String, String> query, MediaType type,
			String extension, BiFunction<OutputStream, ExportHeader, NetworkWriter> format) {
		ExportHeaders.Pinned pinned = this.headers.pin(ExportController.at(date, query));
		At at = pinned.at();
		LocalDate day = at.asOf();
		ExportHeader header = this.headers.on(day, pinned);
		return file(type, "atebol-" + day + "." + extension, header, (out) -> {
			NetworkWriter writer = format.apply(out, header);
			this.queries.nodesOn(at, writer::node);
			this.queries.edgesOn(at, writer::edge);
			writer.finish();
		});
	}

	@GetMapping("/export/history/vertex-spells.csv")
	ResponseEntity<StreamingResponseBody> vertexSpells(@RequestParam Map<String, String> query) {
		ExportHeaders.Pinned pinned = this.headers.pinHistory(history(query));
		At at = pinned.at();
		ExportHeader header = this.headers.history(pinned);
		return file(ExportController.CSV, "atebol-vertex-spells.csv", header, (out) -> {
			SpellsWriter writer = SpellsWriter.vertices(out);
			int[] number = { 0 };
			this.queries.allNodes(at, (node) -> writer.vertex(++number[0], node));
			writer.finish();
		});
	}

	/**
	 * The vertex numbers come from the entity ids first (one short read), so that the
	 * edges can name their ends by number as they stream.
	 */
	@GetMapping("/export/history/spells.csv")
	ResponseEntity<StreamingResponseBody> edgeSpells(@RequestParam Map<String, String> query) {
		ExportHeaders.Pinned pinned = this.headers.pinHistory(history(query));
		At at = pinned.at();
		ExportHeader header = this.headers.history(pinned);
		return file(ExportController.CSV, "atebol-spells.csv", header, (out) -> {
			Map<String, Integer> numbers = new HashMap<>();
			this.queries.entityIds(at, (id) -> numbers.put(id, numbers.size() + 1));
			SpellsWriter writer = SpellsWriter.edges(out);
			this.queries.allEdges(at, (edge) -> writer.edge(numbers, edge));
			writer.finish();
		});
	}

	/**
	 * The whole history as recorded at {@code ?recordedAsOf=} when given
	 * ({@code ?datesKnown=true}: facts with a known start only); {@link ExportHeaders}
	 * pins it to a version and the day of its record time.
	 */
	private At history(Map<String, String> query) {
		return ExportController.at(this.today.date().toString(), query);
	}

	@ExceptionHandler(InvalidDateException.class)
	ProblemDetail invalidDate(InvalidDateException ex) {
		return ExportController.invalidDateProblem(ex);
	}

	/**
	 * The file's header also goes into HTTP headers, the only place a CSV file can carry
	 * it; a streamed body gets its caching headers here.
	 */
	private static ResponseEntity<StreamingResponseBody> file(MediaType type, String name, ExportHeader header,
			StreamingResponseBody body) {
		HttpHeaders headers = ExportHeaders.http(header);
		headers.setContentDisposition(ContentDisposition.inline().filename(name).build());
		StreamedExports.applyTo(headers);
		return ResponseEntity.ok().contentType(type).headers(headers).body(body);
	}

}
