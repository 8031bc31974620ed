// The peer: the Neo4j GraphQL Library (@neo4j/graphql) + Apollo Server + neo4j-driver over the bench Neo4j,
// with type definitions for Atebol's graph model (typeDefs.graphql).
// Env: NEO4J_URI (bolt://127.0.0.1:17687), PEER_HOST (127.0.0.1), PEER_PORT (14000), NEO4J_POOL (100),
//      PEER_DEBUG_CYPHER=1 to print generated Cypher (do not benchmark with it on).
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:17687";
const host = process.env.PEER_HOST ?? "127.0.0.1";
const port = Number(process.env.PEER_PORT ?? 14000);
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");

const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "unused"), {
  maxConnectionPoolSize: Number(process.env.NEO4J_POOL ?? 100),
  disableLosslessIntegers: true,
});
await driver.verifyConnectivity();

const neoSchema = new Neo4jGraphQL({ typeDefs, driver, debug: process.env.PEER_DEBUG_CYPHER === "1" });
const t0 = Date.now();
const schema = await neoSchema.getSchema();
console.log(`schema built in ${Date.now() - t0} ms`);

const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, { listen: { host, port } });
const dbVersion = (await driver.executeQuery("CALL dbms.components() YIELD versions RETURN versions[0] AS v")).records[0].get("v");
console.log(`peer @neo4j/graphql over Neo4j ${dbVersion} at ${uri}`);
console.log(`READY http://${host}:${port}/graphql (${url})`);

for (const sig of ["SIGTERM", "SIGINT"]) {
  process.on(sig, async () => {
    await server.stop().catch(() => {});
    await driver.close().catch(() => {});
    process.exit(0);
  });
}
