#!/usr/bin/env python3
"""The soak test's clients (standard library only; started by scripts/soak.sh).

Each client thread loops until the time or the request budget is spent. A share of its requests are
edits of entities the client owns (created by it, so clients never race each other's versions); the
rest are the read API's usual questions (lookup with superiors, accountability chain, org-chart subgraph,
name search, changes). Every edit the service acknowledges (HTTP 200, data, no errors) is remembered and
checked afterwards through the public API: each owned entity has exactly the version and description
of its last acknowledged edit and the relationship it was given. Memory of the service is sampled from
/proc (resident set) and with jcmd (heap after a full GC) at the start and end of the timed window.
"""
import argparse
import base64
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

READS = {
    "lookup": ("query($id: ID!) { entity(id: $id) { id name kind validFrom validTo "
               "reportsTo { id type to { id name } } } }"),
    "chain": "query($id: ID!) { accountabilityChain(from: $id) { routes { steps { entity { id name } } } tops { id } } }",
    "subgraph": ("query($id: ID!) { subgraph(root: $id, depth: 3, asOf: \"2021-06-30\") "
                 "{ nodes { depth entity { id name } } edges { id type } truncated } }"),
    "search": "query($text: String!) { search(text: $text, first: 10) { score entity { id name kind } } }",
    "changes": "query($id: ID!) { changes(entity: $id, first: 20) { totalCount edges { node { id kind date recordedBy } } } }",
}
SEARCH_WORDS = ["health board", "cluster", "Powys", "Cardiff", "regional partnership", "Betsi", "Swansea",
                "primary care", "trust", "public service", "Gwent", "Hywel Dda", "Llais", "executive"]

CREATE = """mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id version } event { id } } }"""
UPDATE = """mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id version description } } }"""
START = """mutation($input: StartRelationshipInput!) { startRelationship(input: $input) { relationship { id version } } }"""
CHECK = """query($id: ID!) { entity(id: $id) { id version description reportsTo { id to { id } } } }"""


class Client:

    def __init__(self, url, auth=None):
        self.url = url
        self.auth = auth

    def post(self, query, variables, timeout=30):
        body = json.dumps({"query": query, "variables": variables}).encode()
        request = urllib.request.Request(self.url, data=body, method="POST")
        request.add_header("Content-Type", "application/json")
        request.add_header("Accept", "application/graphql-response+json")
        if self.auth:
            request.add_header("Authorization", "Basic " + self.auth)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            try:
                return error.code, json.loads(error.read())
            except Exception:
                return error.code, None


class Stats:

    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}
        self.errors = {}
        self.latencies = []
        self.acknowledged = 0
        self.in_doubt = 0

    def record(self, kind, ok, seconds, detail=None):
        with self.lock:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            self.latencies.append(seconds)
            if ok and kind in ("createEntity", "updateEntity", "startRelationship"):
                self.acknowledged += 1
            if not ok:
                key = f"{kind}: {detail}"[:300]
                self.errors[key] = self.errors.get(key, 0) + 1


def ok(status, answer):
    return status == 200 and answer is not None and not answer.get("errors") and answer.get("data") is not None


