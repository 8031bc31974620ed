// What metrics cost: the lookup and chain scenarios against three instances of the same service on the
// seeded graph, side by side and interleaved: metrics off, the default (request-level observations and
// Prometheus), and data-fetcher observations on. Reports req/s, p50 and the server's CPU ms per request
// (from /proc: the steadier figure on a shared machine). bench/metrics-cost.sh starts the three services.
//
//   node bench/load/metrics-cost.mjs --targets off=http://127.0.0.1:18240/graphql@PID,... --duration 15 --warmup 5 --repeat 3
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({ options: {
  targets: { type: "string" }, duration: { type: "string", default: "15" }, warmup: { type: "string", default: "5" },
  repeat: { type: "string", default: "3" }, concurrency: { type: "string", default: "8" } } });
const targets = args.targets.split(",").map((t) => { const [name, rest] = t.split("="); const [url, pid] = rest.split("@"); return { name, url, pid }; });
const here = new URL(".", import.meta.url);
const documents = {
  lookup: readFileSync(new URL("targets/atebol/lookup.graphql", here), "utf8"),
  chain: readFileSync(new URL("targets/atebol/chain.graphql", here), "utf8"),
};

async function post(url, query, variables) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return response.json();
}

function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime in clock ticks of 10 ms
}

function run(url, bodies, seconds) {
  return new Promise((resolve, reject) => {
    let i = 0;
    const instance = autocannon({ url, method: "POST", headers: { "content-type": "application/json" },
      connections: Number(args.concurrency), duration: seconds, timeout: 30,
      requests: [{ method: "POST", setupRequest: (req) => { req.body = bodies[i++ % bodies.length]; return req; } }],
      verifyBody: (body) => !body.includes('"errors"') }, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

let pool;
for (let attempt = 1; attempt <= 20 && !pool?.data; attempt++) { // the first statements are planned cold
  pool = await post(targets[0].url, `{ all: entities(first: 200) { edges { node { id } } }
    clusters: entities(kind: [CLUSTER], first: 100) { edges { node { id } } } }`).catch(() => null);
  if (!pool?.data) await new Promise((resolve) => setTimeout(resolve, 3000));
}
const ids = { lookup: pool.data.all.edges.map((e) => e.node.id), chain: pool.data.clusters.edges.map((e) => e.node.id) };
const bodies = Object.fromEntries(Object.entries(documents).map(([name, query]) =>
  [name, ids[name].map((id) => JSON.stringify({ query, variables: { id } }))]));
const results = [];
console.log(`# metrics cost: ${targets.map((t) => t.name).join(", ")}; concurrency ${args.concurrency}, ${args.duration} s runs after ${args.warmup} s warm-up, ${args.repeat} rounds; load ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
for (let round = 1; round <= Number(args.repeat); round++) {
  for (const scenario of Object.keys(bodies)) {
    for (const target of round % 2 ? targets : [...targets].reverse()) {
      await run(target.url, bodies[scenario], Number(args.warmup));
      const cpu0 = cpuMs(target.pid);
      const result = await run(target.url, bodies[scenario], Number(args.duration));
      const cpu = cpuMs(target.pid) - cpu0;
      const row = { round, scenario, target: target.name, rps: result.requests.average, p50: result.latency.p50,
        errors: result.errors + result.timeouts + result.non2xx, cpuPerRequest: cpu / Math.max(1, result.requests.total),
        load: loadavg()[0] };
      results.push(row);
      console.log(`  round ${round} ${scenario.padEnd(6)} ${target.name.padEnd(8)} ${row.rps.toFixed(0).padStart(5)} req/s  p50 ${row.p50.toFixed(1).padStart(6)} ms  CPU ${row.cpuPerRequest.toFixed(2)} ms/req  errors ${row.errors}  load ${row.load.toFixed(1)}`);
    }
  }
}
console.log("\n| scenario | target | req/s (mean of rounds) | p50 ms | server CPU ms/req | CPU vs off | req/s vs off |");
console.log("|---|---|---|---|---|---|---|");
for (const scenario of Object.keys(bodies)) {
  const mean = (target, key) => { const rows = results.filter((r) => r.scenario === scenario && r.target === target); return rows.reduce((s, r) => s + r[key], 0) / rows.length; };
  for (const target of targets) {
    const cpu = mean(target.name, "cpuPerRequest"), rps = mean(target.name, "rps");
    console.log(`| ${scenario} | ${target.name} | ${rps.toFixed(0)} | ${mean(target.name, "p50").toFixed(1)} | ${cpu.toFixed(2)} | ${((cpu / mean(targets[0].name, "cpuPerRequest") - 1) * 100).toFixed(1)} % | ${((rps / mean(targets[0].name, "rps") - 1) * 100).toFixed(1)} % |`);
  }
}
