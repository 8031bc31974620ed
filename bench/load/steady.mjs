#!/usr/bin/env node
// Whether a service's CPU per request has stopped falling during its warm-up slices (run-matrix.sh STEADY=1).
//   node load/steady.mjs DIR TARGET SCENARIO [TOLERANCE_PERCENT=5] [--report]
// Reads DIR/TARGET-SCENARIO-steadyN.json (N = 1, 2, ...; run.mjs with --watch-pids server:PID) and compares
// the median server CPU ms per request of the last three slices with the median of the three before: steady
// (exit 0) when the newer median is no more than TOLERANCE % below the older one, i.e. the JIT has stopped
// taking work away; not yet (exit 1) otherwise, or with fewer than six slices. Medians of three, because on a
// shared machine single slices of one warm JVM differ by a fifth. --report prints the trail on one line.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [dir, target, scenario, tol = "5"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const report = process.argv.includes("--report");
const cpu = [];
for (let i = 1; existsSync(join(dir, `${target}-${scenario}-steady${i}.json`)); i++) {
  const run = JSON.parse(readFileSync(join(dir, `${target}-${scenario}-steady${i}.json`), "utf8"));
  cpu.push(run.cpuMsPerRequest?.server);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const known = cpu.length >= 6 && cpu.slice(-6).every((x) => typeof x === "number");
const newer = known ? median(cpu.slice(-3)) : undefined;
const older = known ? median(cpu.slice(-6, -3)) : undefined;
const steady = known && newer >= older * (1 - Number(tol) / 100);
if (report) {
  console.log(`${target} ${scenario}: ${steady ? "steady" : "not steady"} after ${cpu.length} slices; server CPU ms/req `
    + `${cpu.map((x) => (typeof x === "number" ? x.toFixed(2) : "?")).join(" ")}`
    + (known ? `; median of the last three ${newer.toFixed(2)} against ${older.toFixed(2)} before` : ""));
}
process.exit(steady ? 0 : 1);
