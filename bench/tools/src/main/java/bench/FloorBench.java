package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The "floor": the same scenario Cypher run directly through the Neo4j Java driver, closed loop,
 * N worker threads (= concurrency), no HTTP and no GraphQL. Shows what the database + Bolt can do on this box.
 *
 * Usage: FloorBench --scenario lookup --uri bolt://127.0.0.1:17687 --params data/generated/params-10000.json
 *                   [--scenarios load/scenarios.json] [--cypher-dir load/targets/floor]
 *                   [--concurrency 8] [--duration 20] [--warmup 5] [--tx auto|managed|executable|service] [--seed 1]
 *                   [--out results/raw/floor-lookup.json] [--label run1] [--watch-pids neo4j:PID] [--verify-only]
 *                   [--steady-slice 5 --steady-max 12 --steady-tolerance 5]
 * Each request: pick a parameter from the scenario's pool, run the scenario's Cypher (cypher-dir/QUERY.cypher, QUERY
 * named by the scenario), fetch all records. $asOf is the params file's past date for *-asof scenarios, otherwise
 * today's date (or null: "currentAsOf": "null" in cypher-dir/target.json), as a Neo4j Date.
 * --verify-only: run 5 sampled requests, fail unless each returns a record and the nonEmpty path of
 * cypher-dir/target.json is a non-empty list in at least one of them.
 * --steady-slice S (0 = off): after --warmup, keep warming in S-second slices until this JVM's own CPU per request
 * has stopped falling, by the rule load/steady.mjs applies to the services (at least six slices; the median of the
 * last three at most --steady-tolerance % below the median of the three before; at most --steady-max slices), so a
 * warm service is compared with a warm floor, not with a floor still compiling its own code. The trail is in the
 * output's "steady" field.
 * Output: one JSON object (same fields as load/run.mjs) on stdout and in --out.
 */
public final class FloorBench {

