#!/usr/bin/env node
// PROFILE the floor's statements (= the service's Cypher, with the parameters the service passes) for one sample of
// each scenario, and print each plan: operators with rows and db hits, total db hits, and the index each lookup used.
//   node load/profile.mjs [--n 10000] [--scenario chain,orgchart-asof] [--sample 0] [--uri bolt://127.0.0.1:17687]
// Uses the peer's neo4j-driver (bench/peer/node_modules). Read-only.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const LOAD = dirname(fileURLToPath(import.meta.url));
const BENCH = resolve(LOAD, "..");
const require = createRequire(join(BENCH, "peer", "package.json"));
const neo4j = require("neo4j-driver");

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const n = Number(opt("--n", process.env.BENCH_N ?? 10000));
const uri = opt("--uri", process.env.NEO4J_URI ?? "bolt://127.0.0.1:17687");
const sampleIndex = Number(opt("--sample", 0));
const params = JSON.parse(readFileSync(join(BENCH, "data", "generated", `params-${n}.json`), "utf8"));
const scenarios = JSON.parse(readFileSync(join(LOAD, "scenarios.json"), "utf8"));
const floor = JSON.parse(readFileSync(join(LOAD, "targets", "floor", "target.json"), "utf8"));
const which = opt("--scenario", Object.keys(scenarios).join(",")).split(",");
const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });

const date = (s) => neo4j.types.Date.fromStandardDate(new Date(`${s}T00:00:00Z`));
function fill(t, vars) {
  if (typeof t === "string" && t.startsWith("$")) return vars[t.slice(1)];
  if (Array.isArray(t)) return t.map((x) => fill(x, vars));
  if (t && typeof t === "object") return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, fill(v, vars)]));
  return Number.isInteger(t) ? neo4j.int(t) : t;
}

function show(plan, depth, out) {
  const args = plan.arguments ?? {};
  const details = String(args.Details ?? "").replace(/\s+/g, " ").slice(0, 150);
  out.push(`${"  ".repeat(depth)}${plan.operatorType.replace(/@.*/, "")}  rows=${plan.rows} dbHits=${plan.dbHits}${details ? "  " + details : ""}`);
  for (const c of plan.children ?? []) show(c, depth + 1, out);
  return out;
}
const total = (p) => (p.dbHits ?? 0) + (p.children ?? []).reduce((s, c) => s + total(c), 0);

const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "unused"), { disableLosslessIntegers: true });
try {
  for (const name of which) {
    const sc = scenarios[name];
    const q = floor.queries[sc.query];
    const pool = params[floor.pools?.[sc.pool] ?? sc.pool];
    const vars = { ...(sc.extraVars ?? {}), [sc.var]: pool[sampleIndex % pool.length], asOf: date(sc.asOf ? params.asOf : today) };
    const statements = readFileSync(join(LOAD, "targets", "floor", `${sc.query}.cypher`), "utf8").split(/^;\s*$/m).map((s) => s.trim());
    console.log(`\n===== ${name}: ${sc.var}=${vars[sc.var]} asOf=${sc.asOf ? params.asOf : today}`);
    for (let i = 0; i < statements.length; i++) {
      const p = fill(q.statements[i].params, vars);
      const res = await driver.executeQuery("PROFILE " + statements[i], p, { routing: neo4j.routing.READ });
      const prof = res.summary.profile;
      console.log(`--- statement ${i + 1} (${q.statements[i].source}): ${res.records.length} record(s), total dbHits=${total(prof)}, `
        + `planner=${prof.arguments?.planner ?? "?"} runtime=${prof.arguments?.runtime ?? "?"}`);
      console.log(show(prof, 1, []).join("\n"));
    }
  }
} finally {
  await driver.close();
}
