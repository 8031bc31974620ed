#!/usr/bin/env node
// GraphQL load generator (autocannon, closed loop, POST bodies) for the bench scenarios against any HTTP target.
//
//   node load/run.mjs --target atebol|atebol-embedded|peer [--url http://127.0.0.1:18080/graphql]
//        [--scenario all|lookup,chain-asof,...] [--n 10000 | --params data/generated/params-10000.json]
//        [--concurrency 8] [--duration 20] [--warmup 5] [--label r1] [--out-dir results/raw] [--seed 1]
//        [--verify-only] [--watch-pids neo4j:PID,server:PID]
//
// A target is a folder load/targets/<target>/ with one <query>.graphql per scenario query (lookup, chain,
// orgchart, search: each scenario in load/scenarios.json names its query) and a target.json:
//   url / urlEnv        the endpoint (overridden by --url, then env TARGET_URL_<target, - as _>, then $urlEnv)
//   currentAsOf         how a scenario without a date sends asOf: "omit" (the server defaults to today) or
//                       "today" (today's date, for servers without such a default)
//   pools               {pool: otherPool}: draw from another pool of the params file (e.g. searchQueries: the
//                       search terms as the service turns them into Lucene queries)
//   queriesFrom         take the .graphql files from another target's folder (same server, another setup)
//   nonEmpty            {query: "dot.path"}: verification fails unless this path is a non-empty list in at
//                       least one of the 5 sampled answers (so an empty result cannot pass as "verified")
//   neo4jInProcess      true when the server runs its own Neo4j (the server's CPU then includes the database)
//   headers, varNames   extra headers; renamed variables for schemas that call them differently
//   method              "GET": each request is a GET with query/variables in the URL (default POST bodies)
//   persisted           with GET: the URL names the document by its SHA-256 (Automatic Persisted Queries);
//                       verification first POSTs the text with the hash, so the service knows it
//   conditional         with GET: every request carries the If-None-Match of its own earlier answer (fetched
//                       once per parameter value before the run), so an unchanged answer is a 304; 304s count
//                       as answers, and the run records how many of them there were
// Variables: each request picks a value from the scenario's parameter pool (generate.sh writes them),
// plus extraVars, plus asOf (the params file's past date for *-asof scenarios).
// Errors = socket errors + timeouts + non-2xx + 2xx responses whose body contains "errors" (GraphQL errors).
// --watch-pids: CPU seconds each listed process (and this client) used during the measured window (/proc, Linux).
// Latency percentiles come from every 2xx response time (float ms), not autocannon's integer-ms histogram.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import autocannon from "autocannon";

const LOAD = dirname(fileURLToPath(import.meta.url));
const BENCH = resolve(LOAD, "..");

function parseArgs(argv) {
  const a = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith("--")) continue;
    const k = argv[i].slice(2);
    const v = argv[i + 1] && !argv[i + 1].startsWith("--") ? argv[++i] : "true";
    a[k] = v;
  }
  return a;
}

const args = parseArgs(process.argv.slice(2));
const targetName = args.target ?? "peer";
const targetDir = join(LOAD, "targets", targetName);
if (!existsSync(targetDir)) throw new Error(`no target folder ${targetDir}`);
const target = existsSync(join(targetDir, "target.json")) ? JSON.parse(readFileSync(join(targetDir, "target.json"), "utf8")) : {};
const envName = `TARGET_URL_${targetName.replace(/[^A-Za-z0-9]/g, "_")}`;
const url = args.url ?? process.env[envName] ?? (target.urlEnv ? process.env[target.urlEnv] : undefined) ?? target.url;
const n = Number(args.n ?? process.env.BENCH_N ?? 10000);
const paramsFile = args.params ?? join(BENCH, "data", "generated", `params-${n}.json`);
const scenarios = JSON.parse(readFileSync(join(LOAD, "scenarios.json"), "utf8"));
const which = !args.scenario || args.scenario === "all" ? Object.keys(scenarios) : args.scenario.split(",");
const concurrency = Number(args.concurrency ?? 8);
const duration = Number(args.duration ?? 20);
const warmup = Number(args.warmup ?? 5);
const label = args.label ?? "";
const outDir = resolve(args["out-dir"] ?? join(BENCH, "results", "raw"));
const varNames = target.varNames ?? {};
const headers = { "content-type": "application/json", ...(target.headers ?? {}) };
const today = new Date().toISOString().slice(0, 10);

if (!url) throw new Error(`no URL for target ${targetName}: pass --url, set ${envName} or put it in ${targetDir}/target.json`);
const params = JSON.parse(readFileSync(paramsFile, "utf8"));

