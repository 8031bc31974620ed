package cymru.atebol.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import cymru.atebol.time.At;
import cymru.atebol.version.VersionEntry;
import cymru.atebol.version.VersionHistory;

/**
 * The one place that says what an export was made from and how to cite it. An export is
 * pinned to a dataset version ({@link #pin}): the one in force at its
 * {@code recordedAsOf}, or the latest; it then reads the graph as recorded at that
 * version's record time, so it holds exactly that version, names it, and comes out byte
 * for byte the same whenever it is asked again.
 */
@Component
class ExportHeaders {

	/** The HTTP headers naming the version, for every export. */
	static final String VERSION = "Atebol-Dataset-Version";

	static final String RECORDED_AT = "Atebol-Recorded-At";

	static final String LICENCE = "Atebol-Licence";

	static final String CITATION = "Atebol-Citation";

	private final VersionHistory versions;

	private final DatasetProperties dataset;

	ExportHeaders(VersionHistory versions, DatasetProperties dataset) {
		this.versions = versions;
		this.dataset = dataset;
	}

	/**
	 * The export's moment pinned to the dataset version in force at its
	 * {@code recordedAsOf} (the latest without one): read at that version's record time.
	 * Before the first version the moment stays as asked.
	 */
	Pinned pin(At at) {
		return this.versions.inForce(at.recordedAsOf())
			.map((version) -> new Pinned(new At(at.asOf(), version.recordedAt(), at.datesKnown()), version))
			.orElseGet(() -> new Pinned(at, null));
	}

	/**
	 * As {@link #pin}, for the whole history: viewed on the day (UTC) of the version's
	 * record time, so that the file of a version does not change as days pass.
	 */
	Pinned pinHistory(At at) {
		Pinned pinned = pin(at);
		VersionEntry version = pinned.version();
		return (version != null) ? new Pinned(pinned.at().on(version.recordedAt().toLocalDate()), version) : pinned;
	}

	ExportHeader on(LocalDate date, Pinned pinned) {
		return header(this.dataset.title() + " on " + date,
				"The bodies that existed on " + date + " and the relationships in force between them, "
						+ "with the names in force then; every fact dated and sourced.",
				date, pinned);
	}

	ExportHeader history(Pinned pinned) {
		return history(pinned, ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null), true);
	}

	/** The header of the whole history served at another URL of this service. */
	ExportHeader history(Pinned pinned, String path) {
		return history(pinned, ServletUriComponentsBuilder.fromCurrentContextPath().path(path), false);
	}

	private ExportHeader history(Pinned pinned, UriComponentsBuilder at, boolean asked) {
		return header(this.dataset.title() + ", the whole history",
				"Every body and relationship with the spells they were in force (both ends inclusive; "
						+ "no start: not known; no end: still in force) and the names over time; every fact dated and sourced.",
				null, pinned, at, asked);
	}

	/** The header of a table or list that is not a network (CSV, JSON-LD, feeds). */
	ExportHeader table(String description, @Nullable LocalDate date, Pinned pinned) {
		return header(this.dataset.title(), description, date, pinned);
	}

	private ExportHeader header(String title, String description, @Nullable LocalDate date, Pinned pinned) {
		return header(title, description, date, pinned,
				ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null), true);
	}

	private ExportHeader header(String title, String description, @Nullable LocalDate date, Pinned pinned,
			UriComponentsBuilder at, boolean asked) {
		VersionEntry version = pinned.version();
		String url = (version != null) ? url(at, version, asked) : null;
		String citation = (version != null) ? this.dataset.title() + ", version " + version.number() + ", recorded "
				+ version.recordedAtText() + ". " + url + ". " + this.dataset.licence().name() + "." : null;
		return new ExportHeader(title, description, date, version, this.dataset.licence().name(),
				this.dataset.licence().url(), url, citation);
	}

	/**
	 * The URL that makes this export again: the one asked (scheme, host and path as the
	 * request gave them), with the parameters asked ({@code asked}) in name order and
	 * {@code recordedAsOf} set to the version's record time.
	 */
	private static String url(UriComponentsBuilder url, VersionEntry version, boolean asked) {
		Map<String, String[]> parameters = new TreeMap<>();
		if (asked && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			parameters.putAll(request.getRequest().getParameterMap());
		}
		parameters.put("recordedAsOf", new String[] { version.recordedAtText() });
		parameters.forEach((name, values) -> url.queryParam(name, (Object[]) values));
		return url.build().toUriString();
	}

	/**
	 * The header in HTTP headers: {@value #VERSION}, {@value #RECORDED_AT},
	 * {@value #LICENCE}, {@value #CITATION}, and {@code Link} to the licence
	 * ({@code rel="license"}), to the URL to cite ({@code rel="cite-as"}, RFC 8574) and
	 * to the version list ({@code rel="version-history"}, RFC 5829).
	 */
	static HttpHeaders http(ExportHeader header) {
		HttpHeaders headers = new HttpHeaders();
		List<String> links = new ArrayList<>();
		links.add("<" + header.licenceUrl() + ">; rel=\"license\"");
		if (header.version() != null) {
			headers.set(VERSION, Long.toString(header.version().number()));
			headers.set(RECORDED_AT, header.version().recordedAtText());
			links.add("<" + header.url() + ">; rel=\"cite-as\"");
		}
		links.add("</export/versions.json>; rel=\"version-history\"");
		headers.set(LICENCE, header.licence());
		if (header.citation() != null) {
			headers.set(CITATION, header.citation());
		}
		headers.set(HttpHeaders.LINK, String.join(", ", links));
		return headers;
	}

	/** An export's moment, pinned to the version it reads (null: no version yet). */
	record Pinned(At at, @Nullable VersionEntry version) {
	}

}
