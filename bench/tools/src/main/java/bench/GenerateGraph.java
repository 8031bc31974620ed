package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Deterministic synthetic governance graph in Atebol's model (docs/graph-model.md), loaded over Bolt
 * with batched UNWIND writes, plus the parameter pools the load scenarios draw from.
 *
 * <pre>
 * Shape for N entities (all :Entity {id, kind, name, shortName?, otherNames?, validFrom(+Precision),
 * validTo(+Precision)?, sourceIds, sourceSections, version, recordedFrom, recordedBy: 'bench'}):
 *   national bodies   5..9     Welsh Government (GOVERNMENT, the top), NHS Wales Executive (EXECUTIVE),
 *                              a department, a special health authority, the National Primary Care Board
 *                              (BOARD), the Strategic Programme for Primary Care (PROGRAMME), ...
 *   HEALTH_BOARD      ~2 %     REPORTS_TO the Executive, ACCOUNTABLE_TO the Government (20 %: the Executive)
 *   sub-boards        ~8 %     PAN_CLUSTER_PLANNING_GROUP (60 %): ACCOUNTABLE_TO a board;
 *                              or COMMITTEE: PART_OF + ACCOUNTABLE_TO a board
 *   CLUSTER           ~35 %    REPORTS_TO a sub-board, HOSTED_BY a board (80 % its own); 30 % INFORMS the sub-board
 *   PROFESSIONAL_COLLABORATIVE the rest: PART_OF a cluster, MEMBER_OF 1-3 other clusters, HOSTED_BY a board
 *                              or sub-board, 10 % OPERATES_UNDER the national programme, 5 % WORKS_WITH another
 * Upward (chain / org chart) types: ACCOUNTABLE_TO, REPORTS_TO, PART_OF, HOSTED_BY, OPERATES_UNDER; the others
 * (MEMBER_OF, INFORMS, WORKS_WITH, REPLACED_BY) are dotted lines a traversal must skip.
 * Structural change 2019-2025: 5 % of health boards merged into another (validTo set, REPLACED_BY the
 * successor, a REPLACED :ChangeEvent, every current edge into it ended the day before and re-created to
 * the successor), sub-boards (5 %), clusters (10 %) and collaboratives (10 %) moved, 20 % of memberships
 * ended, 3 % of collaboratives dissolved (a third REPLACED_BY a sibling), 5 % of boards, sub-boards and
 * clusters renamed (the former name as a (:Entity)-[:HAS_NAME]->(:Name), and in otherNames).
 * Dates carry a precision (YEAR / MONTH / DAY; a start is stored as the first day of its period, an end
 * as the last); validity is inclusive, so an edge replaced on d ends on d - 1.
 * Relationship ids are from:TYPE:to, with @validFrom appended when a triple occurs more than once.
 * </pre>
 *
 * Usage: GenerateGraph --uri bolt://127.0.0.1:17687 --n 10000 --seed 42 --params-out data/generated/params-10000.json
 *        [--migrations ../src/main/resources/neo4j/migrations] [--as-of 2021-06-30] [--batch 10000]
 *        [--force] [--dry-run]
 * The schema (constraints, indexes) comes from the service's own migration files, run as they are.
 * A :BenchGraph marker node records n, seed and the generator version; when it matches, the load is
 * skipped (the store is persistent) and only the parameter pools are written (--force reloads).
 */
public final class GenerateGraph {

	/** Bump when the shape of the generated graph changes, so persistent stores are reloaded. */
	static final int GENERATOR_VERSION = 2;

	static final String[] PLACE_PREFIX = { "Aber", "Ash", "Bal", "Bally", "Ben", "Black", "Brae", "Cairn", "Carn",
			"Craig", "Dal", "Dun", "Eden", "Fal", "Glen", "Inver", "Kil", "Kin", "Kirk", "Llan", "Mont", "Nor", "Pen",
			"Ross", "Strath", "Tor", "Wester", "Whit", "Ard", "Bran", "Castle", "Drum", "Elm", "Fern", "Gal", "Hal",
			"Lang", "Mill", "Oak", "Red" };

	static final String[] PLACE_SUFFIX = { "more", "ford", "wick", "bridge", "ton", "field", "haven", "burn", "side",
			"dale", "holm", "hill", "mouth", "wood", "brook", "gate", "ley", "stone", "by", "ness", "shaw", "croft",
			"water", "muir", "law" };

	static final String[][] NATIONAL = { { "welsh-government", "GOVERNMENT", "Welsh Government", "WG" },
			{ "nhs-wales-executive", "EXECUTIVE", "NHS Wales Executive", "NHSWE" },
			{ "health-and-social-services-group", "GOVERNMENT_DEPARTMENT", "Health and Social Services Group", "HSSG" },
			{ "national-primary-care-board", "BOARD", "National Primary Care Board", "NPCB" },
			{ "strategic-programme-for-primary-care", "PROGRAMME", "Strategic Programme for Primary Care", "SPPC" },
			{ "heiw", "SPECIAL_HEALTH_AUTHORITY", "Health Education and Improvement Wales", "HEIW" },
			{ "dhcw", "SPECIAL_HEALTH_AUTHORITY", "Digital Health and Care Wales", "DHCW" },
			{ "nhs-wales-leadership-board", "BOARD", "NHS Wales Leadership Board", "LB" },
			{ "public-health-wales", "NHS_TRUST", "Public Health Wales", "PHW" } };

