#!/usr/bin/env node
// The tables of a bench/run-caching.sh folder (cold/, warm/, mixed.json), as Markdown:
//   node load/caching-summary.mjs bench/results/<stamp>-caching-10k
// Per phase and scenario: req/s (mean of the runs) of every target; the service's req/s against the auto-commit floor
// (uncached target: >= 85 %; cached: >= 5x on chain and org chart); CPU ms per request of the service and of Neo4j
// (warm uncached target: service <= 0.7x Neo4j's; for the floor, its own JVM's, and how it was warmed: FloorBench
// --steady-slice); the load average and the CPU others burnt on the box.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const TARGETS = ["floor", "floor-tx", "atebol-baseline", "atebol-uncached", "atebol-cached", "atebol-get304", "peer"];
const SHORT = { "floor": "floor", "floor-tx": "floor-tx", "atebol-baseline": "before", "atebol-uncached": "uncached",
  "atebol-cached": "cached", "atebol-get304": "GET 304", "peer": "Neo4j GraphQL Library" };
const mean = (xs) => xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
const f0 = (x) => Number.isFinite(x) ? x.toFixed(0) : "-";
const f2 = (x) => Number.isFinite(x) ? x.toFixed(2) : "-";
const pc = (x) => Number.isFinite(x) ? `${(100 * x).toFixed(0)} %` : "-";

function load(phase) {
  const raw = join(dir, phase, "raw");
  if (!existsSync(raw)) return null;
  const runs = {};
  for (const f of readdirSync(raw).filter((f) => f.endsWith(".json"))) {
    const r = JSON.parse(readFileSync(join(raw, f), "utf8"));
    const target = r.target ?? (f.startsWith("floor-tx") ? "floor-tx" : "floor");
    ((runs[r.scenario] ??= {})[target] ??= []).push(r);
  }
  return runs;
}

function table(phase, runs) {
  const out = [];
  out.push(`### ${phase}: req/s (mean of ${phase === "cold" ? "the first run after start-up" : "the runs"}), and against the floor`);
  out.push("");
  out.push(`| scenario | ${TARGETS.map((t) => SHORT[t]).join(" | ")} | uncached / floor | cached / floor | GET 304 / floor | before / floor |`);
  out.push(`|---|${TARGETS.map(() => "---").join("|")}|---|---|---|---|`);
  for (const [sc, byTarget] of Object.entries(runs)) {
    const rps = Object.fromEntries(TARGETS.map((t) => [t, mean((byTarget[t] ?? []).map((r) => r.throughputRps))]));
    const floor = rps.floor;
    out.push(`| ${sc} | ${TARGETS.map((t) => f0(rps[t])).join(" | ")} | ${pc(rps["atebol-uncached"] / floor)} | `
      + `${f2(rps["atebol-cached"] / floor)}x | ${f2(rps["atebol-get304"] / floor)}x | ${pc(rps["atebol-baseline"] / floor)} |`);
  }
  out.push("");
  out.push(`### ${phase}: CPU ms per request (service process / its Neo4j), p50 ms, and the noise`);
  out.push("");
  out.push("| scenario | target | CPU ms/req service | CPU ms/req Neo4j | service / Neo4j | p50 ms | errors | load (1 min) | other CPU s on box |");
  out.push("|---|---|---|---|---|---|---|---|---|");
  for (const [sc, byTarget] of Object.entries(runs)) {
    for (const t of TARGETS) {
      const rs = byTarget[t] ?? [];
      if (!rs.length) continue;
      // the floor has no service: its own JVM (the driver and the load loop) stands in that column
      const own = t.startsWith("floor") ? "client" : "server";
      const server = mean(rs.map((r) => r.cpuMsPerRequest?.[own] ?? NaN));
      const neo4j = mean(rs.map((r) => r.cpuMsPerRequest?.neo4j ?? NaN));
      const warmed = rs.filter((r) => r.steady).map((r) => `${r.steady.steady ? "steady" : "not steady"} after `
        + `${r.steady.clientCpuMsPerRequest.length} slices`);
      const label = own === "client" ? `${SHORT[t]} (its own JVM${warmed.length ? ", " + warmed.join(" / ") : ""})` : SHORT[t];
      out.push(`| ${sc} | ${label} | ${f2(server)} | ${f2(neo4j)} | ${Number.isFinite(server) ? f2(server / neo4j) + "x" : "-"} | `
        + `${f2(mean(rs.map((r) => r.latencyMs?.p50)))} | ${rs.reduce((s, r) => s + (r.errors ?? 0), 0)} | `
        + `${rs.map((r) => r.loadAvg1m?.before ?? "?").join(" / ")} | ${rs.map((r) => r.otherCpuSeconds ?? "?").join(" / ")} |`);
    }
  }
  out.push("");
  return out.join("\n");
}

for (const phase of ["cold", "warm"]) {
  const runs = load(phase);
  if (runs) console.log(table(phase, runs));
}
const mixedFile = join(dir, "mixed.json");
if (existsSync(mixedFile)) {
  const m = JSON.parse(readFileSync(mixedFile, "utf8"));
  console.log("### mixed: reads at concurrency " + m.concurrency + " while an edit lands every " + m.editEveryMs + " ms");
  console.log("");
  console.log("| duration s | edits | reads/s | p50 ms | p99 ms | hit ratio | probe reads | stale probe reads | errors | load (1 min) |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  console.log(`| ${m.durationS} | ${m.edits} | ${m.readsPerSecond} | ${m.p50Ms} | ${m.p99Ms} | ${pc(m.hitRatio)} | ${m.probeReads} | `
    + `${m.staleProbeReads} | ${m.errors} | ${m.loadAvg1m.before} / ${m.loadAvg1m.after} |`);
}
