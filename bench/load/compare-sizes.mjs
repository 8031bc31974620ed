// The README's benchmark tables from several run folders (one per graph size), side by side.
//   node load/compare-sizes.mjs results/<stamp>-10k results/<stamp>-100k results/<stamp>-1m
// Reads each folder's summary.csv (written by summarize.mjs). Prints Markdown:
//  1. per scenario and target: req/s and p50 of each run, per size
//  2. per size and scenario: the issue's targets (2x the peer, 60 % of floor-tx req/s, p50 within 1.5x of
//     floor-tx), judged on the means of the runs, for the service on the standalone Neo4j and embedded
//  3. lookup and chain p50 at every size against 10k (target: within 2x)
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dirs = process.argv.slice(2);
if (dirs.length === 0) { console.error("usage: node load/compare-sizes.mjs <results dir>..."); process.exit(2); }

const sizeName = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
const sizes = dirs.map((dir) => {
  const [head, ...lines] = readFileSync(join(dir, "summary.csv"), "utf8").trim().split("\n");
  const cols = head.split(",");
  const rows = lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
  return { n: Number(rows[0].n), rows };
});

const scenarios = [...new Set(sizes.flatMap((s) => s.rows.map((r) => r.scenario)))];
const targets = ["floor", "floor-tx", "atebol", "atebol-embedded", "peer"];
const runs = (size, scenario, target) => size.rows.filter((r) => r.scenario === scenario && r.target === target);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const m = (rs, key) => (rs.length ? mean(rs.map((r) => Number(r[key]))) : NaN);
const list = (rs, key, d) => (rs.length ? rs.map((r) => Number(r[key]).toFixed(d)).join(" / ") : "-");

console.log(`### Runs: req/s and p50 ms of each run (run 1 / run 2)\n`);
console.log(`| scenario | target | ${sizes.map((s) => `${sizeName(s.n)} req/s | ${sizeName(s.n)} p50 ms`).join(" | ")} |`);
console.log(`|---|---|${sizes.map(() => "---|---|").join("")}`);
for (const scenario of scenarios) {
  for (const target of targets) {
    if (!sizes.some((s) => runs(s, scenario, target).length)) continue;
    const cells = sizes.map((s) => { const rs = runs(s, scenario, target); return `${list(rs, "throughputRps", 0)} | ${list(rs, "p50Ms", 1)}`; });
    const errors = sizes.reduce((a, s) => a + runs(s, scenario, target).reduce((b, r) => b + Number(r.errors), 0), 0);
    console.log(`| ${scenario} | ${target}${errors ? ` (${errors} errors)` : ""} | ${cells.join(" | ")} |`);
  }
}

const verdict = (ok, text) => (Number.isNaN(ok) || ok === null ? "-" : ok ? `${text} met` : `${text} **missed**`);
console.log(`\n### Against the targets (means of the runs; service on the standalone Neo4j / embedded)\n`);
console.log(`| size | scenario | req/s service / embedded | vs peer (>= 2x) | vs floor-tx req/s (>= 60 %) | p50 vs floor-tx p50 (<= 1.5x) |`);
console.log(`|---|---|---|---|---|---|`);
for (const s of sizes) {
  for (const scenario of scenarios) {
    const floor = runs(s, scenario, "floor-tx"), peer = runs(s, scenario, "peer");
    const cells = ["atebol", "atebol-embedded"].map((t) => {
      const rs = runs(s, scenario, t);
      if (!rs.length) return null;
      const rps = m(rs, "throughputRps");
      const vsPeer = peer.length ? rps / m(peer, "throughputRps") : NaN;
      const vsFloor = floor.length ? rps / m(floor, "throughputRps") : NaN;
      const p50 = floor.length ? m(rs, "p50Ms") / m(floor, "p50Ms") : NaN;
      return { rps, vsPeer, vsFloor, p50 };
    });
    if (cells.every((c) => c === null)) continue;
    const col = (f) => cells.map((c) => (c === null ? "-" : f(c))).join(" / ");
    console.log(`| ${sizeName(s.n)} | ${scenario} | ${col((c) => c.rps.toFixed(0))} | `
      + `${col((c) => (Number.isNaN(c.vsPeer) ? "-" : verdict(c.vsPeer >= 2, `${c.vsPeer.toFixed(2)}x`)))} | `
      + `${col((c) => (Number.isNaN(c.vsFloor) ? "-" : verdict(c.vsFloor >= 0.6, `${Math.round(c.vsFloor * 100)} %`)))} | `
      + `${col((c) => (Number.isNaN(c.p50) ? "-" : verdict(c.p50 <= 1.5, `${c.p50.toFixed(2)}x`)))} |`);
  }
}

const base = sizes.find((s) => s.n === 10000);
if (base) {
  console.log(`\n### Lookup and chain p50 against 10k (target: within 2x)\n`);
  console.log(`| scenario | target | ${sizes.map((s) => `${sizeName(s.n)} p50 ms`).join(" | ")} | ${sizes.filter((s) => s !== base).map((s) => `${sizeName(s.n)} / 10k`).join(" | ")} |`);
  console.log(`|---|---|${sizes.map(() => "---|").join("")}${sizes.filter((s) => s !== base).map(() => "---|").join("")}`);
  for (const scenario of scenarios.filter((x) => /^(lookup|chain)/.test(x))) {
    for (const target of ["atebol", "atebol-embedded"]) {
      const b = m(runs(base, scenario, target), "p50Ms");
      if (Number.isNaN(b)) continue;
      const p50s = sizes.map((s) => m(runs(s, scenario, target), "p50Ms"));
      const ratios = sizes.filter((s) => s !== base).map((s) => { const r = m(runs(s, scenario, target), "p50Ms") / b; return Number.isNaN(r) ? "-" : verdict(r <= 2, `${r.toFixed(2)}x`); });
      console.log(`| ${scenario} | ${target} | ${p50s.map((x) => (Number.isNaN(x) ? "-" : x.toFixed(1))).join(" | ")} | ${ratios.join(" | ")} |`);
    }
  }
}