	static final String[] CLUSTER_SERVICE = { "GP", "Primary Care", "Community Care", "Mental Health", "Pharmacy",
			"Dental", "Community Nursing", "Allied Health" };

	static final String[] COLLAB_THEME = { "GP", "Pharmacy", "Dental", "Optometry", "Nursing", "Allied Health",
			"Mental Health", "Frailty", "Diabetes", "Urgent Care", "Palliative Care", "Children's" };

	static final String[] COMMITTEE_TOPIC = { "Quality and Safety", "Audit and Risk", "Finance and Performance",
			"People and Culture", "Strategy and Partnerships", "Primary Care" };

	static final String[] BOARD_STYLE = { "University Health Board", "Teaching Health Board", "Health Board" };

	static final List<String> UPWARD = List.of("ACCOUNTABLE_TO", "REPORTS_TO", "PART_OF", "HOSTED_BY",
			"OPERATES_UNDER");

	static final List<String> REL_TYPES = List.of("ACCOUNTABLE_TO", "REPORTS_TO", "PART_OF", "HOSTED_BY",
			"OPERATES_UNDER", "MEMBER_OF", "INFORMS", "WORKS_WITH", "REPLACED_BY");

	/** One fixed record time: the graph must be identical for the same n and seed. */
	static final ZonedDateTime RECORDED = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	static final String BY = "bench";

	static final LocalDate LAST_CHANGE = LocalDate.of(2026, 6, 30);

	enum Precision {

		YEAR, MONTH, DAY

	}

	/** A date as stored: the first (start) or last (end) day of its period, with the period's precision. */
	record Fuzzy(LocalDate date, Precision precision) {

		static Fuzzy start(LocalDate d, Precision p) {
			return new Fuzzy(switch (p) {
				case YEAR -> d.withDayOfYear(1);
				case MONTH -> d.withDayOfMonth(1);
				case DAY -> d;
			}, p);
		}

		static Fuzzy day(LocalDate d) {
			return new Fuzzy(d, Precision.DAY);
		}

	}

	record FormerName(String name, String shortName, Fuzzy from, Fuzzy to, int source) {
	}

	static final class Ent {

		final int idx;

		final String id;

		final String kind;

		String name;

		String shortName;

		final Fuzzy validFrom;

		Fuzzy validTo;

		final int source;

		List<FormerName> formerNames;

		Ent(int idx, String id, String kind, String name, String shortName, Fuzzy validFrom, int source) {
			this.idx = idx;
			this.id = id;
			this.kind = kind;
			this.name = name;
			this.shortName = shortName;
			this.validFrom = validFrom;
			this.source = source;
		}

		boolean existsAt(LocalDate d) {
			return !this.validFrom.date().isAfter(d) && (this.validTo == null || !this.validTo.date().isBefore(d));
		}

	}

	static final class Edge {

		final String type;

		final int from;

		final int to;

		final Fuzzy validFrom;

		Fuzzy validTo;

		final int source;

		Edge(String type, int from, int to, Fuzzy validFrom, int source) {
			this.type = type;
			this.from = from;
			this.to = to;
			this.validFrom = validFrom;
			this.source = source;
		}

		boolean validAt(LocalDate d) {
			return !this.validFrom.date().isAfter(d) && (this.validTo == null || !this.validTo.date().isBefore(d));
		}

	}

	record Event(String id, String kind, LocalDate date, String description, List<Integer> predecessors,
			List<Integer> successors, List<Edge> edges, int source) {
	}

	final SplittableRandom rnd;

	final List<Ent> ents = new ArrayList<>();

	final List<Edge> edges = new ArrayList<>();

	final List<Event> events = new ArrayList<>();

	final Map<Integer, List<Edge>> outgoing = new HashMap<>();

	final Map<Integer, List<Edge>> incoming = new HashMap<>();

	final Map<String, Integer> idCount = new HashMap<>();

	final Set<String> usedPlaces = new LinkedHashSet<>();

	int nSources;

	GenerateGraph(long seed) {
		this.rnd = new SplittableRandom(seed);
	}

	// ------------------------------------------------------------------------------------------ model

	LocalDate date(int fromYear, int toYearInclusive) {
		LocalDate a = LocalDate.of(fromYear, 1, 1);
		long days = LocalDate.of(toYearInclusive, 12, 31).toEpochDay() - a.toEpochDay();
		return a.plusDays(this.rnd.nextLong(days + 1));
	}

	/** A start date as sources give them: mostly a day, sometimes only a month or a year. */
	Fuzzy start(int fromYear, int toYearInclusive) {
		double p = this.rnd.nextDouble();
		return Fuzzy.start(date(fromYear, toYearInclusive),
				(p < 0.7) ? Precision.DAY : (p < 0.85) ? Precision.MONTH : Precision.YEAR);
	}

	/**
	 * A change date strictly after {@code after}, normally in 2019..2025, never after {@link #LAST_CHANGE}
	 * (null: no room for a change), so "today" sees the same graph whatever day the bench runs.
	 */
	LocalDate changeDate(LocalDate after) {
		LocalDate d = date(2019, 2025);
		if (!d.isAfter(after)) {
			d = after.plusDays(1 + this.rnd.nextInt(365));
		}
		return d.isAfter(LAST_CHANGE) ? null : d;
	}

