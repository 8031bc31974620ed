#!/usr/bin/env python3
"""Crash safety, repeatable (started by scripts/crash-test.sh; standard library only).

For each concurrency (1 and 4 by default) and each cycle: start the service on the same data folder,
time it to its first GraphQL answer and to its first acknowledged edit, check that every edit it ever
acknowledged is there and none is half-applied, run edits with that many clients, and SIGKILL the
service at a random moment while they run. Edits: each client creates entities of its own
("description": "edit 1"), links each to a health board (startRelationship) and updates it with
expectedVersion ("description": "edit <version>"). Checked through the public API for every entity
ever touched: it exists if its creation was acknowledged; its version is the acknowledged one, or one
more when an update was in flight at the kill; its description matches its version; the relationship is
there if acknowledged; and its change events number exactly its version plus its relationship (one event
per applied edit: a half-applied edit would break one of these). Loopback only; bounded kills and time.
"""
import argparse
import atexit
import base64
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

CREATE = "mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id version } } }"
START = "mutation($input: StartRelationshipInput!) { startRelationship(input: $input) { relationship { id } } }"
UPDATE = "mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id version } } }"
CHECK = """query($id: ID!) { entity(id: $id) { id version description reportsTo { to { id } } }
  changes(entity: $id, first: 200) { totalCount } }"""


def post(url, query, variables=None, auth=None, timeout=30):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("Content-Type", "application/json")
    if auth:
        request.add_header("Authorization", "Basic " + auth)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, None


def read(url, query, variables=None, attempts=10):
    """A read, tried again while the service is still planning its first statements on a busy machine."""
    for attempt in range(attempts):
        try:
            status, answer = post(url, query, variables)
            if status == 200 and answer and answer.get("data") and not answer.get("errors"):
                return answer
        except Exception:
            pass
        time.sleep(3)
    raise SystemExit(f"no answer to a read after {attempts} attempts: {query[:60]}")


def acknowledged(status, answer):
    return status == 200 and answer and not answer.get("errors") and answer.get("data")


class Ledger:
    """What the service acknowledged, and what was in flight when it died."""

    def __init__(self):
        self.lock = threading.Lock()
        self.entities = {}  # id -> {version, relationship: bool, pending: set of 'create'/'update'/'start'}
        self.edits = 0

    def pending(self, entity_id, what):
        with self.lock:
            self.entities.setdefault(entity_id, {"version": 0, "relationship": False, "pending": set()})
            self.entities[entity_id]["pending"].add(what)

    def ack(self, entity_id, what, version=None):
        with self.lock:
            entity = self.entities[entity_id]
            entity["pending"].discard(what)
            if what == "start":
                entity["relationship"] = True
            else:
                entity["version"] = version
            self.edits += 1


def client(url, auth, board, source, prefix, ledger, stop):
    n = 0
    while not stop.is_set():
        n += 1
        entity_id = f"{prefix}-{n}"
        citation = [{"sourceId": source, "section": "crash test"}]
        try:
            ledger.pending(entity_id, "create")
            status, answer = post(url, CREATE, {"input": {"id": entity_id, "kind": "GROUP", "name": f"Crash {entity_id}",
                                                          "description": "edit 1", "validFrom": "2024",
                                                          "sources": citation}}, auth)
            if not acknowledged(status, answer):
                return
            ledger.ack(entity_id, "create", 1)
            ledger.pending(entity_id, "start")
            status, answer = post(url, START, {"input": {"from": entity_id, "type": "REPORTS_TO", "to": board,
                                                         "validFrom": "2024-01", "sources": citation}}, auth)
            if not acknowledged(status, answer):
                return
            ledger.ack(entity_id, "start")
            for version in range(1, 4):
                if stop.is_set():
                    return
                ledger.pending(entity_id, "update")
                status, answer = post(url, UPDATE, {"input": {"id": entity_id, "expectedVersion": version,
                                                              "description": f"edit {version + 1}",
                                                              "sources": citation}}, auth)
                if not acknowledged(status, answer):
                    return
                ledger.ack(entity_id, "update", answer["data"]["updateEntity"]["entity"]["version"])
        except Exception:
            return  # the service died under this request: what it was doing stays pending


def verify(url, ledger, board):
    """Every acknowledged edit there, none half-applied; returns (lost, half_applied, checked)."""
    lost, half = [], []
    with ledger.lock:
        entities = {k: dict(v, pending=set(v["pending"])) for k, v in ledger.entities.items()}
    for entity_id, expected in entities.items():
        answer = read(url, CHECK, {"id": entity_id})
        entity = answer["data"]["entity"]
        if entity is None:
            if expected["version"] >= 1:
                lost.append(f"{entity_id}: missing (creation acknowledged)")
            continue
        version = entity["version"]
        allowed = {expected["version"]} | ({expected["version"] + 1} if expected["pending"] & {"update", "create"} else set())
        if version not in allowed:
            lost.append(f"{entity_id}: version {version}, acknowledged {expected['version']}")
        linked = board in [r["to"]["id"] for r in entity["reportsTo"]]
        if expected["relationship"] and not linked:
            lost.append(f"{entity_id}: acknowledged REPORTS_TO {board} missing")
        if entity["description"] != f"edit {version}":
            half.append(f"{entity_id}: version {version} with description '{entity['description']}'")
        events = answer["data"]["changes"]["totalCount"]
        if events != version + (1 if linked else 0):
            half.append(f"{entity_id}: {events} change events for version {version} and relationship {linked}")
        with ledger.lock:  # what survived is now the known state
            ledger.entities[entity_id].update(version=version, relationship=linked, pending=set())
    return lost, half, len(entities)