// deterministic PRNG (mulberry32) so every target sees the same parameter sequence per connection order
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bodiesFor(name) {
  const sc = scenarios[name];
  if (!sc) throw new Error(`unknown scenario ${name}`);
  const file = join(LOAD, "targets", target.queriesFrom ?? targetName, `${sc.query}.graphql`);
  if (!existsSync(file)) throw new Error(`target ${targetName} has no ${file}`);
  const query = readFileSync(file, "utf8");
  const poolName = target.pools?.[sc.pool] ?? sc.pool;
  const pool = params[poolName];
  if (!pool?.length) throw new Error(`parameter pool ${poolName} empty in ${paramsFile}`);
  let asOf;
  if (sc.asOf) asOf = params.asOf;
  else if ((target.currentAsOf ?? "omit") === "today") asOf = today;
  // pre-serialise one body per pool value (no JSON work in the hot loop)
  return pool.map((value) => {
    const vars = { ...(sc.extraVars ?? {}), [sc.var]: value, ...(asOf ? { asOf } : {}) };
    const renamed = Object.fromEntries(Object.entries(vars).map(([k, v]) => [varNames[k] ?? k, v]));
    return JSON.stringify({ query, variables: renamed });
  });
}

// One request per pool value: {method, path, body, headers}. GET targets carry the parameters in the URL.
const method = (target.method ?? "POST").toUpperCase();
const basePath = new URL(url).pathname;
function requestsFor(name) {
  return bodiesFor(name).map((body) => {
    if (method !== "GET") return { method: "POST", path: basePath, body, headers };
    const { query, variables } = JSON.parse(body);
    const params = new URLSearchParams({ variables: JSON.stringify(variables) });
    if (target.persisted) {
      const sha256Hash = createHash("sha256").update(query).digest("hex");
      params.set("extensions", JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
    } else {
      params.set("query", query);
    }
    return { method: "GET", path: `${basePath}?${params}`, headers: { ...(target.headers ?? {}) }, text: query };
  });
}

async function send(request) {
  const origin = new URL(url).origin;
  return fetch(origin + request.path, { method: request.method, headers: request.headers, body: request.body });
}

// persisted GETs: make the document known (POST text + hash); conditional GETs: take each answer's ETag
async function prepare(requests) {
  if (method !== "GET") return;
  if (target.persisted) {
    const text = requests[0].text;
    const sha256Hash = createHash("sha256").update(text).digest("hex");
    const vars = JSON.parse(new URLSearchParams(requests[0].path.split("?")[1]).get("variables"));
    await fetch(url, { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: text, variables: vars, extensions: { persistedQuery: { version: 1, sha256Hash } } }) });
  }
  if (target.conditional) {
    for (const r of requests) {
      let res, text, etag;
      // no ETag while the service does not trust its dataset version (a slow poll on a busy box): ask again
      for (let attempt = 0; attempt < 10 && !etag; attempt++) {
        if (attempt > 0) await new Promise((done) => setTimeout(done, 200));
        res = await send(r);
        text = await res.text();
        etag = res.headers.get("etag");
      }
      if (!etag) throw new Error(`target ${targetName}: no ETag on ${r.path.slice(0, 120)} (HTTP ${res.status}, X-Cache ${res.headers.get("x-cache")}): ${text.slice(0, 300)}`);
      r.headers = { ...r.headers, "if-none-match": etag };
    }
  }
}

// CPU time (s) of a process from /proc/<pid>/stat (utime+stime, clock ticks of 100 Hz)
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
}
const watch = Object.fromEntries((args["watch-pids"] ?? "").split(",").filter(Boolean).map((s) => s.split(":")));
watch.client = String(process.pid);
// whole-machine busy CPU seconds (all cores) from /proc/stat: everything but idle and iowait
function machineBusySeconds() {
  try {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    return (f.slice(0, 8).reduce((a, b) => a + b, 0) - f[3] - f[4]) / 100;
  } catch {
    return NaN;
  }
}
const cpuSnapshot = () => ({ ...Object.fromEntries(Object.entries(watch).map(([k, pid]) => [k, cpuSeconds(pid)])), machine: machineBusySeconds() });