	public static void main(String[] args) throws Exception {
		String scenario = Args.get(args, "--scenario", null, "lookup");
		String uri = Args.get(args, "--uri", "NEO4J_URI", "bolt://127.0.0.1:17687");
		String paramsFile = Args.get(args, "--params", null, "data/generated/params-10000.json");
		String scenariosFile = Args.get(args, "--scenarios", null, "load/scenarios.json");
		String cypherDir = Args.get(args, "--cypher-dir", null, "load/targets/floor");
		int concurrency = Integer.parseInt(Args.get(args, "--concurrency", null, "8"));
		int duration = Integer.parseInt(Args.get(args, "--duration", null, "20"));
		int warmup = Integer.parseInt(Args.get(args, "--warmup", null, "5"));
		// auto = auto-commit (RUN+PULL, one round trip): the physical floor.
		// managed = session.executeRead (BEGIN, RUN+PULL, COMMIT), what a typical driver-based API does.
		// executable = driver.executableQuery with READ routing and a timeout (a managed transaction plus the driver's
		// bookmark manager), how the service's Graph runs a write; a diagnostic, not in the default matrix.
		// service = how the service's Graph runs a read: auto-commit in a new read session per statement, with the
		// driver's bookmark manager and the query timeout; a diagnostic, not in the default matrix.
		String txMode = Args.get(args, "--tx", null, "auto");
		String targetName = Args.get(args, "--target", null,
				switch (txMode) { case "auto" -> "floor"; case "managed" -> "floor-tx"; default -> "floor-" + txMode; });
		boolean verifyOnly = Args.has(args, "--verify-only");
		long seed = Long.parseLong(Args.get(args, "--seed", null, "1"));
		String out = Args.get(args, "--out", null, null);
		String label = Args.get(args, "--label", null, "");
		int steadySlice = Integer.parseInt(Args.get(args, "--steady-slice", null, "0"));
		int steadyMax = Integer.parseInt(Args.get(args, "--steady-max", null, "12"));
		double steadyTolerance = Double.parseDouble(Args.get(args, "--steady-tolerance", null, "5"));
		Map<String, Long> watch = new LinkedHashMap<>();
		for (String w : Args.get(args, "--watch-pids", null, "").split(",")) {
			if (w.contains(":")) {
				watch.put(w.substring(0, w.indexOf(':')), Long.parseLong(w.substring(w.indexOf(':') + 1)));
			}
		}
		watch.put("client", ProcessHandle.current().pid());

		ObjectMapper om = new ObjectMapper();
		JsonNode params = om.readTree(Path.of(paramsFile).toFile());
		JsonNode sc = om.readTree(Path.of(scenariosFile).toFile()).get(scenario);
		if (sc == null) {
			throw new IllegalArgumentException("unknown scenario " + scenario + " in " + scenariosFile);
		}
		String query = sc.path("query").asText(scenario);
		JsonNode targetJson = Files.exists(Path.of(cypherDir, "target.json"))
				? om.readTree(Path.of(cypherDir, "target.json").toFile()) : om.createObjectNode();
		JsonNode queryJson = targetJson.path("queries").path(query);
		// a query may be several statements (the service's round trips), separated by a line holding only ";"
		List<String> statements = new ArrayList<>();
		for (String part : Files.readString(Path.of(cypherDir, query + ".cypher")).split("(?m)^;\\s*$")) {
			if (!part.replaceAll("(?m)^\\s*//.*$", "").isBlank()) {
				statements.add(part.strip());
			}
		}
		JsonNode templates = queryJson.path("statements");
		if (templates.isArray() && templates.size() != statements.size()) {
			throw new IllegalStateException(query + ".cypher has " + statements.size() + " statements, target.json "
					+ templates.size() + ": run load/sync-cypher.mjs");
		}
		String nonEmptyPath = queryJson.path("nonEmpty").asText(null);
		Object asOf = sc.path("asOf").asBoolean(false) ? java.time.LocalDate.parse(params.get("asOf").asText())
				: targetJson.path("currentAsOf").asText("today").equals("today")
						? java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) : null;
		String poolName = targetJson.path("pools").path(sc.get("pool").asText()).asText(sc.get("pool").asText());
		String var = sc.get("var").asText();
		List<String> pool = new ArrayList<>();
		params.get(poolName).forEach(v -> pool.add(v.asText()));
		Map<String, Object> extra = new HashMap<>();
		extra.put("asOf", asOf);
		if (sc.has("extraVars")) {
			sc.get("extraVars").properties().forEach(e -> extra.put(e.getKey(), om.convertValue(e.getValue(), Object.class)));
		}
		// every request's parameters, per statement, built once (no map building in the measured loop)
		List<List<Map<String, Object>>> requests = new ArrayList<>();
		for (String value : pool) {
			Map<String, Object> vars = new HashMap<>(extra);
			vars.put(var, value);
			List<Map<String, Object>> perStatement = new ArrayList<>();
			for (int i = 0; i < statements.size(); i++) {
				perStatement.add(templates.isArray() ? asMap(fill(templates.get(i).path("params"), vars)) : vars);
			}
			requests.add(perStatement);
		}