def memory(pid, jcmd):
    rss = 0
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) // 1024
    heap = None
    try:
        subprocess.run([jcmd, str(pid), "GC.run"], capture_output=True, timeout=60, check=True)
        info = subprocess.run([jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=60).stdout
        used_kib = 0
        for line in info.splitlines():  # every generation or region line: "... total 123K, used 45K ..."
            words = line.split()
            if "used" in words and "total" in words:
                used_kib += int(words[words.index("used") + 1].rstrip(",").rstrip("K"))
        heap = used_kib // 1024
    except Exception as error:  # the soak still reports RSS
        print(f"(jcmd failed: {error})", file=sys.stderr)
    return rss, heap


NMT_CATEGORIES = ["Java Heap", "Class", "Thread", "Code", "GC", "Compiler", "Internal", "Other", "Symbol",
                  "Native Memory Tracking", "Arena Chunk", "Metaspace", "Shared class space", "Module", "Synchronizer",
                  "Serviceability", "Logging", "Arguments", "Object Monitors", "Unknown", "Safepoint", "Tracing"]


def native_memory(pid, jcmd):
    """Committed KiB per Native Memory Tracking category (needs -XX:NativeMemoryTracking=summary), or {}."""
    try:
        text = subprocess.run([jcmd, str(pid), "VM.native_memory", "summary"], capture_output=True, text=True,
                              timeout=60).stdout
    except Exception:
        return {}
    committed = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("-") and "(reserved=" in line:
            name = line[1:line.index("(")].strip()
            value = line.split("committed=")[1].split("KB")[0]
            committed[name] = int(value)
        elif line.startswith("Total:") and "committed=" in line:
            committed["Total"] = int(line.split("committed=")[1].split("KB")[0])
    return committed


def wait_until_up(client, seconds=600):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            status, answer = client.post("{ __typename }", {}, timeout=5)
            if status == 200:
                return
        except Exception:
            pass
        time.sleep(0.5)
    raise SystemExit("the service did not answer within %d s" % seconds)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--edit-share", type=float, default=0.2)
    parser.add_argument("--max-requests", type=int, default=2_000_000)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--jcmd", required=True)
    parser.add_argument("--memory-csv", help="write RSS and the NMT categories, once a minute, to this CSV file")
    args = parser.parse_args()

    reader = Client(args.url)
    editor = Client(args.url, base64.b64encode(f"{args.user}:{args.password}".encode()).decode())
    wait_until_up(reader)

    # What the reads ask about and what the edits cite: real ids from the seeded graph.
    for attempt in range(10):  # the first statements are planned cold: on a busy machine they may time out
        status, answer = reader.post("""{ clusters: entities(kind: [CLUSTER], first: 100) { edges { node { id } } }
            boards: entities(kind: [HEALTH_BOARD], first: 20) { edges { node { id sources { source { id } } } } } }""", {})
        if ok(status, answer):
            break
        time.sleep(5)
    if not ok(status, answer):
        raise SystemExit(f"could not read the seeded graph: {status} {answer}")
    clusters = [e["node"]["id"] for e in answer["data"]["clusters"]["edges"]]
    boards = [e["node"]["id"] for e in answer["data"]["boards"]["edges"]]
    source = answer["data"]["boards"]["edges"][0]["node"]["sources"][0]["source"]["id"]
    print(f"# graph: {len(clusters)} clusters, {len(boards)} health boards; edits cite source '{source}'", flush=True)

    # Warm up (JIT, query plans) before the first memory reading: every kind of read, and one of each
    # edit on an entity of its own, so the timed window does not start with every client waiting on the
    # first planning of the same statements (checked afterwards like any other edit).
    warm = random.Random(0)
    for _ in range(40):
        for kind in READS:
            variables = {"text": warm.choice(SEARCH_WORDS)} if kind == "search" else {
                "id": warm.choice(boards if kind == "subgraph" else clusters)}
            reader.post(READS[kind], variables)
    run_id = format(int(time.time()), "x")
    citation = [{"sourceId": source, "section": "soak test"}]
    warm_id = f"soak-{run_id}-warm-up"
    steps = [(CREATE, {"input": {"id": warm_id, "kind": "GROUP", "name": "Soak warm-up group",
                                 "description": "created", "validFrom": "2024", "sources": citation}}),
             (START, {"input": {"from": warm_id, "type": "REPORTS_TO", "to": boards[0], "validFrom": "2024-01",
                                "sources": citation}})]
    steps += [(UPDATE, {"input": {"id": warm_id, "expectedVersion": v, "description": f"warm-up {v + 1}",
                                  "sources": citation}}) for v in range(1, 11)]
    for query, variables in steps:
        status, answer = editor.post(query, variables)
        if not ok(status, answer):
            raise SystemExit(f"a warm-up edit failed: {status} {answer}")
    rss0, heap0 = memory(args.pid, args.jcmd)
    print(f"# start: RSS {rss0} MiB, heap after full GC {heap0} MiB", flush=True)

    stats = Stats()
    acknowledged = {warm_id: {"version": 11, "description": "warm-up 11", "reportsTo": boards[0]}}
    ack_lock = threading.Lock()
    budget = [args.max_requests]
    budget_lock = threading.Lock()
    started = time.time()
    deadline = started + args.minutes * 60
    samples = []

    def take():
        with budget_lock:
            if budget[0] <= 0:
                return False
            budget[0] -= 1
            return True

    def timed_out(answer):
        return bool(answer) and any((e.get("extensions") or {}).get("classification") == "TIMEOUT"
                                    for e in answer.get("errors") or [])

    def settle(entity_id):
        """After an edit timed out: the service stopped waiting, but its transaction may still have
        committed; what the graph holds is then the acknowledged state (in doubt, resolved by reading)."""
        time.sleep(1)
        status, answer = reader.post(CHECK, {"id": entity_id})
        entity = answer and answer.get("data") and answer["data"].get("entity")
        if entity:
            with ack_lock:
                state = acknowledged.setdefault(entity_id, {"reportsTo": None})
                state["version"], state["description"] = entity["version"], entity["description"]
                superiors = [r["to"]["id"] for r in entity["reportsTo"]]
                state["reportsTo"] = superiors[0] if superiors else None
                stats.in_doubt += 1
        return entity

    def edit(rng, worker, mine, created):
        citation = [{"sourceId": source, "section": "soak test"}]
        if not mine or rng.random() < 0.05:
            created[0] += 1
            entity_id = f"soak-{run_id}-w{worker}-{created[0]}"
            variables = {"input": {"id": entity_id, "kind": "GROUP", "name": f"Soak group {worker}.{len(mine) + 1}",
                                   "description": "created", "validFrom": "2024", "sources": citation}}
            t = time.time()
            status, answer = editor.post(CREATE, variables)
            good = ok(status, answer)
            stats.record("createEntity", good, time.time() - t, None if good else (status, answer and answer.get("errors")))
            if not good and timed_out(answer) and settle(entity_id):
                mine.append(entity_id)
                return
            if good:
                mine.append(entity_id)
                with ack_lock:
                    acknowledged[entity_id] = {"version": answer["data"]["createEntity"]["entity"]["version"],
                                               "description": "created", "reportsTo": None}
                board = rng.choice(boards)
                t = time.time()
                status, answer = editor.post(START, {"input": {"from": entity_id, "type": "REPORTS_TO", "to": board,
                                                               "validFrom": "2024-01", "sources": citation}})
                good = ok(status, answer)
                stats.record("startRelationship", good, time.time() - t,
                             None if good else (status, answer and answer.get("errors")))
                if not good and timed_out(answer):
                    settle(entity_id)
                if good:
                    with ack_lock:
                        acknowledged[entity_id]["reportsTo"] = board
            return
        entity_id = rng.choice(mine)
        with ack_lock:
            version = acknowledged[entity_id]["version"]
        description = f"edit {version + 1} at {time.time():.3f}"
        t = time.time()
        status, answer = editor.post(UPDATE, {"input": {"id": entity_id, "expectedVersion": version,
                                                        "description": description, "sources": citation}})
        good = ok(status, answer)
        stats.record("updateEntity", good, time.time() - t, None if good else (status, answer and answer.get("errors")))
        if not good and timed_out(answer):
            settle(entity_id)
        if good:
            with ack_lock:
                acknowledged[entity_id]["version"] = answer["data"]["updateEntity"]["entity"]["version"]
                acknowledged[entity_id]["description"] = description

    def read(rng):
        kind = rng.choice(list(READS))
        variables = {"text": rng.choice(SEARCH_WORDS)} if kind == "search" else {
            "id": rng.choice(boards if kind == "subgraph" else clusters)}
        t = time.time()
        status, answer = reader.post(READS[kind], variables)
        good = ok(status, answer)
        stats.record(kind, good, time.time() - t, None if good else (status, answer and answer.get("errors")))

    def worker(number):
        rng = random.Random(number)
        mine = []
        created = [0]
        while time.time() < deadline and take():
            try:
                if rng.random() < args.edit_share:
                    edit(rng, number, mine, created)
                else:
                    read(rng)
            except Exception as error:
                stats.record("transport", False, 0, repr(error))

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(args.concurrency)]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        time.sleep(min(60, max(1, deadline - time.time())))
        if time.time() < deadline:
            with open(f"/proc/{args.pid}/status") as status:
                rss = next(int(l.split()[1]) // 1024 for l in status if l.startswith("VmRSS:"))
            done = sum(stats.counts.values())
            samples.append((round(time.time() - started), rss, done))
            nmt = native_memory(args.pid, args.jcmd) if args.memory_csv else {}
            if args.memory_csv:
                new = not os.path.exists(args.memory_csv)
                with open(args.memory_csv, "a") as csv:
                    if new:
                        csv.write("seconds,requests,rss_mib,load1," + ",".join(f'"{c}"' for c in ["Total"] + NMT_CATEGORIES) + "\n")
                    csv.write(f"{samples[-1][0]},{done},{rss},{open('/proc/loadavg').read().split()[0]},"
                              + ",".join(str(nmt.get(c, "")) for c in ["Total"] + NMT_CATEGORIES) + "\n")
            extra = (f", NMT committed {nmt.get('Total', 0) // 1024} MiB (heap {nmt.get('Java Heap', 0) // 1024}, "
                     f"class {nmt.get('Class', 0) // 1024}, code {nmt.get('Code', 0) // 1024}, "
                     f"other {nmt.get('Other', 0) // 1024})") if nmt else ""
            print(f"  {samples[-1][0]:5d} s  {done:8d} requests  RSS {rss} MiB{extra}", flush=True)
    for thread in threads:
        thread.join()
    elapsed = time.time() - started
    rss1, heap1 = memory(args.pid, args.jcmd)

    # Every acknowledged edit must be in the graph.
    lost = []
    for entity_id, expected in acknowledged.items():
        status, answer = reader.post(CHECK, {"id": entity_id})
        entity = answer and answer.get("data") and answer["data"].get("entity")
        if not entity:
            lost.append(f"{entity_id}: missing")
            continue
        if entity["version"] != expected["version"] or entity["description"] != expected["description"]:
            lost.append(f"{entity_id}: has v{entity['version']} '{entity['description']}', "
                        f"acknowledged v{expected['version']} '{expected['description']}'")
        superiors = [r["to"]["id"] for r in entity["reportsTo"]]
        if expected["reportsTo"] and expected["reportsTo"] not in superiors:
            lost.append(f"{entity_id}: REPORTS_TO {expected['reportsTo']} missing")

    total = sum(stats.counts.values())
    errors = sum(stats.errors.values())
    edits = sum(stats.counts.get(k, 0) for k in ("createEntity", "updateEntity", "startRelationship"))
    latencies = sorted(stats.latencies)
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else 0
    print()
    print(f"| measure | value |")
    print(f"|---|---|")
    print(f"| duration | {elapsed:.0f} s at concurrency {args.concurrency} |")
    print(f"| requests | {total} ({total / elapsed:.0f}/s): {edits} edits, {total - edits} reads |")
    print(f"| by kind | " + ", ".join(f"{k} {v}" for k, v in sorted(stats.counts.items())) + " |")
    print(f"| latency | p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms |")
    print(f"| errors | {errors} (of which edits that timed out: {stats.in_doubt}, each read back afterwards) |")
    print(f"| acknowledged edits checked afterwards | {len(acknowledged)} entities, {stats.acknowledged} edits; lost: {len(lost)} |")
    print(f"| memory, start | RSS {rss0} MiB, heap after full GC {heap0} MiB |")
    print(f"| memory, end | RSS {rss1} MiB, heap after full GC {heap1} MiB |")
    for error, count in sorted(stats.errors.items(), key=lambda e: -e[1])[:10]:
        print(f"  error x{count}: {error}")
    if len(samples) >= 4:
        window = [rss for seconds, rss, _ in samples if seconds >= elapsed - 20 * 60 - 30] or [s[1] for s in samples]
        spread = (max(window) - min(window)) / min(window) * 100
        print(f"| resident set over the last {min(20, len(window))} minutes | min {min(window)} MiB, max {max(window)} MiB "
              f"({spread:.1f} % apart) |")
    for line in lost[:20]:
        print(f"  LOST {line}")
    if errors or lost:
        sys.exit(1)


if __name__ == "__main__":
    main()
