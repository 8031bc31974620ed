#!/usr/bin/env node
// Keeps the floor and the peer running the service's own Cypher.
//
//   node load/sync-cypher.mjs [--src /path/to/project] [--write]
//
// The service keeps its statements in Java text blocks (e.g. TraversalQueries.CHAIN), most of them composed from
// shared fragments that this script expands with the service's own classes (ExpandCypher.java; build the service
// first). load/targets/floor/target.json
// names, per scenario query, the statements the service runs ("source": "<file under serviceSources>#<CONSTANT>",
// plus how the service renders them: "format" arguments for String.formatted, "replace" for template markers) and
// the parameters it passes. This script extracts and renders those text blocks, then
//   (default) checks that load/targets/floor/<query>.cypher holds exactly them (comments and whitespace aside)
//             and that peer/typeDefs.graphql is what peer/typeDefs.template.graphql renders to; exit 1 when not;
//   --write   rewrites load/targets/floor/<query>.cypher and peer/typeDefs.graphql from the sources.
// The peer's @cypher fields take the same statement with the constant parameters ($upward, $rank, ...) written in as
// literals (a @cypher field's parameters are its GraphQL arguments); Neo4j parameterises literals before planning,
// so the plan is the same.
// --src: the project to read (default: ATEBOL_SRC, else the project this bench is in).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const LOAD = dirname(fileURLToPath(import.meta.url));
const BENCH = resolve(LOAD, "..");
const argv = process.argv.slice(2);
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
const write = argv.includes("--write");
const src = resolve(opt("--src") ?? process.env.ATEBOL_SRC ?? join(BENCH, ".."));
const floorDir = join(LOAD, "targets", "floor");
const config = JSON.parse(readFileSync(join(floorDir, "target.json"), "utf8"));