function pct(sorted, p) {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
const r3 = (x) => Math.round(x * 1000) / 1000;

function hasData(json) {
  // data present, no errors, no null or empty top-level field
  if (!json || json.errors || !json.data) return false;
  return Object.values(json.data).every((v) => v !== null && (!Array.isArray(v) || v.length > 0));
}

function at(json, path) {
  return path.split(".").reduce((v, k) => (v == null ? undefined : v[/^\d+$/.test(k) ? Number(k) : k]), json?.data);
}

async function verify(name, requests) {
  const sc = scenarios[name];
  const path = target.nonEmpty?.[sc.query];
  let bytes = 0;
  let sample = "";
  let nonEmpty = 0;
  for (let i = 0; i < 5; i++) {
    const r = requests[(i * 37) % requests.length];
    const res = await send({ ...r, headers: Object.fromEntries(Object.entries(r.headers).filter(([k]) => k !== "if-none-match")) });
    const text = await res.text();
    bytes += text.length;
    let json;
    try { json = JSON.parse(text); } catch { json = null; }
    if (res.status !== 200 || !hasData(json)) {
      throw new Error(`verify ${targetName}/${name} failed: HTTP ${res.status} ${text.slice(0, 500)}`);
    }
    if (path && Array.isArray(at(json, path)) && at(json, path).length > 0) nonEmpty++;
    if (i === 0) sample = text;
  }
  if (path && nonEmpty === 0) {
    throw new Error(`verify ${targetName}/${name} failed: ${path} empty in all 5 answers, e.g. ${sample.slice(0, 300)}`);
  }
  console.error(`[${targetName}] ${name}: verified: 5 x HTTP 200, no errors${path ? `, ${path} non-empty in ${nonEmpty}/5` : ""} (avg ${Math.round(bytes / 5)} B/response) sample: ${sample.slice(0, 200)}${sample.length > 200 ? "..." : ""}`);
  return Math.round(bytes / 5);
}

function cannon(requests, seconds, seed, onLatency, statuses = {}) {
  const next = rng(seed);
  const inst = autocannon({
    url,
    method,
    headers,
    connections: concurrency,
    pipelining: 1,
    duration: seconds,
    timeout: 30,
    requests: [{
      setupRequest: (req) => {
        const r = requests[Math.floor(next() * requests.length)];
        req.method = r.method; req.path = r.path; req.headers = r.headers;
        if (r.body !== undefined) req.body = r.body; else delete req.body;
        return req;
      },
    }],
    verifyBody: (body) => !body.includes('"errors"'),
  });
  inst.on("response", (_client, status, _bytes, ms) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (onLatency && ((status >= 200 && status < 300) || (status === 304 && target.conditional))) onLatency(ms);
  });
  return inst;
}

async function runScenario(name) {
  const requests = requestsFor(name);
  if (target.persisted) await prepare([requests[0]].map((r) => ({ ...r })));
  const respBytes = await verify(name, requests);
  if (args["verify-only"]) return null;
  await prepare(requests);
  if (warmup > 0) await cannon(requests, warmup, 12345, null);
  const statuses = {};
  const lat = [];
  const startedAt = new Date().toISOString();
  const load0 = loadavg()[0];
  const cpu0 = cpuSnapshot();
  const r = await cannon(requests, duration, Number(args.seed ?? 1), (ms) => lat.push(ms), statuses);
  const notModified = target.conditional ? (statuses[304] ?? 0) : 0;
  const cpu1 = cpuSnapshot();
  const cpuS = Object.fromEntries(Object.keys(cpu0).map((k) => [k, Math.round((cpu1[k] - cpu0[k]) * 100) / 100]));
  const machineCpuS = cpuS.machine;
  delete cpuS.machine;
  // CPU burnt on the box by anything not watched (other processes, kernel, ...) during the window: the noise
  const otherCpuS = Math.round((machineCpuS - Object.values(cpuS).reduce((a, b) => a + b, 0)) * 100) / 100;
  lat.sort((x, y) => x - y);
  const mean = lat.reduce((s, x) => s + x, 0) / (lat.length || 1);
  const secs = r.duration; // seconds actually run
  const result = {
    target: targetName,
    neo4jInProcess: Boolean(target.neo4jInProcess),
    tool: `autocannon ${autocannon.version ?? ""}`.trim(),
    scenario: name,
    asOf: scenarios[name].asOf ? params.asOf : target.currentAsOf === "today" ? today : null,
    label,
    n: params.n,
    concurrency,
    durationS: r3(secs),
    requests: lat.length,
    throughputRps: Math.round((lat.length / secs) * 10) / 10,
    latencyMs: { p50: r3(pct(lat, 50)), p90: r3(pct(lat, 90)), p99: r3(pct(lat, 99)), max: r3(lat.at(-1) ?? 0), mean: r3(mean) },
    errors: r.errors + r.timeouts + r.non2xx - notModified + r.mismatches,
    errorDetail: { socket: r.errors, timeouts: r.timeouts, non2xx: r.non2xx - notModified, graphqlErrors: r.mismatches },
    statuses,
    avgResponseBytes: respBytes,
    cpuSeconds: cpuS,
    cpuMsPerRequest: Object.fromEntries(Object.entries(cpuS).map(([k, v]) => [k, lat.length ? r3((v * 1000) / lat.length) : 0])),
    machineCpuSeconds: machineCpuS,
    otherCpuSeconds: otherCpuS,
    loadAvg1m: { before: load0, after: loadavg()[0] },
    url,
    startedAt,
  };
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${targetName}-${name}${label ? "-" + label : ""}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  console.log(JSON.stringify(result));
  return result;
}

for (const name of which) {
  await runScenario(name.trim());
}
