#!/usr/bin/env node
// Reads while the graph is edited: CONCURRENCY reader loops (closed loop, the four scenarios' queries, each drawn
// from the first DISTINCT values of its pool: front-ends ask the same few questions) against the service with its
// response cache on, while one editor changes the description of a probe entity every EDIT_EVERY ms (updateEntity,
// signed in). A share of the reads (PROBE_SHARE) asks the probe's description. It reports the reads' req/s, p50,
// the hit ratio (X-Cache: hit / all cacheable reads) and checks freshness: no probe read that STARTED after an edit
// was acknowledged may return an older description (on a second instance, --url2, only after the edit's
// acknowledgement plus atebol.dataset-version.max-lag, --max-lag-ms).
//   node load/mixed.mjs --url URL [--url2 URL] --n 10000 --duration 60 [--concurrency 8] [--distinct 50]
//        [--edit-every 1000] [--probe-share 0.1] [--user bench --password ...] [--max-lag-ms 1000] [--out file.json]
// The service needs editing on and an editor account (see bench/README.md, "The caching runs").
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const LOAD = dirname(fileURLToPath(import.meta.url));
const BENCH = resolve(LOAD, "..");
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
const url = opt("url", process.env.ATEBOL_CACHED_URL);
const url2 = opt("url2", null);
const n = Number(opt("n", 10000));
const duration = Number(opt("duration", 60)) * 1000;
const concurrency = Number(opt("concurrency", 8));
const distinct = Number(opt("distinct", 50));
const editEvery = Number(opt("edit-every", 1000));
const probeShare = Number(opt("probe-share", 0.1));
const maxLagMs = Number(opt("max-lag-ms", 1000));
const auth = "Basic " + Buffer.from(`${opt("user", "bench")}:${opt("password", "edit-test passphrase")}`).toString("base64");
const params = JSON.parse(readFileSync(join(BENCH, "data", "generated", `params-${n}.json`), "utf8"));
const scenarios = JSON.parse(readFileSync(join(LOAD, "scenarios.json"), "utf8"));

// the reads: the four current-date scenarios, DISTINCT values each
const reads = [];
for (const name of ["lookup", "chain", "orgchart", "search"]) {
  const sc = scenarios[name];
  const query = readFileSync(join(LOAD, "targets", "atebol", `${sc.query}.graphql`), "utf8");
  for (const value of params[sc.pool].slice(0, distinct)) {
    reads.push(JSON.stringify({ query, variables: { ...(sc.extraVars ?? {}), [sc.var]: value } }));
  }
}
const probe = params.lookupIds[params.lookupIds.length - 1];
const PROBE = JSON.stringify({ query: "query Probe($id: ID!) { entity(id: $id) { id description } }", variables: { id: probe } });
const UPDATE = "mutation Edit($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { version description } } }";

async function post(target, body, headers = {}) {
  const res = await fetch(target, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: res.status, cache: res.headers.get("x-cache"), json: await res.json() };
}

const number = (description) => Number(/probe edit (\d+)/.exec(description ?? "")?.[1] ?? 0);
const acks = []; // [edit number, acknowledged at (ms)]
const probeReads = []; // { instance, started, ended, seen }
const stats = { reads: 0, errors: 0, hit: 0, miss: 0, bypass: 0, latencies: [] };
let running = true;

async function editor() {
  const first = await post(url, PROBE);
  let version = (await post(url, JSON.stringify({ query: "query V($id: ID!) { entity(id: $id) { version } }", variables: { id: probe } }))).json.data.entity.version;
  let edit = number(first.json.data.entity.description);
  while (running) {
    const started = Date.now();
    edit++;
    const r = await post(url, JSON.stringify({ query: UPDATE, variables: { input: {
      id: probe, expectedVersion: version, description: `probe edit ${edit}`, sources: [{ sourceId: "bench-source-0000" }] } } }),
      { authorization: auth });
    if (r.json.errors) { console.error("edit failed:", JSON.stringify(r.json.errors).slice(0, 300)); stats.errors++; break; }
    version = r.json.data.updateEntity.entity.version;
    acks.push([edit, Date.now()]);
    await new Promise((done) => setTimeout(done, Math.max(0, editEvery - (Date.now() - started))));
  }
}

async function reader(i) {
  let k = i * 7919;
  while (running) {
    const isProbe = (k % Math.round(1 / probeShare)) === 0;
    const target = url2 && (k % 2 === 1) ? url2 : url;
    const body = isProbe ? PROBE : reads[(k * 2654435761) % reads.length];
    k++;
    const started = Date.now();
    const t0 = performance.now();
    let r;
    try { r = await post(target, body); } catch { stats.errors++; continue; }
    stats.latencies.push(performance.now() - t0);
    stats.reads++;
    if (r.status !== 200 || r.json.errors) { stats.errors++; continue; }
    stats[r.cache] = (stats[r.cache] ?? 0) + 1;
    if (isProbe) probeReads.push({ instance: target === url ? 1 : 2, started, ended: Date.now(), seen: number(r.json.data.entity.description) });
  }
}

const load0 = loadavg()[0];
const editing = editor();
const readers = Array.from({ length: concurrency }, (_, i) => reader(i));
await new Promise((done) => setTimeout(done, duration));
running = false;
await Promise.all([editing, ...readers]);

// freshness: the newest edit acknowledged before each probe read started (plus max-lag on instance 2)
let stale = 0; const staleExamples = [];
for (const read of probeReads) {
  const grace = read.instance === 1 ? 0 : maxLagMs;
  const due = acks.filter(([, at]) => at + grace < read.started).map(([edit]) => edit);
  const expected = due.length ? Math.max(...due) : 0;
  if (read.seen < expected) { stale++; if (staleExamples.length < 5) staleExamples.push({ ...read, expected }); }
}
stats.latencies.sort((a, b) => a - b);
const cacheable = stats.hit + stats.miss;
const result = {
  url, url2, n, concurrency, durationS: duration / 1000, distinctPerScenario: distinct, editEveryMs: editEvery,
  edits: acks.length, reads: stats.reads, readsPerSecond: Math.round(stats.reads / (duration / 1000)),
  p50Ms: Math.round(stats.latencies[Math.floor(stats.latencies.length / 2)] * 100) / 100,
  p99Ms: Math.round(stats.latencies[Math.floor(stats.latencies.length * 0.99)] * 100) / 100,
  errors: stats.errors, hits: stats.hit, misses: stats.miss, bypassed: stats.bypass,
  hitRatio: cacheable ? Math.round((stats.hit / cacheable) * 1000) / 1000 : 0,
  probeReads: probeReads.length, staleProbeReads: stale, staleExamples,
  loadAvg1m: { before: load0, after: loadavg()[0] },
};
console.log(JSON.stringify(result, null, 2));
const out = opt("out", null);
if (out) writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
process.exit(stale === 0 && stats.errors === 0 ? 0 : 1);
