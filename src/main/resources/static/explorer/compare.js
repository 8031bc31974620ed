// Compare two dates: what was added, removed, renamed and moved between them (Query.diff), drawn as a
// chart of the changed part of the graph and listed with the change events and their sources, with
// the network files of both dates to download. The address `#/compare?from=…&to=…` keeps the view.
import cytoscape from '../webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import * as api from './api.js';
import { formatDate, isIsoDate, today } from './dates.js';
import { el, entityHref } from './dom.js';
import { citation } from './panels.js';
import { changeLabel, kindLabel, relationPhrase } from './words.js';

/** The marks, each with its colour and how the legend and lists say it. */
const MARKS = {
  added: { colour: '#1d7a46', words: 'added' },
  removed: { colour: '#a4161a', words: 'removed' },
  renamed: { colour: '#a34d00', words: 'renamed' },
  moved: { colour: '#5b3f8c', words: 'moved' },
  context: { colour: '#55606e', words: 'unchanged' },
};

/** Whether an address is the compare view's. */
export function isCompareHash(hash) {
  return /^#\/compare(\?|$)/.test(hash);
}

/** The compare view's address. */
export function compareHref(from, to) {
  return `#/compare?${new URLSearchParams({ from, to })}`;
}

export class CompareView {
  constructor(root) {
    this.root = root;
    this.$ = (id) => root.querySelector(`#${id}`);
    this.cy = null;
    this.loads = 0;
    this.$('compare-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const from = this.$('compare-from').value;
      const to = this.$('compare-to').value;
      if (!isIsoDate(from) || !isIsoDate(to)) {
        this.$('compare-status').textContent = 'Give both dates as YYYY-MM-DD.';
        return;
      }
      location.hash = compareHref(from, to);
    });
  }

  /** Shows the comparison the address names (defaults: a year ago and today). */
  async show(hash) {
    const params = new URLSearchParams(hash.split('?')[1] ?? '');
    const to = isIsoDate(params.get('to')) ? params.get('to') : today();
    const from = isIsoDate(params.get('from')) ? params.get('from') : `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    const generation = ++this.loads;
    document.body.dataset.state = 'loading';
    document.title = `Compare ${from} and ${to} – Atebol explorer`;
    this.$('compare-from').value = from;
    this.$('compare-to').value = to;
    this.$('compare-status').textContent = 'Comparing…';
    this.$('compare-downloads').replaceChildren(downloads(from), downloads(to), history());
    try {
      const diff = await api.diff(from, to);
      if (generation !== this.loads) return;
      const changes = describe(diff);
      this.draw(changes);
      this.list(changes, diff);
      this.$('compare-status').textContent = summary(changes, diff);
    } catch (e) {
      if (generation !== this.loads) return;
      this.$('compare-status').textContent = `The API could not answer: ${e.message}`;
      this.$('compare-lists').replaceChildren();
      this.cy?.elements().remove();
    }
    if (generation === this.loads) {
      document.body.dataset.state = 'ready';
      document.body.dataset.loads = String(Number(document.body.dataset.loads ?? 0) + 1);
    }
  }

  /** The changed part of the graph: every entity a change touched, every relationship that began or ended. */
  draw(changes) {
    if (!this.cy) {
      this.cy = cytoscape({ container: this.$('compare-chart'), style: style(), wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 3 });
      this.cy.on('dbltap', 'node', (event) => { location.hash = entityHref(event.target.id(), { asOf: this.to }); });
    }
    this.to = changes.to;
    const elements = [];
    for (const [id, node] of changes.nodes) {
      elements.push({ group: 'nodes', data: { id, label: node.label, mark: node.mark } });
    }
    for (const edge of changes.edges) {
      elements.push({ group: 'edges', data: { id: edge.id, source: edge.from.id, target: edge.to.id, mark: edge.mark, label: relationPhrase(edge.type) } });
    }
    this.cy.elements().remove();
    this.cy.add(elements);
    this.cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, padding: 20 }).run();
    this.cy.fit(undefined, 20);
  }

  /** The same changes as lists, then the change events with their sources. */
  list(changes, diff) {
    const sections = [
      section('Added', 'added', diff.entitiesAdded.map((e) => entityItem(e, changes.to))),
      section('Removed', 'removed', diff.entitiesRemoved.map((e) => entityItem(e, changes.from))),
      section('Renamed', 'renamed', diff.renamed.map((r) => el('li', {}, `${r.fromName} → ${r.toName}`))),
      section('Moved', 'moved', changes.moves.map((m) => el('li', { 'data-entity': m.from.id },
        `${m.from.name} (${relationPhrase(m.type)}): from ${m.before.name} to ${m.after.name}`))),
      section('Relationships that began', 'added', changes.started.map((r) => relationshipItem(r))),
      section('Relationships that ended', 'removed', changes.ended.map((r) => relationshipItem(r))),
    ];
    const events = el('section', { class: 'compare-events' }, el('h3', {}, `Change events (${diff.events.length})`),
      diff.events.length ? el('ol', { id: 'compare-event-list' }, diff.events.map(eventItem)) : el('p', {}, 'None recorded between these dates.'));
    this.$('compare-lists').replaceChildren(...sections, events);
  }

  /** For tests and the curious: what the chart shows, with each element's mark. */
  drawn() {
    return this.cy ? this.cy.elements().map((e) => ({ id: e.id(), group: e.group(), mark: e.data('mark'), source: e.data('source'), target: e.data('target') })) : [];
  }
}

/**
 * Reads the diff: a relationship that ended and another of the same type from the same entity that
 * began is a move (Bridgend from one health board's area to another's); both ends of every changed
 * relationship are drawn, marked by what happened to them.
 */
function describe(diff) {
  const nodes = new Map();
  const mark = (entity, value, label = entity.name) => {
    const known = nodes.get(entity.id);
    if (!known || known.mark === 'context') nodes.set(entity.id, { label, mark: value });
  };
  const moves = [];
  const movedEdges = new Set();
  for (const ended of diff.relationshipsEnded) {
    const started = diff.relationshipsStarted.find((s) => s.from.id === ended.from.id && s.type === ended.type && s.to.id !== ended.to.id);
    if (started) {
      moves.push({ from: started.from, type: started.type, before: ended.to, after: started.to });
      movedEdges.add(ended.id).add(started.id);
    }
  }
  diff.entitiesAdded.forEach((e) => mark(e, 'added'));
  diff.entitiesRemoved.forEach((e) => mark(e, 'removed'));
  diff.renamed.forEach((r) => mark(r.entity, 'renamed', `${r.fromName} → ${r.toName}`));
  moves.forEach((m) => mark(m.from, 'moved'));
  const edges = [];
  for (const [list, value] of [[diff.relationshipsStarted, 'added'], [diff.relationshipsEnded, 'removed']]) {
    for (const r of list) {
      mark(r.from, 'context');
      mark(r.to, 'context');
      edges.push({ ...r, mark: movedEdges.has(r.id) ? `moved-${value}` : value });
    }
  }
  return { from: diff.from, to: diff.to, nodes, edges, moves, started: diff.relationshipsStarted, ended: diff.relationshipsEnded };
}

function summary(changes, diff) {
  return `${formatDate(diff.from)} → ${formatDate(diff.to)}: ${diff.entitiesAdded.length} added, ${diff.entitiesRemoved.length} removed, `
    + `${diff.renamed.length} renamed, ${changes.moves.length} moved; ${diff.relationshipsStarted.length} relationships began, `
    + `${diff.relationshipsEnded.length} ended; ${diff.events.length} change events.`;
}

function section(title, mark, items) {
  return el('section', { class: `compare-list mark-${mark}` }, el('h3', {}, `${title} (${items.length})`),
    items.length ? el('ul', {}, items) : el('p', { class: 'small' }, 'None.'));
}

function entityItem(entity, asOf) {
  return el('li', { 'data-entity': entity.id }, el('a', { href: entityHref(entity.id, { asOf }) }, entity.name), ` (${kindLabel(entity.kind)})`);
}

function relationshipItem(r) {
  return el('li', { 'data-relationship': r.id }, `${r.from.name} ${relationPhrase(r.type)} ${r.to.name}`,
    el('span', { class: 'small' }, ` (${r.validFrom ? formatDate(r.validFrom, r.validFromPrecision) : 'start not known'} – ${r.validTo ? formatDate(r.validTo, r.validToPrecision) : 'now'})`));
}

function eventItem(event) {
  return el('li', { 'data-event': event.id },
    el('span', { class: 'when' }, formatDate(event.date, event.datePrecision)), ' ',
    el('span', { class: `change change-${event.kind.toLowerCase()}` }, changeLabel(event.kind)), ' ',
    el('span', { class: 'what' }, event.description),
    el('ol', { class: 'sources' }, event.sources.map(citation)));
}

/** The files of one date: the network files and the tables. */
function downloads(date) {
  const files = [
    ['GraphML', `${date}.graphml`], ['GEXF', `${date}.gexf`], ['node-link JSON', `${date}.nodelink.json`],
    ['relationships CSV', `${date}.csv`], ['entities CSV', `${date}/entities.csv`], ['JSON-LD', `${date}.jsonld`],
  ];
  return el('p', {}, el('strong', {}, `${formatDate(date)}: `),
    files.flatMap(([label, file], i) => [i ? ' · ' : '', el('a', { href: `export/${file}`, download: '', 'data-format': label }, label)]));
}

function history() {
  const files = [['dynamic GEXF', 'history.gexf'], ['edge spells CSV', 'history/spells.csv'], ['vertex spells CSV', 'history/vertex-spells.csv']];
  return el('p', {}, el('strong', {}, 'The whole history: '),
    files.flatMap(([label, file], i) => [i ? ' · ' : '', el('a', { href: `export/${file}`, download: '', 'data-format': label }, label)]));
}

function style() {
  const colour = (mark) => MARKS[mark.replace(/^moved-/, '')]?.colour ?? MARKS.context.colour;
  return [
    { selector: 'node', style: { label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 140, 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22, 'background-color': '#fff', 'border-width': 4, 'border-color': (n) => colour(n.data('mark')) } },
    { selector: 'node[mark = "removed"]', style: { 'border-style': 'dashed' } },
    { selector: 'node[mark = "context"]', style: { 'border-width': 2 } },
    { selector: 'edge', style: { width: 3, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': (e) => colour(e.data('mark')), 'target-arrow-color': (e) => colour(e.data('mark')), label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: 'edge[mark = "removed"], edge[mark = "moved-removed"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[mark = "moved-added"], edge[mark = "moved-removed"]', style: { width: 5 } },
  ];
}