def wait_for_answer(url, process, deadline_s=300):
    started = time.time()
    while time.time() - started < deadline_s:
        if process.poll() is not None:
            raise SystemExit(f"the service exited with {process.returncode} while starting")
        try:
            status, answer = post(url, "{ __typename }", timeout=5)
            if status == 200 and answer and answer.get("data"):
                return time.time() - started
        except Exception:
            pass
        time.sleep(0.1)
    raise SystemExit(f"no answer within {deadline_s} s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--start", required=True, help="the command that starts the service (a shell string)")
    parser.add_argument("--url", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--kills", type=int, default=12, help="kills per concurrency")
    parser.add_argument("--concurrency", default="1,4")
    parser.add_argument("--min-seconds", type=float, default=1.0)
    parser.add_argument("--max-seconds", type=float, default=12.0)
    parser.add_argument("--log", required=True)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    auth = base64.b64encode(f"{args.user}:{args.password}".encode()).decode()
    ledger = Ledger()
    recoveries, first_edits, kills, failures = [], [], 0, []
    run = format(args.seed, "x")
    board = source = None
    log = open(args.log, "ab")
    print(f"# crash test: seed {args.seed}, kills per concurrency {args.kills}, concurrency {args.concurrency}; "
          f"load {open('/proc/loadavg').read().split()[:3]}", flush=True)

    def start():
        try:  # nothing may answer on the port before this start: an old service would be checked instead
            post(args.url, "{ __typename }", timeout=2)
            raise SystemExit(f"something already answers at {args.url}: stop it first")
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        process = subprocess.Popen(args.start, shell=True, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        running.append(process)
        return process, wait_for_answer(args.url, process)

    running = []

    def stop_all():  # whatever happens, no service is left behind
        for process in running:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)

    atexit.register(stop_all)
    for concurrency in [int(c) for c in args.concurrency.split(",")]:
        for cycle in range(1, args.kills + 1):
            process, recovery = start()
            if board is None:
                answer = read(args.url, """{ boards: entities(kind: [HEALTH_BOARD], first: 1)
                    { edges { node { id sources { source { id } } } } } }""")
                node = answer["data"]["boards"]["edges"][0]["node"]
                board, source = node["id"], node["sources"][0]["source"]["id"]
            lost, half, checked = verify(args.url, ledger, board)
            failures += lost + half
            stop = threading.Event()
            edits_before = ledger.edits
            threads = [threading.Thread(target=client, daemon=True,
                                        args=(args.url, auth, board, source, f"crash-{run}-c{concurrency}-k{cycle}-w{w}",
                                              ledger, stop)) for w in range(concurrency)]
            started = time.time()
            for thread in threads:
                thread.start()
            while ledger.edits == edits_before and time.time() - started < 120:
                time.sleep(0.02)
            first_edit = recovery + (time.time() - started)
            time.sleep(rng.uniform(args.min_seconds, args.max_seconds))
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            stop.set()
            for thread in threads:
                thread.join(timeout=40)
            kills += 1
            recoveries.append(recovery)
            first_edits.append(first_edit)
            print(f"  c{concurrency} kill {cycle:2d}: up {recovery:5.1f} s, first edit acknowledged {first_edit:5.1f} s, "
                  f"checked {checked} entities (lost {len(lost)}, half-applied {len(half)}); "
                  f"{ledger.edits} edits acknowledged so far", flush=True)
    process, recovery = start()
    lost, half, checked = verify(args.url, ledger, board)
    failures += lost + half
    recoveries.append(recovery)
    os.killpg(process.pid, signal.SIGTERM)
    code = process.wait(timeout=120)
    print(f"  final start: up {recovery:.1f} s, checked {checked} entities (lost {len(lost)}, half-applied {len(half)}); "
          f"SIGTERM: exit {code}", flush=True)
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| kills (SIGKILL) | {kills} (concurrency {args.concurrency}) |")
    print(f"| edits acknowledged | {ledger.edits} on {len(ledger.entities)} entities |")
    print(f"| lost / half-applied | {sum(1 for f in failures if 'missing' in f or 'acknowledged' in f)} / "
          f"{sum(1 for f in failures if 'description' in f or 'events' in f)} |")
    print(f"| restart to first answer | min {min(recoveries):.1f} s, median {statistics.median(recoveries):.1f} s, "
          f"max {max(recoveries):.1f} s |")
    print(f"| restart to first acknowledged edit | min {min(first_edits):.1f} s, median "
          f"{statistics.median(first_edits):.1f} s, max {max(first_edits):.1f} s |")
    print(f"| SIGTERM at the end | exit status {code} |")
    for failure in failures[:20]:
        print("  FAIL " + failure)
    sys.exit(1 if failures or code not in (0, 143) else 0)


if __name__ == "__main__":
    main()
