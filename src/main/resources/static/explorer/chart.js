// The org chart: what sits below an entity, drawn with Cytoscape.js (a WebJar) and mirrored as a
// keyboard-usable nested list. Nodes are loaded lazily: a node whose children are not loaded yet
// fetches them with one more `subgraph` call (depth 1) when it is opened.
import cytoscape from '../webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import * as api from './api.js';
import { FAMILY_COLOURS, dottedTypes, kindFamily, kindLabel, relationPhrase, upwardTypes, welshName } from './words.js';
import { el, entityHref } from './dom.js';

const LIMIT = 150;
const NODE_WIDTH = 150;
const NODE_HEIGHT = 50;
const GAP_X = 24;
const GAP_Y = 34;
const MIN_READABLE_ZOOM = 0.8;
const MAX_FIT_ZOOM = 1.1;
const PADDING = 24;
const MIN_HEIGHT = 220;

export class OrgChart {
  constructor({ canvas, outline, summary, onOpen, onError }) {
    this.outline = outline;
    this.summary = summary;
    this.onOpen = onOpen;
    this.onError = onError;
    this.generation = 0;
    this.reset();
    this.cy = cytoscape({
      container: canvas,
      style: chartStyle(),
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => this.toggle(event.target.id()));
    this.cy.on('dbltap', 'node', (event) => this.onOpen(event.target.id()));
  }

  reset() {
    this.rootId = null;
    this.nodes = new Map(); // id -> { entity, hasChildren, loaded, open }
    this.edges = new Map(); // id -> relationship
    this.truncated = false;
  }

  /** Loads the chart below `rootId` as of `view.asOf` (null: today), replacing what was drawn. */
  async load(rootId, view) {
    const generation = ++this.generation;
    this.view = view;
    this.reset();
    this.rootId = rootId;
    const graph = await api.subgraph(rootId, this.query(view.depth));
    if (generation !== this.generation) return false;
    this.merge(graph, view.depth);
    this.render();
    return true;
  }

  /** Draws what is loaded again for a view that differs only in how it is drawn (the labels' language). */
  redraw(view) {
    this.view = view;
    this.render();
  }

  /** Opens or closes a node; opening one whose children are not loaded yet fetches them. */
  async toggle(id) {
    const node = this.nodes.get(id);
    if (!node || !node.hasChildren) return;
    if (node.open) {
      node.open = false;
      this.render();
      return;
    }
    if (!node.loaded) {
      const generation = this.generation;
      node.loading = true;
      this.render();
      try {
        const graph = await api.subgraph(id, this.query(1));
        if (generation !== this.generation) return;
        this.merge(graph, 1);
      } catch (e) {
        this.onError(e);
        return;
      } finally {
        node.loading = false;
        if (generation === this.generation && !node.loaded) this.render();
      }
    }
    node.open = true;
    this.render();
  }

  query(depth) {
    // Upward types plus the dotted lines (both from the vocabulary) when dotted lines are on.
    const types = this.view.dotted ? [...upwardTypes(), ...dottedTypes()] : null;
    return { depth, types, asOf: this.view.asOf, limit: LIMIT };
  }

  merge(graph, depth) {
    for (const { entity, depth: d, hasChildren } of graph.nodes) {
      const known = this.nodes.get(entity.id);
      const loaded = d < depth && !graph.truncated;
      if (known) {
        known.loaded ||= loaded;
        known.open ||= d < depth;
      } else {
        this.nodes.set(entity.id, { entity, hasChildren, loaded, open: d < depth });
      }
    }
    for (const edge of graph.edges) this.edges.set(edge.id, edge);
    this.truncated ||= graph.truncated;
  }

  /** Children of a node: the `from` ends of relationships that end at it. */
  children(id) {
    const result = [];
    for (const edge of this.edges.values()) {
      if (edge.to.id === id && this.nodes.has(edge.from.id)) result.push({ edge, id: edge.from.id });
    }
    return result.sort((a, b) => label(this.nodes.get(a.id).entity, 'en').localeCompare(label(this.nodes.get(b.id).entity, 'en')));
  }

  /** The nodes reachable from the root through open nodes, and the relationships between them. */
  visible() {
    const ids = new Set([this.rootId]);
    const queue = [this.rootId];
    while (queue.length > 0) {
      const id = queue.shift();
      if (!this.nodes.get(id)?.open) continue;
      for (const child of this.children(id)) {
        if (!ids.has(child.id)) {
          ids.add(child.id);
          queue.push(child.id);
        }
      }
    }
    // Every loaded relationship between drawn nodes is drawn, so a node with two parents shows both lines.
    const edges = [...this.edges.values()].filter((e) => ids.has(e.from.id) && ids.has(e.to.id));
    return { ids, edges };
  }

  render() {
    if (!this.nodes.has(this.rootId)) {
      this.cy.elements().remove();
      this.renderOutline(null);
      this.summary.textContent = 'Nothing to draw: the entity did not exist on this date.';
      return;
    }
    const { ids, edges } = this.visible();
    const lang = this.view.labels;
    const elements = [];
    for (const id of ids) {
      const node = this.nodes.get(id);
      const more = node.hasChildren && !node.open;
      elements.push({
        group: 'nodes',
        data: { id, name: node.entity.name, label: label(node.entity, lang) + (node.loading ? ' …' : more ? '  +' : ''), colour: FAMILY_COLOURS[kindFamily(node.entity.kind)] },
        classes: [id === this.rootId ? 'root' : '', more ? 'more' : ''].join(' '),
      });
    }
    const layout = layered(this.rootId, ids, edges, this.cy.width());
    for (const edge of edges) {
      // a line between two bodies of the same level would run hidden behind the boxes between them: arc it
      const sibling = layout.level.get(edge.from.id) === layout.level.get(edge.to.id);
      elements.push({
        group: 'edges',
        data: { id: edge.id, source: edge.from.id, target: edge.to.id, type: relationPhrase(edge.type, lang) },
        classes: [edge.upward ? 'line' : 'dotted', sibling ? 'sibling' : ''].join(' '),
      });
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    this.cy.layout({
      name: 'preset',
      positions: layout.positions,
      fit: false,
      animate: false,
    }).run();
    // Arcs between bodies of one level rise above the row, higher the further apart the bodies are.
    this.cy.edges('.sibling').forEach((edge) => {
      const from = edge.source().position();
      const to = edge.target().position();
      const rise = NODE_HEIGHT * 0.7 + Math.abs(to.x - from.x) * 0.15 + Math.abs(to.y - from.y) * 0.3;
      edge.style('control-point-distances', [from.x <= to.x ? -rise : rise]);
    });
    this.frame();
    this.renderOutline(ids);
  }

  /** The accessible twin of the chart: a nested list with a toggle button and a link per node. */
  renderOutline(ids) {
    this.outline.replaceChildren();
    if (!ids) return;
    const multiParent = new Set();
    const parents = new Map();
    for (const edge of this.edges.values()) {
      if (!ids.has(edge.from.id) || !ids.has(edge.to.id)) continue;
      parents.set(edge.from.id, (parents.get(edge.from.id) ?? new Set()).add(edge.to.id));
    }
    for (const [id, set] of parents) if (set.size > 1 && id !== this.rootId) multiParent.add(id);
    const list = el('ul', { class: 'tree', role: 'list' });
    list.append(this.outlineItem(this.rootId, null, new Set(), multiParent, parents));
    this.outline.append(list);
    const count = ids.size - 1;
    const dotted = this.view.dotted ? ' (accountability lines and dotted lines)' : ' (accountability lines)';
    this.summary.textContent = count === 0
      ? 'Nothing sits below this entity on this date' + dotted + '.'
      : `Showing ${count} ${count === 1 ? 'entity' : 'entities'} below${dotted}.`
        + (this.truncated ? ` The chart stops at ${LIMIT} entities: open a node to see more of it.` : '');
  }

  outlineItem(id, edge, path, multiParent, parents) {
    const node = this.nodes.get(id);
    const { entity } = node;
    const item = el('li', { 'data-entity': id });
    const row = el('div', { class: 'tree-row' });
    if (node.hasChildren) {
      const button = el('button', {
        type: 'button',
        class: 'toggle',
        'aria-expanded': String(node.open),
        'aria-label': `${node.open ? 'Close' : 'Open'} ${entity.name}`,
      }, node.loading ? '…' : node.open ? '−' : '+');
      button.addEventListener('click', () => this.toggle(id).then(() => this.focusToggle(id)));
      row.append(button);
    } else {
      row.append(el('span', { class: 'toggle-space', 'aria-hidden': 'true' }));
    }
    const link = el('a', { href: entityHref(id, this.view), class: `kind-${kindFamily(entity.kind)}` }, entity.name);
    link.addEventListener('focus', () => this.highlight(id));
    link.addEventListener('mouseenter', () => this.highlight(id));
    row.append(link);
    if (welshName(entity)) row.append(el('span', { class: 'cy', lang: 'cy' }, welshName(entity)));
    row.append(el('span', { class: 'kind' }, kindLabel(entity.kind)));
    if (edge) {
      row.append(el('span', { class: edge.upward ? 'rel' : 'rel dotted' },
        (edge.upward ? '' : 'dotted line: ') + relationPhrase(edge.type)));
    }
    if (multiParent.has(id)) {
      row.append(el('span', { class: 'rel multi' }, `${parents.get(id).size} parents in this chart`));
    }
    item.append(row);
    if (node.open && !path.has(id)) {
      const children = this.children(id);
      if (children.length > 0) {
        const list = el('ul', { role: 'list' });
        const nextPath = new Set(path).add(id);
        for (const child of children) list.append(this.outlineItem(child.id, child.edge, nextPath, multiParent, parents));
        item.append(list);
      }
    }
    return item;
  }

  focusToggle(id) {
    this.outline.querySelector(`li[data-entity="${CSS.escape(id)}"] > .tree-row > button.toggle`)?.focus();
  }

  highlight(id) {
    this.cy.nodes('.focused').removeClass('focused');
    this.cy.$id(id).addClass('focused');
  }

  /**
   * Sizes the chart to what is drawn (no tall empty box for three bodies, at most most of the screen),
   * at a zoom between readable and life size; a chart taller than that starts at the top and can be panned.
   */
  frame() {
    const container = this.cy.container();
    const box = this.cy.elements().boundingBox();
    const zoom = Math.max(MIN_READABLE_ZOOM, Math.min(MAX_FIT_ZOOM, (this.cy.width() - 2 * PADDING) / Math.max(box.w, 1)));
    const height = Math.min(Math.max(box.h * zoom + 2 * PADDING, MIN_HEIGHT), Math.round(window.innerHeight * 0.75));
    container.style.height = `${Math.round(height)}px`;
    this.cy.resize();
    this.cy.zoom(zoom);
    const root = this.cy.$id(this.rootId).position();
    const fitsHeight = box.h * zoom + 2 * PADDING <= height;
    this.cy.pan({
      x: this.cy.width() / 2 - (box.w * zoom <= this.cy.width() - 2 * PADDING ? (box.x1 + box.w / 2) : root.x) * zoom,
      y: fitsHeight ? height / 2 - (box.y1 + box.h / 2) * zoom : PADDING - box.y1 * zoom,
    });
  }

  /** Empties the chart after a failed load. */
  clear() {
    this.generation++;
    this.reset();
    this.cy.elements().remove();
    this.outline.replaceChildren();
  }

  /** Where a node is drawn, in pixels from the chart's top left corner (null: not drawn). */
  position(id) {
    const node = this.cy.$id(id);
    return node.nonempty() ? node.renderedPosition() : null;
  }

  /** Shows the whole chart, however small that makes it. */
  fit() {
    this.cy.fit(undefined, PADDING);
  }

  /** What is drawn, for the page's tests and for people curious in the console. */
  drawn() {
    return {
      nodes: this.cy.nodes().map((n) => ({ id: n.id(), name: n.data('name'), label: n.data('label') })),
      edges: this.cy.edges().map((e) => ({ id: e.id(), from: e.data('source'), to: e.data('target'), dotted: e.hasClass('dotted') })),
    };
  }
}

/**
 * An org-chart layout: one band per level below the root (a node sits at its shortest distance from
 * the root), wrapped into rows as wide as the chart, with children kept near their first parent.
 * A node with several parents is drawn once, with a line to each.
 */
function layered(rootId, ids, edges, width) {
  const parentsOf = new Map();
  for (const edge of edges) {
    if (!parentsOf.has(edge.from.id)) parentsOf.set(edge.from.id, []);
    parentsOf.get(edge.from.id).push(edge.to.id);
  }
  const level = new Map([[rootId, 0]]);
  const levels = [[rootId]];
  for (let depth = 0; levels[depth]?.length; depth++) {
    const order = new Map(levels[depth].map((id, i) => [id, i]));
    const next = [];
    for (const id of ids) {
      if (level.has(id)) continue;
      const parents = (parentsOf.get(id) ?? []).filter((p) => order.has(p));
      if (parents.length > 0) next.push({ id, rank: Math.min(...parents.map((p) => order.get(p))) });
    }
    next.sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
    next.forEach(({ id }) => level.set(id, depth + 1));
    if (next.length > 0) levels.push(next.map(({ id }) => id));
  }
  const perRow = Math.max(2, Math.floor((Math.max(width, 320) / MIN_READABLE_ZOOM) / (NODE_WIDTH + GAP_X)));
  const positions = {};
  let y = 0;
  for (const band of levels) {
    for (let start = 0; start < band.length; start += perRow) {
      const row = band.slice(start, start + perRow);
      row.forEach((id, i) => {
        positions[id] = { x: (i - (row.length - 1) / 2) * (NODE_WIDTH + GAP_X), y };
      });
      y += NODE_HEIGHT + GAP_Y / 2;
    }
    y += GAP_Y * 1.5;
  }
  // Anything not reached from the root (it should not happen) goes in a last row rather than on top of the root.
  let x = 0;
  for (const id of ids) {
    if (!positions[id]) positions[id] = { x: (x++) * (NODE_WIDTH + GAP_X), y };
  }
  return { positions: (node) => positions[node.id()], level };
}

function label(entity, lang) {
  return (lang === 'cy' && entity.nameCy) ? entity.nameCy : entity.name;
}

function chartStyle() {
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        'background-color': '#ffffff',
        'border-width': 2,
        'border-color': 'data(colour)',
        label: 'data(label)',
        color: '#1b1f24',
        'font-size': 12,
        'font-family': 'system-ui, sans-serif',
        'text-wrap': 'wrap',
        'text-max-width': 140,
        'text-valign': 'center',
        'text-halign': 'center',
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        padding: 6,
      },
    },
    { selector: 'node.root', style: { 'background-color': '#e8f0fb', 'border-width': 4, 'font-weight': 'bold' } },
    { selector: 'node.more', style: { 'border-style': 'double', 'border-width': 5 } },
    { selector: 'node.focused', style: { 'overlay-color': '#ffbf47', 'overlay-opacity': 0.45, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'line-color': '#4a5563',
        'target-arrow-color': '#4a5563',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
      },
    },
    {
      selector: 'edge.sibling',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-weights': [0.5],
      },
    },
    {
      selector: 'edge.dotted',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': [6, 4],
        'line-color': '#a34d00',
        'target-arrow-color': '#a34d00',
        'target-arrow-shape': 'vee',
        opacity: 0.8,
      },
    },
  ];
}