		// no notifications, as the service asks: a fair floor does not decode warnings the service never receives
		Config cfg = Config.builder().withMaxConnectionPoolSize(concurrency + 2).withoutEncryption()
				.withLogging(org.neo4j.driver.Logging.none())
				.withMinimumNotificationSeverity(org.neo4j.driver.NotificationSeverity.OFF).build();
		try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none(), cfg)) {
			driver.verifyConnectivity();
			// sanity: 5 sampled calls; the first statement must find something, the last one's nonEmpty path must
			// be a non-empty list in at least one answer
			int nonEmpty = 0;
			String sample = "";
			try (Session s = driver.session()) {
				for (int i = 0; i < 5; i++) {
					int k = (i * 37) % pool.size();
					List<Record> last = null;
					for (int j = 0; j < statements.size(); j++) {
						List<Record> rs = s.run(statements.get(j), requests.get(k).get(j)).list();
						if (j == 0 && (rs.isEmpty() || rs.get(0).get(0).isNull())) {
							System.err.printf("[%s] %s: verify failed: %s=%s -> no record%n", targetName, scenario, var, pool.get(k));
							System.exit(2);
						}
						last = rs;
					}
					Object v = last.isEmpty() ? null : at(last.get(0).asMap(), nonEmptyPath);
					if (v instanceof List<?> l && !l.isEmpty()) {
						nonEmpty++;
					}
					if (i == 0) {
						sample = var + "=" + pool.get(k) + " -> " + statements.size() + " statement(s), last: " + last.size()
								+ " record(s): " + truncate(last.isEmpty() ? "" : last.get(0).asMap().toString(), 200);
					}
				}
			}
			if (nonEmptyPath != null && nonEmpty == 0) {
				System.err.printf("[%s] %s: verify failed: %s empty in all 5 answers: %s%n", targetName, scenario, nonEmptyPath, sample);
				System.exit(2);
			}
			System.err.printf("[%s] %s: verified: 5 answers%s; sample %s%n", targetName, scenario,
					nonEmptyPath == null ? "" : ", " + nonEmptyPath + " non-empty in " + nonEmpty + "/5", sample);
			if (verifyOnly) {
				return;
			}

			final QueryConfig executable = QueryConfig.builder().withRouting(RoutingControl.READ)
					.withTimeout(java.time.Duration.ofSeconds(10)).build();
			final SessionConfig serviceSession = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
					.withBookmarkManager(driver.executableQueryBookmarkManager()).build();
			final org.neo4j.driver.TransactionConfig serviceTx = org.neo4j.driver.TransactionConfig.builder()
					.withTimeout(java.time.Duration.ofSeconds(10)).build();
			final AtomicBoolean recording = new AtomicBoolean(false);
			final AtomicBoolean stop = new AtomicBoolean(false);
			final AtomicLong errors = new AtomicLong();
			final AtomicLong records = new AtomicLong();
			// counted by every client thread: a LongAdder, so the count costs the floor no contended cache line
			final LongAdder completed = new LongAdder();
			final long[][] lat = new long[concurrency][];
			final int[] count = new int[concurrency];
			Thread[] threads = new Thread[concurrency];
			for (int t = 0; t < concurrency; t++) {
				final int ti = t;
				lat[t] = new long[1 << 16];
				threads[t] = new Thread(() -> {
					SplittableRandom r = new SplittableRandom(seed * 1000 + ti);
					try (Session s = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
						while (!stop.get()) {
							List<Map<String, Object>> request = requests.get(r.nextInt(requests.size()));
							long t0 = System.nanoTime();
							boolean ok = true;
							int n = 0;
							try {
								for (int j = 0; j < statements.size(); j++) {
									String cypher = statements.get(j);
									Map<String, Object> p = request.get(j);
									n += switch (txMode) {
										case "auto" -> s.run(cypher, p).list().size();
										case "managed" -> s.executeRead(tx -> tx.run(cypher, p).list()).size();
										case "service" -> {
											try (Session each = driver.session(serviceSession)) {
												yield each.run(new org.neo4j.driver.Query(cypher, p), serviceTx).list().size();
											}
										}
										default -> driver.executableQuery(cypher).withParameters(p).withConfig(executable)
												.execute().records().size();
									};
								}
							} catch (Exception e) {
								ok = false;
								if (errors.incrementAndGet() <= 3) {
									System.err.println("[floor] error: " + e);
								}
							}
							long dt = System.nanoTime() - t0;
							if (ok) {
								completed.increment();
							}
							if (recording.get()) {
								if (ok) {
									if (count[ti] == lat[ti].length) {
										lat[ti] = Arrays.copyOf(lat[ti], lat[ti].length * 2);
									}
									lat[ti][count[ti]++] = dt;
									records.addAndGet(n);
								}
							}
						}
					}
				}, "floor-" + t);
				threads[t].start();
			}
			TimeUnit.SECONDS.sleep(warmup);
			Map<String, Object> steady = steadySlice > 0
					? warmUntilSteady(completed, watch, steadySlice, steadyMax, steadyTolerance, targetName, scenario) : null;
			long errorsBefore = errors.get();
			double load0 = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			Map<String, Double> cpu0 = cpuSnapshot(watch);
			recording.set(true);
			long m0 = System.nanoTime();
			TimeUnit.SECONDS.sleep(duration);
			recording.set(false);
			long m1 = System.nanoTime();
			Map<String, Double> cpu1 = cpuSnapshot(watch);
			double load1 = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			long errs = errors.get() - errorsBefore;
			stop.set(true);
			for (Thread th : threads) {
				th.join(30_000);
			}

			int total = 0;
			for (int c : count) {
				total += c;
			}
			long[] all = new long[total];
			int pos = 0;
			for (int t = 0; t < concurrency; t++) {
				System.arraycopy(lat[t], 0, all, pos, count[t]);
				pos += count[t];
			}
			Arrays.sort(all);
			double secs = (m1 - m0) / 1e9;
			double sum = 0;
			for (long v : all) {
				sum += v;
			}
			Map<String, Object> res = new LinkedHashMap<>();
			res.put("target", targetName);
			res.put("tool", "java-driver(" + txMode + ")");
			res.put("scenario", scenario);
			res.put("asOf", asOf == null ? null : asOf.toString());
			res.put("label", label);
			res.put("n", params.path("n").asInt());
			res.put("concurrency", concurrency);
			res.put("durationS", round(secs, 2));
			res.put("requests", total);
			res.put("throughputRps", round(total / secs, 1));
			Map<String, Object> l = new LinkedHashMap<>();
			l.put("p50", ms(pct(all, 50)));
			l.put("p90", ms(pct(all, 90)));
			l.put("p99", ms(pct(all, 99)));
			l.put("max", ms(all.length == 0 ? 0 : all[all.length - 1]));
			l.put("mean", all.length == 0 ? 0 : round(sum / all.length / 1e6, 3));
			res.put("latencyMs", l);
			res.put("errors", errs);
			if (steady != null) {
				res.put("steady", steady);
			}
			res.put("avgRecords", total == 0 ? 0 : round((double) records.get() / total, 2));
			Map<String, Object> cpuS = new LinkedHashMap<>(), cpuMs = new LinkedHashMap<>();
			for (String k : watch.keySet()) {
				double d = round(cpu1.get(k) - cpu0.get(k), 2);
				// (machine is added separately below)
				cpuS.put(k, d);
				cpuMs.put(k, total == 0 ? 0 : round(d * 1000 / total, 3));
			}
			res.put("cpuSeconds", cpuS);
			double machine = round(cpu1.get("machine") - cpu0.get("machine"), 2);
			double watched = 0;
			for (Object v : cpuS.values()) {
				watched += (Double) v;
			}
			res.put("cpuMsPerRequest", cpuMs);
			res.put("machineCpuSeconds", machine);
			res.put("otherCpuSeconds", round(machine - watched, 2));
			res.put("loadAvg1m", Map.of("before", round(load0, 2), "after", round(load1, 2)));
			res.put("startedAt", Instant.now().minusNanos(System.nanoTime() - m0).toString());
			String json = om.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(res);
			System.out.println(json);
			if (out != null) {
				Path o = Path.of(out);
				if (o.toAbsolutePath().getParent() != null) {
					Files.createDirectories(o.toAbsolutePath().getParent());
				}
				Files.writeString(o, json + "\n");
			}
		}
	}

	/**
	 * Warms in slices until the client's CPU per request has stopped falling (the rule of
	 * load/steady.mjs), and returns the trail.
	 */
	static Map<String, Object> warmUntilSteady(LongAdder completed, Map<String, Long> watch, int slice, int max,
			double tolerancePercent, String target, String scenario) throws InterruptedException {
		List<Double> cpu = new ArrayList<>();
		boolean steady = false;
		while (cpu.size() < max && !steady) {
			double c0 = cpuSnapshot(watch).get("client");
			long n0 = completed.sum();
			TimeUnit.SECONDS.sleep(slice);
			long n = completed.sum() - n0;
			cpu.add(n == 0 ? Double.NaN : round((cpuSnapshot(watch).get("client") - c0) * 1000 / n, 3));
			if (cpu.size() >= 6) {
				double newer = median(cpu.subList(cpu.size() - 3, cpu.size()));
				double older = median(cpu.subList(cpu.size() - 6, cpu.size() - 3));
				steady = newer >= older * (1 - tolerancePercent / 100);
			}
		}
		System.err.printf("[%s] %s: %s after %d slices of %d s; client CPU ms/req %s%n", target, scenario,
				steady ? "steady" : "not steady", cpu.size(), slice, cpu);
		Map<String, Object> trail = new LinkedHashMap<>();
		trail.put("steady", steady);
		trail.put("sliceS", slice);
		trail.put("clientCpuMsPerRequest", cpu);
		return trail;
	}

	static double median(List<Double> xs) {
		List<Double> sorted = new ArrayList<>(xs);
		sorted.sort(Double::compare);
		return sorted.get(sorted.size() / 2);
	}

	/** A parameter template with "$name" strings replaced by the request's variables. */
	static Object fill(JsonNode template, Map<String, Object> vars) {
		if (template.isTextual() && template.asText().startsWith("$")) {
			String name = template.asText().substring(1);
			if (!vars.containsKey(name)) {
				throw new IllegalArgumentException("no variable " + name + " for the parameter template");
			}
			return vars.get(name);
		}
		if (template.isObject()) {
			Map<String, Object> m = new LinkedHashMap<>();
			template.properties().forEach(e -> m.put(e.getKey(), fill(e.getValue(), vars)));
			return m;
		}
		if (template.isArray()) {
			List<Object> l = new ArrayList<>();
			template.forEach(e -> l.add(fill(e, vars)));
			return l;
		}
		if (template.isNull() || template.isMissingNode()) {
			return null;
		}
		if (template.isIntegralNumber()) {
			return template.asLong();
		}
		if (template.isNumber()) {
			return template.asDouble();
		}
		if (template.isBoolean()) {
			return template.asBoolean();
		}
		return template.asText();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(Object o) {
		return (Map<String, Object>) o;
	}

	/** The value at a dot path (map keys, list indexes) of a record's map, or null. */
	static Object at(Map<String, Object> record, String path) {
		if (path == null) {
			return null;
		}
		Object v = record;
		for (String k : path.split("\\.")) {
			if (v instanceof Map<?, ?> m) {
				v = m.get(k);
			} else if (v instanceof List<?> l && k.matches("\\d+") && Integer.parseInt(k) < l.size()) {
				v = l.get(Integer.parseInt(k));
			} else {
				return null;
			}
		}
		return v;
	}

	/** utime+stime (seconds, 100 Hz ticks) of each watched pid from /proc (Linux). */
	static Map<String, Double> cpuSnapshot(Map<String, Long> watch) {
		Map<String, Double> m = new LinkedHashMap<>();
		for (var e : watch.entrySet()) {
			double v = Double.NaN;
			try {
				String st = Files.readString(Path.of("/proc/" + e.getValue() + "/stat"));
				String[] f = st.substring(st.lastIndexOf(')') + 2).split(" ");
				v = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
			} catch (Exception ex) {
				// not Linux or process gone
			}
			m.put(e.getKey(), v);
		}
		double busy = Double.NaN;
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i <= 8; i++) {
				total += Long.parseLong(f[i]);
			}
			busy = (total - Long.parseLong(f[4]) - Long.parseLong(f[5])) / 100.0;
		} catch (Exception ex) {
			// not Linux
		}
		m.put("machine", busy);
		return m;
	}

	static long pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
	}

	static double ms(long nanos) {
		return round(nanos / 1e6, 3);
	}

	static double round(double v, int digits) {
		double f = Math.pow(10, digits);
		return Math.round(v * f) / f;
	}

	static String truncate(String s, int n) {
		return s.length() <= n ? s : s.substring(0, n) + "...";
	}
}
