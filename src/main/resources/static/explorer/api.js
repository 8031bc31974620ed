// The explorer's only way to the data: the public GraphQL API (/graphql). Every document is
// written against schema/*.graphqls; nothing here knows about Neo4j. Queries go as GETs that name the
// document by its SHA-256 hash (Automatic Persisted Queries), so browsers and caches can keep the
// answers (ETag, 304); the text is sent once, by POST, when the service does not know the hash yet.

/** An error the API reported (GraphQL `errors`) or a failed HTTP exchange, with a readable message. */
export class ApiError extends Error {
  constructor(message, details = []) {
    super(message);
    this.name = 'ApiError';
    this.details = details;
  }
}

const ACCEPT = 'application/graphql-response+json, application/json';
const hashes = new Map();

/** The document's SHA-256 (hex), or null where the browser offers no digest (plain http off localhost). */
async function sha256(text) {
  if (!globalThis.crypto?.subtle) return null;
  if (!hashes.has(text)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    hashes.set(text, Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''));
  }
  return hashes.get(text);
}

async function exchange(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The service could not be reached. Is it running?');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The service answered HTTP ${response.status} without a GraphQL response.`);
  }
  return { response, body };
}

const notFound = (body) => body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');

/** Runs one GraphQL query; resolves to `data`, rejects with an ApiError saying what went wrong. */
export async function graphql(query, variables = {}, { signal } = {}) {
  const hash = await sha256(query);
  const extensions = hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined;
  let result = null;
  if (hash) {
    const params = new URLSearchParams({ variables: JSON.stringify(variables), extensions: JSON.stringify(extensions) });
    result = await exchange(`graphql?${params}`, { headers: { Accept: ACCEPT }, signal });
  }
  if (!result || notFound(result.body)) {
    result = await exchange('graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: ACCEPT },
      body: JSON.stringify({ query, variables, extensions }),
      signal,
    });
  }
  const { response, body } = result;
  if (body.errors && body.errors.length > 0) {
    const details = body.errors.map(describeError);
    throw new ApiError(details.join(' '), body.errors);
  }
  if (!response.ok) throw new ApiError(`The service answered HTTP ${response.status}.`);
  return body.data;
}

function describeError(error) {
  const classification = error.extensions?.classification;
  const where = error.path ? ` (at ${error.path.join('.')})` : '';
  return `${classification ? `${classification}: ` : ''}${error.message}${where}`;
}

// Fragments shared by the documents below.
const ENTITY_LABEL = `
  fragment EntityLabel on Entity {
    id name(asOf: $asOf) nameCy(asOf: $asOf) shortName(asOf: $asOf) kind
  }`;

const CITATION = `
  fragment CitationParts on Citation {
    section
    source { id title publisher date url file tier }
  }`;

const SEARCH = `
  query ExplorerSearch($text: String!, $asOf: Date) {
    search(text: $text, asOf: $asOf, first: 10) {
      score matchedName
      entity { ...EntityLabel }
    }
  }
  ${ENTITY_LABEL}`;

// `entity(id, asOf)` is null when the entity did not exist on the date; `any` fetches it whatever
// its dates, so the page can still say what it is and when it existed.
const ENTITY = `
  query ExplorerEntity($id: ID!, $asOf: Date) {
    onDate: entity(id: $id, asOf: $asOf) { id }
    any: entity(id: $id) {
      ...EntityLabel
      description note aliases
      validFrom validFromPrecision validTo validToPrecision
      start { basis date precision }
      codes { ods wikidata ons gpCluster }
      names { name nameCy shortName validFrom validFromPrecision validTo validToPrecision }
      counts { of value asOf asOfPrecision note }
      sources { ...CitationParts }
    }
  }
  ${ENTITY_LABEL}
  ${CITATION}`;

const CHAIN = `
  query ExplorerChain($id: ID!, $asOf: Date) {
    accountabilityChain(from: $id, asOf: $asOf) {
      truncated
      routes {
        steps {
          relationship { id type upward validFrom validFromPrecision validTo validToPrecision }
          entity { ...EntityLabel }
        }
      }
    }
  }
  ${ENTITY_LABEL}`;

const SUBGRAPH = `
  query ExplorerSubgraph($id: ID!, $depth: Int!, $types: [RelationType!], $asOf: Date, $limit: Int) {
    subgraph(root: $id, direction: DOWN, depth: $depth, types: $types, asOf: $asOf, limit: $limit) {
      truncated
      nodes { depth hasChildren entity { ...EntityLabel } }
      edges { id type upward from { id } to { id } validFrom validTo }
    }
  }
  ${ENTITY_LABEL}`;

const CHANGES = `
  query ExplorerChanges($id: ID!) {
    entity(id: $id) { start { basis date precision } }
    changes(entity: $id, first: 100) {
      totalCount
      edges {
        node {
          id kind date datePrecision description derived
        }
      }
    }
  }`;

const RELATIONSHIP_CHANGE = `
  fragment RelationshipChange on Relationship {
    id type upward validFrom validFromPrecision validTo validToPrecision
    sources { ...CitationParts }
  }`;

// Entities are named as they were on the date where they were seen: `from` for what ended or was
// removed, `to` for what began or was added.
const DIFF = `
  query ExplorerDiff($from: Date!, $to: Date!) {
    diff(from: $from, to: $to) {
      from to
      entitiesAdded { id name(asOf: $to) kind }
      entitiesRemoved { id name(asOf: $from) kind }
      renamed { entity { id name(asOf: $to) kind } fromName toName }
      relationshipsStarted {
        ...RelationshipChange
        from { id name(asOf: $to) kind } to { id name(asOf: $to) kind }
      }
      relationshipsEnded {
        ...RelationshipChange
        from { id name(asOf: $from) kind } to { id name(asOf: $from) kind }
      }
      events { id kind date datePrecision description sources { ...CitationParts } }
    }
  }
  ${RELATIONSHIP_CHANGE}
  ${CITATION}`;

export const diff = (from, to, options) => graphql(DIFF, { from, to }, options).then((d) => d.diff);

// The words the page uses for kinds and relationship types, and which types are drawn how: the
// vocabulary the service defines (graph-seed/vocabulary.yaml), so the page keeps no copy of it.
const VOCABULARY = `
  query ExplorerVocabulary {
    vocabulary {
      kinds { kind label labelCy }
      relationTypes { type upward dotted label labelCy }
    }
  }`;

export const vocabulary = (options) => graphql(VOCABULARY, {}, options).then((d) => d.vocabulary);

export const search = (text, asOf, options) => graphql(SEARCH, { text, asOf }, options).then((d) => d.search);

export const entity = (id, asOf, options) => graphql(ENTITY, { id, asOf }, options);

export const chain = (id, asOf, options) =>
  graphql(CHAIN, { id, asOf }, options).then((d) => d.accountabilityChain);

export const subgraph = (id, { depth, types, asOf, limit }, options) =>
  graphql(SUBGRAPH, { id, depth, types, asOf, limit }, options).then((d) => d.subgraph);

/** The entity's change events, and how its start is known (for the timeline's first entry). */
export const timeline = (id, options) =>
  graphql(CHANGES, { id }, options).then((d) => ({
    start: d.entity?.start ?? null,
    events: d.changes.edges.map((e) => e.node),
  }));
