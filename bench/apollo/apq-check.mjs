#!/usr/bin/env node
// Apollo Client (@apollo/client 4, its PersistedQueryLink with GET for hashed queries, HttpLink) against the
// running service: the Automatic Persisted Queries round trip as Apollo speaks it.
//   cd bench/apollo && npm ci && node apq-check.mjs http://127.0.0.1:18310/graphql
// Checks, printing every HTTP exchange: (1) an unknown hash goes as a GET, is answered PersistedQueryNotFound,
// and the link sends the query with its hash (POST) and gets the answer; (2) the same query again is a GET with
// the hash only, answered; (3) a new client (nothing remembered on its side) gets the answer from a GET at once;
// (4) the answers are the same. Exit code 1 on any failed check.
import { createHash, randomUUID } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";

const url = process.argv[2] ?? "http://127.0.0.1:18310/graphql";
const exchanges = [];
const recordingFetch = async (input, init = {}) => {
  const response = await fetch(input, init);
  const body = await response.clone().text();
  const sent = init.body ? JSON.parse(init.body) : null;
  exchanges.push({
    method: init.method ?? "GET",
    withText: sent ? typeof sent.query === "string" : new URL(String(input)).searchParams.has("query"),
    status: response.status,
    xCache: response.headers.get("x-cache"),
    etag: response.headers.get("etag"),
    body: body.slice(0, 160),
  });
  return response;
};

const client = () => new ApolloClient({
  cache: new InMemoryCache(),
  link: new PersistedQueryLink({
    sha256: (text) => createHash("sha256").update(text).digest("hex"),
    useGETForHashedQueries: true,
  }).concat(new HttpLink({ uri: url, fetch: recordingFetch })),
});

// a query text no earlier run has sent (a comment makes it unique), so its hash is unknown to the service
const QUERY = gql`
  # apollo check ${randomUUID()}
  query ApolloCheck($text: String!) { search(text: $text, first: 3) { score entity { id name kind } } }
`;

let failures = 0;
const check = (ok, what) => { console.log(`${ok ? "ok  " : "FAIL"} ${what}`); if (!ok) failures++; };
const run = async (c) => (await c.query({ query: QUERY, variables: { text: "Swansea" }, fetchPolicy: "network-only" })).data;

const first = client();
const a = await run(first);
const round1 = exchanges.splice(0);
console.log("round 1:", JSON.stringify(round1, null, 1));
check(round1.length === 2, "first query: two exchanges");
check(round1[0]?.method === "GET" && !round1[0].withText && round1[0].body.includes("PERSISTED_QUERY_NOT_FOUND"),
  "first exchange: GET with the hash only, answered PersistedQueryNotFound");
check(round1[1]?.method === "POST" && round1[1].withText && round1[1].status === 200,
  "second exchange: POST with the query and its hash, answered");
const b = await run(first);
const round2 = exchanges.splice(0);
console.log("round 2:", JSON.stringify(round2, null, 1));
check(round2.length === 1 && round2[0].method === "GET" && !round2[0].withText && round2[0].status === 200,
  "same client again: one GET with the hash only, answered");
const c = await run(client());
const round3 = exchanges.splice(0);
check(round3.length === 1 && round3[0].method === "GET" && round3[0].status === 200,
  "new client: one GET with the hash only, answered (the service kept the text)");
check(a?.search?.length > 0, `answer has ${a?.search?.length} hits`);
check(JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(b) === JSON.stringify(c), "the three answers are the same");
console.log(failures ? `${failures} check(s) failed` : "Apollo Client's persisted-queries link works against the service");
process.exit(failures ? 1 : 0);
