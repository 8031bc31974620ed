// One-off check for the benchmark: autocannon's response events against its own request count, and
// Little's law (req/s x mean latency <= connections), against one URL and body. See bench/RESULTS.md.
// node load/count-check.mjs URL BODY [connections] [seconds]
import autocannon from "autocannon";
const [url, body, conns = "8", secs = "5"] = process.argv.slice(2);
let events = 0, sum = 0;
const inst = autocannon({ url, method: "POST", headers: { "content-type": "application/json" }, body, connections: Number(conns), pipelining: 1, duration: Number(secs) });
inst.on("response", (_c, status, _b, ms) => { events++; sum += ms; });
const r = await inst;
console.log(JSON.stringify({ url, connections: Number(conns), responseEvents: events, autocannonRequestsTotal: r.requests.total, autocannon2xx: r["2xx"], durationS: r.duration, eventsPerS: +(events / r.duration).toFixed(1), meanEventMs: +(sum / events).toFixed(2), autocannonMeanLatencyMs: r.latency.mean, littleConcurrency: +((events / r.duration) * (sum / events) / 1000).toFixed(2) }));