	static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	String place() {
		String p = PLACE_PREFIX[this.rnd.nextInt(PLACE_PREFIX.length)]
				+ PLACE_SUFFIX[this.rnd.nextInt(PLACE_SUFFIX.length)];
		this.usedPlaces.add(p);
		return p;
	}

	static String initials(String name) {
		StringBuilder sb = new StringBuilder();
		for (String w : name.split(" ")) {
			if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
				sb.append(w.charAt(0));
			}
		}
		return sb.toString();
	}

	int source() {
		return this.rnd.nextInt(this.nSources);
	}

	Ent ent(String kind, String id, String name, String shortName, Fuzzy from) {
		Ent e = new Ent(this.ents.size(), id, kind, name, shortName, from, source());
		this.ents.add(e);
		return e;
	}

	/** A readable, stable slug: kind prefix and position (positions are deterministic per seed). */
	String id(String prefix) {
		return String.format("%s-%07d", prefix, this.ents.size());
	}

	Edge edge(String type, Ent from, Ent to, Fuzzy validFrom) {
		Fuzzy vf = validFrom;
		LocalDate latest = max(from.validFrom.date(), to.validFrom.date());
		if (vf.date().isBefore(latest)) {
			vf = (latest.equals(from.validFrom.date())) ? from.validFrom : to.validFrom;
		}
		Edge e = new Edge(type, from.idx, to.idx, vf, source());
		this.edges.add(e);
		this.outgoing.computeIfAbsent(from.idx, k -> new ArrayList<>()).add(e);
		this.incoming.computeIfAbsent(to.idx, k -> new ArrayList<>()).add(e);
		return e;
	}

	Edge current(Ent from, String type) {
		for (Edge e : this.outgoing.getOrDefault(from.idx, List.of())) {
			if (e.type.equals(type) && e.validTo == null) {
				return e;
			}
		}
		return null;
	}

	Ent parentOf(Ent child, String type) {
		Edge e = current(child, type);
		return (e == null) ? null : this.ents.get(e.to);
	}

	/** Ends an edge the day before {@code d} (validity is inclusive). */
	static void end(Edge e, LocalDate d) {
		LocalDate last = d.minusDays(1);
		e.validTo = Fuzzy.day(last.isBefore(e.validFrom.date()) ? e.validFrom.date() : last);
	}

	/** Ends the current edge of this type and replaces it by one to {@code target} from the change date. */
	void move(Ent child, String type, Ent target) {
		Edge old = current(child, type);
		if (old == null || old.to == target.idx || target.validTo != null) {
			return;
		}
		LocalDate d = changeDate(max(old.validFrom.date(), target.validFrom.date()));
		if (d == null) {
			return;
		}
		end(old, d);
		edge(type, child, target, Fuzzy.day(d));
	}

	<T> T pick(List<T> list) {
		return list.get(this.rnd.nextInt(list.size()));
	}

	void rename(Ent e, String newName) {
		Fuzzy since = (e.formerNames == null) ? e.validFrom
				: Fuzzy.day(e.formerNames.get(e.formerNames.size() - 1).to().date().plusDays(1));
		LocalDate d = changeDate(since.date());
		if (d == null || (e.validTo != null && !d.isBefore(e.validTo.date()))) {
			return;
		}
		if (e.formerNames == null) {
			e.formerNames = new ArrayList<>(1);
		}
		e.formerNames.add(new FormerName(e.name, e.shortName, since, Fuzzy.day(d.minusDays(1)), source()));
		e.name = newName;
		e.shortName = (e.shortName == null) ? null : initials(newName);
	}

	void generate(int n) {
		this.nSources = Math.max(20, Math.min(2000, n / 500));
		int nNat = Math.max(5, Math.min(NATIONAL.length, 4 + n / 20000));
		int nBoard = Math.max(5, Math.round(n * 0.02f));
		int nSub = Math.max(10, Math.round(n * 0.08f));
		int nCluster = Math.max(20, Math.round(n * 0.35f));
		int nCollab = n - nNat - nBoard - nSub - nCluster;
		if (nCollab < 10) {
			throw new IllegalArgumentException("N too small (min ~100)");
		}
		List<Ent> nat = new ArrayList<>();
		for (int i = 0; i < nNat; i++) {
			String[] def = NATIONAL[i];
			nat.add(ent(def[1], def[0], def[2], def[3], Fuzzy.start(date(1999, 2018), Precision.YEAR)));
		}
		Ent gov = nat.get(0), exec = nat.get(1), npcb = nat.get(3), programme = nat.get(4);
		edge("PART_OF", nat.get(2), gov, nat.get(2).validFrom);
		edge("ACCOUNTABLE_TO", exec, gov, exec.validFrom);
		edge("WORKS_WITH", exec, nat.get(2), exec.validFrom);
		edge("REPORTS_TO", npcb, exec, npcb.validFrom);
		edge("REPORTS_TO", programme, npcb, programme.validFrom);
		for (int i = 5; i < nNat; i++) {
			edge("ACCOUNTABLE_TO", nat.get(i), gov, nat.get(i).validFrom);
			if (i % 2 == 1) {
				edge("INFORMS", nat.get(i), exec, nat.get(i).validFrom);
			}
		}

		List<Ent> boards = new ArrayList<>(), subs = new ArrayList<>(), clusters = new ArrayList<>(),
				collabs = new ArrayList<>();
		for (int i = 0; i < nBoard; i++) {
			String name = place() + " " + BOARD_STYLE[this.rnd.nextInt(BOARD_STYLE.length)];
			Ent b = ent("HEALTH_BOARD", id("hb"), name, initials(name), start(2003, 2010));
			boards.add(b);
			edge("REPORTS_TO", b, exec, b.validFrom);
			edge("ACCOUNTABLE_TO", b, (this.rnd.nextDouble() < 0.8) ? gov : exec, b.validFrom);
		}
		for (int i = 0; i < nSub; i++) {
			Ent b = pick(boards);
			boolean pcpg = this.rnd.nextDouble() < 0.6;
			String name = pcpg ? place() + " Pan Cluster Planning Group"
					: b.name.replace(" Health Board", "").replace(" University", "").replace(" Teaching", "") + " "
							+ COMMITTEE_TOPIC[this.rnd.nextInt(COMMITTEE_TOPIC.length)] + " Committee";
			Ent s = ent(pcpg ? "PAN_CLUSTER_PLANNING_GROUP" : "COMMITTEE", id(pcpg ? "pcpg" : "cttee"), name,
					initials(name), start(2010, 2017));
			subs.add(s);
			// a committee is part of its board and accountable to it; a planning group only accountable
			if (!pcpg) {
				edge("PART_OF", s, b, s.validFrom);
			}
			edge("ACCOUNTABLE_TO", s, b, s.validFrom);
		}
		Map<Integer, List<Ent>> clustersOfSub = new HashMap<>();
		for (int i = 0; i < nCluster; i++) {
			Ent s = pick(subs);
			String name = place() + " " + CLUSTER_SERVICE[this.rnd.nextInt(CLUSTER_SERVICE.length)] + " Cluster";
			Ent c = ent("CLUSTER", id("cl"), name, null, start(2010, 2019));
			clusters.add(c);
			clustersOfSub.computeIfAbsent(s.idx, k -> new ArrayList<>()).add(c);
			edge("REPORTS_TO", c, s, c.validFrom);
			edge("HOSTED_BY", c, (this.rnd.nextDouble() < 0.8) ? parentOf(s, "ACCOUNTABLE_TO") : pick(boards),
					c.validFrom);
			if (this.rnd.nextDouble() < 0.3) {
				edge("INFORMS", c, s, c.validFrom);
			}
		}
		for (int i = 0; i < nCollab; i++) {
			Ent c = pick(clusters);
			String name = place() + " " + COLLAB_THEME[this.rnd.nextInt(COLLAB_THEME.length)]
					+ " Professional Collaborative";
			Ent k = ent("PROFESSIONAL_COLLABORATIVE", id("pc"), name, null, start(2016, 2022));
			collabs.add(k);
			edge("PART_OF", k, c, k.validFrom);
			Ent s = parentOf(c, "REPORTS_TO");
			List<Ent> siblings = clustersOfSub.getOrDefault(s.idx, List.of());
			int members = 1 + this.rnd.nextInt(3);
			Set<Integer> seen = new HashSet<>();
			seen.add(c.idx);
			for (int m = 0; m < members; m++) {
				Ent other = (!siblings.isEmpty() && this.rnd.nextDouble() < 0.75) ? pick(siblings) : pick(clusters);
				if (seen.add(other.idx)) {
					edge("MEMBER_OF", k, other, k.validFrom);
				}
			}
			edge("HOSTED_BY", k, (this.rnd.nextDouble() < 0.7) ? parentOf(s, "ACCOUNTABLE_TO") : s, k.validFrom);
			if (this.rnd.nextDouble() < 0.1) {
				edge("OPERATES_UNDER", k, programme, k.validFrom);
			}
			if (i > 0 && this.rnd.nextDouble() < 0.05) {
				edge("WORKS_WITH", k, collabs.get(this.rnd.nextInt(i)), k.validFrom);
			}
		}
		change(boards, subs, clusters, collabs);
	}

	void change(List<Ent> boards, List<Ent> subs, List<Ent> clusters, List<Ent> collabs) {
		// 1. health boards merged into another: predecessor ends, edges into it move to the successor
		List<Ent> liveBoards = new ArrayList<>(boards);
		int merges = Math.max(1, Math.round(boards.size() * 0.05f));
		for (int i = 0; i < merges && liveBoards.size() > 2; i++) {
			Ent gone = liveBoards.remove(this.rnd.nextInt(liveBoards.size()));
			Ent successor = pick(liveBoards);
			LocalDate d = changeDate(max(gone.validFrom.date(), successor.validFrom.date()));
			if (d == null) {
				continue;
			}
			List<Edge> touched = new ArrayList<>();
			for (Edge e : this.outgoing.getOrDefault(gone.idx, List.of())) {
				if (e.validTo == null) {
					end(e, d);
					touched.add(e);
				}
			}
			for (Edge e : new ArrayList<>(this.incoming.getOrDefault(gone.idx, List.of()))) {
				if (e.validTo == null) {
					end(e, d);
					touched.add(e);
					touched.add(edge(e.type, this.ents.get(e.from), successor, Fuzzy.day(d)));
				}
			}
			gone.validTo = Fuzzy.day(d.minusDays(1));
			Edge replaced = edge("REPLACED_BY", gone, successor, Fuzzy.day(d));
			touched.add(replaced);
			this.events.add(new Event("bench-merger-" + gone.id, "REPLACED", d,
					gone.name + " merged into " + successor.name, List.of(gone.idx), List.of(successor.idx), touched,
					source()));
		}
		// 2. sub-boards moved to another board (ACCOUNTABLE_TO, and PART_OF with it)
		for (int i = 0; i < Math.round(subs.size() * 0.05f); i++) {
			Ent s = pick(subs);
			Ent nb = pick(liveBoards);
			Edge before = current(s, "ACCOUNTABLE_TO");
			move(s, "ACCOUNTABLE_TO", nb);
			Edge acc = current(s, "ACCOUNTABLE_TO");
			Edge part = current(s, "PART_OF");
			if (acc != before && part != null && part.to != acc.to) {
				end(part, acc.validFrom.date());
				edge("PART_OF", s, nb, acc.validFrom);
			}
		}
		// 3. clusters re-assigned to another sub-board
		for (int i = 0; i < Math.round(clusters.size() * 0.10f); i++) {
			Ent s = pick(subs);
			Ent board = parentOf(s, "ACCOUNTABLE_TO");
			if (board != null && board.validTo == null) {
				move(pick(clusters), "REPORTS_TO", s);
			}
		}
		// 4. collaboratives re-parented; memberships ended
		for (int i = 0; i < Math.round(collabs.size() * 0.10f); i++) {
			move(pick(collabs), "PART_OF", pick(clusters));
		}
		for (int i = 0; i < Math.round(collabs.size() * 0.20f); i++) {
			Edge m = current(pick(collabs), "MEMBER_OF");
			LocalDate d = (m != null) ? changeDate(m.validFrom.date()) : null;
			if (d != null) {
				end(m, d);
			}
		}
		// 5. collaboratives dissolved, a third of them replaced by a sibling
		for (int i = 0; i < Math.round(collabs.size() * 0.03f); i++) {
			Ent k = pick(collabs);
			if (k.validTo != null) {
				continue;
			}
			Ent cluster = parentOf(k, "PART_OF");
			LocalDate d = changeDate(k.validFrom.date());
			if (d == null) {
				continue;
			}
			for (Edge e : this.outgoing.getOrDefault(k.idx, List.of())) {
				if (e.validTo == null) {
					end(e, d);
				}
			}
			for (Edge e : this.incoming.getOrDefault(k.idx, List.of())) {
				if (e.validTo == null) {
					end(e, d);
				}
			}
			k.validTo = Fuzzy.day(d.minusDays(1));
			if (cluster != null && this.rnd.nextInt(3) == 0) {
				for (Edge e : this.incoming.getOrDefault(cluster.idx, List.of())) {
					Ent sibling = this.ents.get(e.from);
					if (e.type.equals("PART_OF") && sibling != k && sibling.validTo == null
							&& sibling.validFrom.date().isBefore(d)) {
						edge("REPLACED_BY", k, sibling, Fuzzy.day(d));
						break;
					}
				}
			}
		}
		// 6. renames (the former name is kept as a :Name and in otherNames)
		for (List<Ent> family : List.of(boards, subs, clusters)) {
			for (int i = 0; i < Math.round(family.size() * 0.05f); i++) {
				Ent e = pick(family);
				String[] words = e.name.split(" ", 2);
				rename(e, place() + " " + words[1]);
			}
		}
	}

	// ------------------------------------------------------------------------------------------ rows

	Map<String, Object> validity(Map<String, Object> m, Fuzzy from, Fuzzy to) {
		m.put("validFrom", from.date());
		m.put("validFromPrecision", from.precision().name());
		if (to != null) {
			m.put("validTo", to.date());
			m.put("validToPrecision", to.precision().name());
		}
		return m;
	}

	Map<String, Object> sourced(Map<String, Object> m, int source, String section) {
		m.put("sourceIds", List.of(sourceId(source)));
		m.put("sourceSections", List.of(section));
		return m;
	}

	static String sourceId(int i) {
		return String.format("bench-source-%04d", i);
	}

	Map<String, Object> entityRow(Ent e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", e.id);
		m.put("kind", e.kind);
		m.put("name", e.name);
		if (e.shortName != null) {
			m.put("shortName", e.shortName);
		}
		if (e.formerNames != null) {
			Set<String> other = new LinkedHashSet<>();
			for (FormerName f : e.formerNames) {
				other.add(f.name());
				if (f.shortName() != null) {
					other.add(f.shortName());
				}
			}
			other.remove(e.name);
			other.remove(e.shortName);
			if (!other.isEmpty()) {
				m.put("otherNames", String.join(" | ", other));
			}
		}
		validity(m, e.validFrom, e.validTo);
		sourced(m, e.source, (e.idx % 3 == 0) ? "" : "Section " + (1 + e.idx % 7));
		return stamped(m);
	}

	Map<String, Object> stamped(Map<String, Object> m) {
		m.put("version", 1L);
		m.put("recordedFrom", RECORDED);
		m.put("recordedBy", BY);
		return m;
	}

	/** from:TYPE:to, with @validFrom when the triple occurs more than once (docs/graph-model.md). */
	String edgeId(Edge e) {
		String triple = this.ents.get(e.from).id + ":" + e.type + ":" + this.ents.get(e.to).id;
		return (this.idCount.getOrDefault(triple, 0) > 1) ? triple + "@" + e.validFrom.date() : triple;
	}

	Map<String, Object> edgeRow(Edge e) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", edgeId(e));
		validity(p, e.validFrom, e.validTo);
		sourced(p, e.source, "");
		stamped(p);
		return Map.of("f", this.ents.get(e.from).id, "t", this.ents.get(e.to).id, "p", p);
	}

	// ------------------------------------------------------------------------------------------ load

	static final class Progress {

		final String what;

		final long total;

		final long started = System.nanoTime();

		final boolean tty = System.console() != null;

		long lastPrint;

		int lastDecile = -1;

		Progress(String what, long total) {
			this.what = what;
			this.total = total;
		}

		void update(long done) {
			long now = System.nanoTime();
			double secs = (now - this.started) / 1e9;
			String line = String.format("  %-22s %,10d / %,d  %5.1f %%  %,8.0f/s  %6.1f s", this.what, done,
					this.total, (this.total == 0) ? 100.0 : 100.0 * done / this.total, done / Math.max(secs, 1e-9),
					secs);
			if (this.tty) {
				if (done == this.total || now - this.lastPrint > 200_000_000L) {
					System.out.print("\r" + line + ((done == this.total) ? "\n" : ""));
					System.out.flush();
					this.lastPrint = now;
				}
			}
			else {
				int decile = (this.total == 0) ? 10 : (int) (10 * done / this.total);
				if (decile != this.lastDecile) {
					System.out.println(line);
					this.lastDecile = decile;
				}
			}
		}

	}

	static <T> void batched(Session s, String what, String cypher, List<T> items, int batch,
			Function<T, Map<String, Object>> row) {
		Progress p = new Progress(what, items.size());
		p.update(0);
		for (int i = 0; i < items.size(); i += batch) {
			List<Map<String, Object>> rows = new ArrayList<>(Math.min(batch, items.size() - i));
			for (T item : items.subList(i, Math.min(items.size(), i + batch))) {
				rows.add(row.apply(item));
			}
			s.executeWrite(tx -> tx.run(cypher, Map.of("rows", rows)).consume());
			p.update(Math.min(items.size(), i + batch));
		}
	}

	static final Pattern MIGRATION = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	/** The service's migration files, run as they are (same splitting as cymru.atebol.neo4j.SchemaMigrations). */
	static void migrate(Session s, Path dir) throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(dir)) {
			files = list.filter(f -> MIGRATION.matcher(f.getFileName().toString()).matches())
				.sorted(Comparator.comparingInt(f -> {
					Matcher m = MIGRATION.matcher(f.getFileName().toString());
					m.matches();
					return Integer.parseInt(m.group(1));
				}))
				.toList();
		}
		if (files.isEmpty()) {
			throw new IllegalStateException("no V*__*.cypher migration files in " + dir);
		}
		for (Path f : files) {
			String text = Files.readString(f).replaceAll("(?m)^\\s*//.*$", "");
			for (String statement : text.split(";")) {
				if (!statement.isBlank()) {
					s.run(statement.strip()).consume();
				}
			}
			System.out.println("schema: applied " + f.getFileName());
		}
		s.run("CALL db.awaitIndexes(600)").consume();
	}

	void load(Driver driver, int batch, Path migrations, int n, long seed) throws IOException {
		for (Edge e : this.edges) {
			this.idCount.merge(this.ents.get(e.from).id + ":" + e.type + ":" + this.ents.get(e.to).id, 1,
					Integer::sum);
		}
		try (Session s = driver.session()) {
			long t = System.nanoTime();
			long deleted = 0;
			// bounded transactions: a 1M-entity graph does not fit one transaction's memory
			while (true) {
				long c = s.run("""
						MATCH (n) WHERE NOT n:SchemaMigration
						WITH n LIMIT 10000
						DETACH DELETE n
						RETURN count(*) AS c
						""").single()
					.get("c")
					.asLong();
				deleted += c;
				if (c == 0) {
					break;
				}
			}
			if (deleted > 0) {
				System.out.printf("wiped %,d existing nodes in %.1f s%n", deleted, (System.nanoTime() - t) / 1e9);
			}
			migrate(s, migrations);

			long t0 = System.nanoTime();
			List<Integer> sources = new ArrayList<>();
			for (int i = 0; i < this.nSources; i++) {
				sources.add(i);
			}
			batched(s, ":Source", "UNWIND $rows AS r CREATE (x:Source) SET x = r", sources, batch, i -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("id", sourceId(i));
				m.put("title", "Synthetic governance document " + (i + 1));
				m.put("publisher", (i % 2 == 0) ? "Welsh Government" : "NHS Wales Executive");
				m.put("date", String.valueOf(2015 + i % 10));
				m.put("url", "https://example.invalid/bench/" + sourceId(i));
				m.put("tier", (long) (1 + i % 3));
				return m;
			});
			batched(s, ":Entity", "UNWIND $rows AS r CREATE (e:Entity) SET e = r", this.ents, batch, this::entityRow);
			long t1 = System.nanoTime();
			List<Ent> renamed = this.ents.stream().filter(e -> e.formerNames != null).toList();
			batched(s, ":Name", """
					UNWIND $rows AS r
					MATCH (e:Entity {id: r.id})
					UNWIND r.names AS name
					CREATE (e)-[:HAS_NAME]->(x:Name)
					SET x = name
					""", renamed, batch, e -> Map.of("id", e.id, "names", e.formerNames.stream().map(f -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("name", f.name());
				if (f.shortName() != null) {
					m.put("shortName", f.shortName());
				}
				validity(m, f.from(), f.to());
				sourced(m, f.source(), "");
				m.put("recordedFrom", RECORDED);
				m.put("recordedBy", BY);
				return (Object) m;
			}).toList()));
			long relCount = 0;
			for (String type : REL_TYPES) {
				List<Edge> ofType = this.edges.stream().filter(e -> e.type.equals(type)).toList();
				relCount += ofType.size();
				// one statement per type: a dynamic type would stop the planner from using a fixed type
				batched(s, ":" + type, """
						UNWIND $rows AS r
						MATCH (a:Entity {id: r.f})
						MATCH (b:Entity {id: r.t})
						CREATE (a)-[x:%s]->(b)
						SET x = r.p
						""".formatted(type), ofType, batch, this::edgeRow);
			}
			batched(s, ":ChangeEvent", """
					UNWIND $rows AS r
					CREATE (c:ChangeEvent)
					SET c = r.p
					WITH c, r
					UNWIND r.touched AS t
					MATCH (e:Entity {id: t.id})
					CREATE (c)-[:TOUCHED {role: t.role}]->(e)
					""", this.events, batch, ev -> {
				Map<String, Object> p = new LinkedHashMap<>();
				p.put("id", ev.id());
				p.put("kind", ev.kind());
				p.put("date", ev.date());
				p.put("datePrecision", "DAY");
				p.put("description", ev.description());
				p.put("relationshipIds", ev.edges().stream().map(this::edgeId).toList());
				p.put("derived", false);
				sourced(p, ev.source(), "");
				p.put("recordedFrom", RECORDED);
				p.put("recordedBy", BY);
				List<Object> touched = new ArrayList<>();
				ev.predecessors().forEach(i -> touched.add(Map.of("id", this.ents.get(i).id, "role", "PREDECESSOR")));
				ev.successors().forEach(i -> touched.add(Map.of("id", this.ents.get(i).id, "role", "SUCCESSOR")));
				return Map.of("p", p, "touched", touched);
			});
			long t2 = System.nanoTime();
			s.run("CALL db.awaitIndexes(600)").consume();
			s.run("CREATE (:BenchGraph {n: $n, seed: $seed, generator: $v, loadedAt: datetime()})",
					Map.of("n", n, "seed", seed, "v", GENERATOR_VERSION))
				.consume();
			long t3 = System.nanoTime();
			System.out.printf(
					"LOAD entities=%,d in %.1f s, relationships=%,d (+ names, events) in %.1f s, indexes online %.1f s, total %.1f s%n",
					this.ents.size(), (t1 - t0) / 1e9, relCount, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9);
			check(s);
		}
	}

	static void check(Session s) {
		Record r = s.run("""
				MATCH (e:Entity)
				RETURN count(e) AS n, count(e.validTo) AS ended
				""").single();
		Record r2 = s.run("""
				MATCH (:Entity)-[x]->(:Entity)
				RETURN count(x) AS n, count(x.validTo) AS ended
				""").single();
		Record r3 = s.run("MATCH (x:Name) RETURN count(x) AS names").single();
		System.out.printf("DB check: %,d entities (%,d ended), %,d relationships between entities (%,d ended), %,d former names%n",
				r.get("n").asLong(), r.get("ended").asLong(), r2.get("n").asLong(), r2.get("ended").asLong(),
				r3.get("names").asLong());
	}

	/** Whether the store already holds this graph (the standalone store and the embedded one persist). */
	static boolean alreadyLoaded(Driver driver, int n, long seed) {
		try (Session s = driver.session()) {
			var rs = s.run("""
					MATCH (b:BenchGraph) RETURN b.n AS n, b.seed AS seed, b.generator AS v
					""").list();
			return rs.size() == 1 && rs.get(0).get("n").asLong() == n && rs.get(0).get("seed").asLong() == seed
					&& rs.get(0).get("v").asLong() == GENERATOR_VERSION;
		}
	}

	// ------------------------------------------------------------------------------------------ parameter pools

	static String json(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	List<String> sample(List<String> from, int k) {
		List<String> copy = new ArrayList<>(from);
		List<String> out = new ArrayList<>();
		while (!copy.isEmpty() && out.size() < k) {
			int i = this.rnd.nextInt(copy.size());
			out.add(copy.get(i));
			copy.set(i, copy.get(copy.size() - 1));
			copy.remove(copy.size() - 1);
		}
		return out;
	}

	/** Entities and the pools drawn from them on one date: live ids, leaves, mid-level nodes with children. */
	Map<String, List<String>> pools(LocalDate d, String suffix) {
		Map<Integer, Integer> children = new HashMap<>();
		for (Edge e : this.edges) {
			if (UPWARD.contains(e.type) && e.validAt(d) && this.ents.get(e.from).existsAt(d)) {
				children.merge(e.to, 1, Integer::sum);
			}
		}
		List<String> live = new ArrayList<>(), leaves = new ArrayList<>(), mids = new ArrayList<>();
		for (Ent e : this.ents) {
			if (!e.existsAt(d)) {
				continue;
			}
			live.add(e.id);
			if (e.kind.equals("PROFESSIONAL_COLLABORATIVE")) {
				leaves.add(e.id);
			}
			if (e.kind.equals("HEALTH_BOARD") && children.getOrDefault(e.idx, 0) > 0) {
				mids.add(e.id);
			}
		}
		Map<String, List<String>> pools = new LinkedHashMap<>();
		pools.put("lookupIds" + suffix, sample(live, 1000));
		pools.put("leafIds" + suffix, sample(leaves, 1000));
		pools.put("midIds" + suffix, sample(mids, 1000));
		return pools;
	}

	void writeParams(Path out, int n, long seed, LocalDate asOf) throws IOException {
		Map<String, Integer> stats = new TreeMap<>();
		for (Ent e : this.ents) {
			stats.merge("entities." + e.kind, 1, Integer::sum);
		}
		for (Edge e : this.edges) {
			stats.merge("rels." + e.type + ((e.validTo == null) ? ".current" : ".ended"), 1, Integer::sum);
		}
		Map<String, List<String>> pools = new LinkedHashMap<>(pools(LocalDate.now(ZoneOffset.UTC), ""));
		pools.putAll(pools(asOf, "AsOf"));
		List<String> terms = sample(new ArrayList<>(this.usedPlaces), 200);
		pools.put("searchTerms", terms);
		// the same terms as the service's SearchText turns one word into a Lucene query (a word, boosted, or
		// the start of one), for the floor and the peer, which get no SearchText; keep in step with it
		pools.put("searchQueries", terms.stream().map(t -> {
			String w = t.toLowerCase(java.util.Locale.ROOT);
			return w + "^2 " + w + "*";
		}).toList());
		StringBuilder sb = new StringBuilder();
		sb.append("{\n  \"n\": ").append(n).append(",\n  \"seed\": ").append(seed);
		sb.append(",\n  \"asOf\": ").append(json(asOf.toString())).append(",\n  \"stats\": {");
		int i = 0;
		for (var en : stats.entrySet()) {
			sb.append((i++ == 0) ? "\n    " : ",\n    ").append(json(en.getKey())).append(": ").append(en.getValue());
		}
		sb.append("\n  }");
		for (var pool : pools.entrySet()) {
			sb.append(",\n  ").append(json(pool.getKey())).append(": [");
			List<String> values = pool.getValue();
			for (int j = 0; j < values.size(); j++) {
				sb.append((j == 0) ? "" : ", ").append((j % 8 == 0) ? "\n    " : "").append(json(values.get(j)));
			}
			sb.append("\n  ]");
		}
		sb.append("\n}\n");
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, sb.toString());
		StringBuilder sizes = new StringBuilder();
		pools.forEach((k, v) -> sizes.append(' ').append(k).append('=').append(v.size()));
		System.out.println("params: " + out + " (asOf " + asOf + ":" + sizes + ")");
	}

	public static void main(String[] args) throws Exception {
		String uri = Args.get(args, "--uri", "NEO4J_URI", "bolt://127.0.0.1:17687");
		int n = Integer.parseInt(Args.get(args, "--n", "BENCH_N", "10000"));
		long seed = Long.parseLong(Args.get(args, "--seed", "BENCH_SEED", "42"));
		int batch = Integer.parseInt(Args.get(args, "--batch", null, "10000"));
		LocalDate asOf = LocalDate.parse(Args.get(args, "--as-of", "BENCH_AS_OF", "2021-06-30"));
		Path migrations = Path.of(Args.get(args, "--migrations", null, "../src/main/resources/neo4j/migrations"));
		Path params = Path.of(Args.get(args, "--params-out", null, "data/generated/params-" + n + ".json"));

		long g0 = System.nanoTime();
		GenerateGraph g = new GenerateGraph(seed);
		g.generate(n);
		System.out.printf(
				"generated %,d entities, %,d relationships, %,d former names, %,d events in memory in %.1f s (seed %d)%n",
				g.ents.size(), g.edges.size(),
				g.ents.stream().mapToInt(e -> (e.formerNames == null) ? 0 : e.formerNames.size()).sum(),
				g.events.size(), (System.nanoTime() - g0) / 1e9, seed);
		if (!Args.has(args, "--dry-run")) {
			Config config = Config.builder().withLogging(Logging.none()).withoutEncryption().build();
			try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none(), config)) {
				driver.verifyConnectivity();
				if (!Args.has(args, "--force") && alreadyLoaded(driver, n, seed)) {
					System.out.printf("LOAD skipped: %s already holds this graph (n=%d, seed=%d, generator %d)%n", uri,
							n, seed, GENERATOR_VERSION);
				}
				else {
					g.load(driver, batch, migrations, n, seed);
				}
			}
		}
		g.writeParams(params, n, seed, asOf);
	}

}