/** The value of a Java text block constant, as javac makes it (incidental indentation stripped, escapes applied). */
function textBlock(file, constant) {
  if (!existsSync(file)) throw new Error(`${file} does not exist (is ${src} a checkout with the service's queries?)`);
  const java = readFileSync(file, "utf8");
  const m = new RegExp(`\\b(?:String|Statement)\\s+${constant}\\s*=\\s*(?:Cypher\\.compose\\()?"""[ \\t]*\\n([\\s\\S]*?)"""`).exec(java);
  if (!m) throw new Error(`no text block ${constant} in ${file}`);
  const lines = m[1].split("\n");
  const last = lines[lines.length - 1]; // whitespace before the closing delimiter (or the last content line)
  const significant = lines.filter((l, i) => l.trim() !== "" || i === lines.length - 1);
  const indent = Math.min(...significant.map((l) => (l.trim() === "" && l !== last ? Infinity : l.match(/^[ \t]*/)[0].length)));
  let text = lines.map((l) => l.slice(Math.min(indent, l.match(/^[ \t]*/)[0].length)).replace(/[ \t]+$/, "")).join("\n");
  text = text.replace(/\\\n/g, "").replace(/\\(["\\nt'])/g, (_, c) => ({ n: "\n", t: "\t" })[c] ?? c);
  return text;
}

function render(stmt) {
  const [file, constant] = stmt.source.split("#");
  let text = textBlock(join(src, config.serviceSources, file), constant);
  if (stmt.format) {
    let i = 0;
    text = text.replace(/%(\d+\$)?d|%%/g, (all, pos) => (all === "%%" ? "%" : String(stmt.format[pos ? Number(pos.slice(0, -1)) - 1 : i++])));
  }
  for (const [from, to] of Object.entries(stmt.replace ?? {})) text = text.split(from).join(to);
  if (text.includes("{{")) text = expand(text, stmt.source);
  return text.trim();
}

/**
 * The service composes most statements from shared fragments ({{holds(r, a, b)}}, {{entity(e)}}, ...: the date
 * rules in one place); its own cymru.atebol.neo4j.Cypher expands them, run from the service's compiled classes.
 */
function expand(text, source) {
  const classes = join(src, "target", "classes");
  if (!existsSync(join(classes, "cymru", "atebol", "neo4j", "Cypher.class"))) {
    throw new Error(`${source} is composed from fragments; build the service first (./mvnw -q -DskipTests compile in ${src})`);
  }
  const jdk = process.env.JAVA25_HOME ?? "/usr/lib/jvm/temurin-25-jdk-amd64";
  const java = existsSync(join(jdk, "bin", "java")) ? join(jdk, "bin", "java") : "java";
  const run = spawnSync(java, ["-cp", classes, join(LOAD, "ExpandCypher.java")], { input: text, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${source}: expanding its fragments failed: ${run.stderr.trim().split("\n")[0]}`);
  return run.stdout;
}

const normalise = (s) => s.replace(/^\s*\/\/.*$/gm, "").replace(/\s+/g, " ").trim();

function floorFile(query, q) {
  const parts = q.statements.map((stmt, i) =>
    `// statement ${i + 1} of ${q.statements.length}: ${stmt.source}${stmt.format ? ` formatted with ${JSON.stringify(stmt.format)}` : ""}${stmt.replace ? ` with ${JSON.stringify(stmt.replace)}` : ""}\n${render(stmt)}`);
  return `// The floor for "${query}": GENERATED from the service's sources by bench/load/sync-cypher.mjs --write; do not edit.\n`
    + `// ${q.why ?? "The statement the service runs for this query."} Parameters: load/targets/floor/target.json.\n`
    + parts.join("\n;\n") + "\n";
}

function cypherLiteral(v) {
  if (v === null) return "null";
  if (typeof v === "string") return `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(", ")}]`;
  return `{${Object.entries(v).map(([k, x]) => `${k}: ${cypherLiteral(x)}`).join(", ")}}`;
}

/** The statement for a peer @cypher field: constant parameters as literals, indented into a GraphQL block string. */
function peerStatement(stmt, indent) {
  let text = render(stmt);
  for (const [k, v] of Object.entries(stmt.params ?? {})) {
    if (v === null || (typeof v === "string" && v.startsWith("$"))) continue; // stays a parameter: a field argument
    text = text.replace(new RegExp(`\\$${k}\\b`, "g"), cypherLiteral(v));
  }
  if (text.includes('"""')) throw new Error(`${stmt.source} contains """: cannot go into a GraphQL block string`);
  return text.split("\n").map((l) => (l ? indent + l : l)).join("\n");
}

let problems = 0;
for (const [query, q] of Object.entries(config.queries)) {
  let wanted;
  try {
    wanted = floorFile(query, q);
  } catch (e) {
    problems++;
    console.log(`CANNOT CHECK ${query}: ${e.message}`);
    continue;
  }
  const file = join(floorDir, `${query}.cypher`);
  if (write) {
    writeFileSync(file, wanted);
    console.log(`wrote ${file}`);
  } else if (!existsSync(file) || normalise(readFileSync(file, "utf8")) !== normalise(wanted)) {
    problems++;
    console.log(`OUT OF SYNC: load/targets/floor/${query}.cypher differs from ${q.statements.map((s) => s.source).join(" + ")} in ${src}`);
  } else {
    console.log(`in sync: load/targets/floor/${query}.cypher = ${q.statements.map((s) => s.source).join(" + ")}`);
  }
}

const template = readFileSync(join(BENCH, "peer", "typeDefs.template.graphql"), "utf8");
let peer;
try {
  peer = template.replace(/^([ \t]*)\{\{(\w+)\}\}[ \t]*$/gm, (_, indent, name) => {
  const q = config.queries[name.toLowerCase()];
  if (!q || q.statements.length !== 1) throw new Error(`template marker {{${name}}}: no single-statement query ${name.toLowerCase()}`);
  return peerStatement(q.statements[0], indent);
  });
} catch (e) {
  console.log(`CANNOT RENDER peer/typeDefs.graphql: ${e.message}`);
  process.exit(1);
}
const peerFile = join(BENCH, "peer", "typeDefs.graphql");
const header = "# GENERATED from peer/typeDefs.template.graphql and the service's Cypher by bench/load/sync-cypher.mjs --write; do not edit.\n";
if (write && problems) {
  console.log("not writing peer/typeDefs.graphql: some statements could not be read");
} else if (write) {
  writeFileSync(peerFile, header + peer);
  console.log(`wrote ${peerFile}`);
} else if (!existsSync(peerFile) || readFileSync(peerFile, "utf8") !== header + peer) {
  problems++;
  console.log("OUT OF SYNC: peer/typeDefs.graphql is not what peer/typeDefs.template.graphql renders to with the service's Cypher");
} else {
  console.log("in sync: peer/typeDefs.graphql (@cypher accountabilityChain, subgraph)");
}
if (problems) {
  console.log(`${problems} out of sync: run node load/sync-cypher.mjs --write (then restart the peer), and review the diff`);
  process.exit(1);
}
