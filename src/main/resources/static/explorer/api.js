// The explorer's only way to the data: the public GraphQL API (POST /graphql). Every document is
// written against schema/*.graphqls; nothing here knows about Neo4j.

/** An error the API reported (GraphQL `errors`) or a failed HTTP exchange, with a readable message. */
export class ApiError extends Error {
  constructor(message, details = []) {
    super(message);
    this.name = 'ApiError';
    this.details = details;
  }
}

/** Posts one GraphQL document; resolves to `data`, rejects with an ApiError saying what went wrong. */
export async function graphql(query, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch('graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
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
    changes(entity: $id, first: 100) {
      totalCount
      edges {
        node {
          id kind date datePrecision description derived
        }
      }
    }
  }`;

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

export const changes = (id, options) =>
  graphql(CHANGES, { id }, options).then((d) => d.changes.edges.map((e) => e.node));
