// Cross-check of autocannon's latencies: the same closed loop (N keep-alive connections, next request when the
// previous answer is read) with node:http and performance.now(), over a scenario's parameter pool, against one
// GraphQL URL whose variables are named as in load/scenarios.json (the service's). See bench/RESULTS.md.
// node load/plain-check.mjs URL N SCENARIO [connections] [seconds]
import http from "node:http";
import { readFileSync } from "node:fs";
const [url, n, name, conns = "8", secs = "10"] = process.argv.slice(2);
const here = new URL(".", import.meta.url).pathname;
const sc = JSON.parse(readFileSync(here + "scenarios.json", "utf8"))[name];
const params = JSON.parse(readFileSync(`${here}../data/generated/params-${n}.json`, "utf8"));
const query = readFileSync(`${here}targets/atebol/${sc.query}.graphql`, "utf8");
const bodies = params[sc.pool].map((v) => JSON.stringify({ query, variables: { ...(sc.extraVars ?? {}), [sc.var]: v, ...(sc.asOf ? { asOf: params.asOf } : {}) } }));
const u = new URL(url); const agent = new http.Agent({ keepAlive: true, maxSockets: Number(conns) });
let seed = 1; const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const lat = []; let bad = 0;
const one = (body) => new Promise((res) => {
  const t0 = performance.now();
  const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: "POST", agent,
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (r) => {
    let text = ""; r.setEncoding("utf8"); r.on("data", (c) => (text += c));
    r.on("end", () => { if (r.statusCode === 200 && !text.includes('"errors"')) lat.push(performance.now() - t0); else bad++; res(); });
  });
  req.on("error", () => { bad++; res(); }); req.end(body);
});
const run = async (s, record) => { const end = Date.now() + s * 1000; const loop = async () => { while (Date.now() < end) { const l = lat.length; await one(bodies[Math.floor(next() * bodies.length)]); if (!record) lat.length = l; } }; await Promise.all(Array.from({ length: Number(conns) }, loop)); };
await run(3, false); lat.length = 0; bad = 0;
const t = performance.now(); await run(Number(secs), true); const s = (performance.now() - t) / 1000;
lat.sort((a, b) => a - b); const mean = lat.reduce((a, b) => a + b, 0) / lat.length; const pct = (p) => +lat[Math.min(lat.length - 1, Math.floor(lat.length * p))].toFixed(2);
console.log(JSON.stringify({ scenario: name, n: Number(n), requests: lat.length, bad, rps: +(lat.length / s).toFixed(1), p50Ms: pct(0.5), p99Ms: pct(0.99), meanMs: +mean.toFixed(2), L: +((lat.length / s) * mean / 1000).toFixed(2) }));
agent.destroy();
