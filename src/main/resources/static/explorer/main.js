// The explorer page: reads the view (entity, date, chart options) from the address, loads each
// panel through the GraphQL API, and writes every change of view back to the address, so views can
// be bookmarked and the browser's back and forward buttons work.
import * as api from './api.js';
import { OrgChart } from './chart.js';
import { CompareView, isCompareHash } from './compare.js';
import { entityHref, parseHash } from './dom.js';
import { formatDate, fromDayNumber, isIsoDate, toDayNumber, today } from './dates.js';
import { renderChain, renderDetails, renderTimeline } from './panels.js';
import { setupSearch } from './search.js';
import { useVocabulary } from './words.js';

/** Where a newcomer starts: the health system as a whole. */
const HOME = 'nhs-wales';
const SLIDER_START = '1990-01-01';
const EARLIEST = '1900-01-01';

const $ = (id) => document.getElementById(id);
let view = null;
let loads = 0;
let events = [];
/** How the shown entity's start is known (the timeline's first entry when it is not sourced). */
let start = null;
/** What each part of the page shows or is loading: its key (the view it depends on) and its load. */
const parts = {};

const chart = new OrgChart({
  canvas: $('chart'),
  outline: $('outline'),
  summary: $('chart-summary'),
  onOpen: (id) => go({ ...view, id }),
  onError: (e) => failed($('chart-error'), e),
});

setupSearch({
  input: $('search-input'),
  listbox: $('search-results'),
  status: $('search-status'),
  asOf: () => view?.asOf ?? null,
  onChoose: (id) => go({ ...view, id }),
});

/** Navigates: a new history entry, then the hashchange handler redraws. */
function go(next) {
  const href = entityHref(next.id, next);
  if (location.hash === href) show(next);
  else location.hash = href;
}

function setDate(date) {
  go({ ...view, asOf: date && date !== today() ? date : null });
}

/**
 * Shows a view. Each part (details and chain, chart, timeline) is reloaded only when the part of the
 * view it depends on changed, and a load that a newer one replaced draws nothing.
 */
async function show(next) {
  const previous = view;
  view = next;
  document.body.dataset.state = 'loading';
  const date = view.asOf ?? today();
  $('as-of').value = date;
  $('as-of-slider').value = String(toDayNumber(date));
  $('as-of-label').textContent = view.asOf ? formatDate(view.asOf) : `today (${formatDate(date)})`;
  $('depth').value = String(view.depth);
  $('dotted').checked = view.dotted;
  $('labels').value = view.labels;

  const tasks = [
    part('panels', `${view.id}|${view.asOf}`, loadPanels),
    part('chart', `${view.id}|${view.asOf}|${view.depth}|${view.dotted}`, loadChart, () => {
      if (previous?.labels !== view.labels) chart.redraw(view);
    }),
    part('timeline', view.id, loadTimeline, () => renderTimeline($('timeline-body'), events, view, setDate, start)),
  ];
  await Promise.allSettled(tasks);
  if (view === next) {
    document.body.dataset.state = 'ready';
    document.body.dataset.loads = String(++loads);
  }
}

/** Starts the part's load when its key changed; otherwise refreshes it in place (once loaded). */
function part(name, key, load, refresh = () => {}) {
  const current = parts[name];
  if (current?.key === key) {
    return current.promise.then(() => {
      if (parts[name] === current) refresh();
    });
  }
  const entry = { key };
  parts[name] = entry;
  entry.promise = load(() => parts[name] === entry, view);
  return entry.promise;
}

async function loadPanels(isCurrent, shown) {
  busy($('details-body'), 'Loading details…');
  busy($('chain-body'), 'Loading the accountability chain…');
  try {
    const [entity, chain] = await Promise.all([api.entity(shown.id, shown.asOf), api.chain(shown.id, shown.asOf).catch((e) => e)]);
    if (!isCurrent()) return;
    renderDetails($('details-body'), entity, shown);
    const name = entity.any?.name ?? shown.id;
    document.title = `${name} – Atebol explorer`;
    $('chart-heading').textContent = `Below ${name}`;
    if (chain instanceof Error) failed($('chain-body'), chain);
    else if (!entity.onDate) $('chain-body').replaceChildren(message('Not drawn: the entity did not exist on this date.'));
    else renderChain($('chain-body'), chain, shown, name);
  } catch (e) {
    if (!isCurrent()) return;
    failed($('details-body'), e);
    $('chain-body').replaceChildren();
  }
}

async function loadChart(isCurrent, shown) {
  $('chart-error').replaceChildren();
  $('chart-panel').setAttribute('aria-busy', 'true');
  $('chart-summary').textContent = 'Loading the chart…';
  try {
    await chart.load(shown.id, shown);
  } catch (e) {
    if (!isCurrent()) return;
    $('chart-summary').textContent = '';
    failed($('chart-error'), e);
    chart.clear();
  } finally {
    if (isCurrent()) $('chart-panel').removeAttribute('aria-busy');
  }
}

async function loadTimeline(isCurrent, shown) {
  busy($('timeline-body'), 'Loading the timeline…');
  try {
    const loaded = await api.timeline(shown.id);
    if (!isCurrent()) return;
    events = loaded.events;
    start = loaded.start;
    renderTimeline($('timeline-body'), events, view, setDate, start);
    $('event-ticks').replaceChildren(...events.map((e) => new Option('', String(toDayNumber(e.date)))));
  } catch (e) {
    if (!isCurrent()) return;
    events = [];
    start = null;
    failed($('timeline-body'), e);
  }
}

function busy(container, text) {
  container.replaceChildren(message(text, 'loading'));
}

function failed(container, error) {
  container.replaceChildren(message(`The API could not answer: ${error.message}`, 'error'));
}

function message(text, kind = '') {
  const p = document.createElement('p');
  p.className = `message ${kind}`;
  p.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  p.textContent = text;
  return p;
}

const compare = new CompareView($('compare'));

function route() {
  document.body.dataset.mode = isCompareHash(location.hash) ? 'compare' : 'entity';
  if (isCompareHash(location.hash)) {
    compare.show(location.hash);
    return;
  }
  const next = parseHash(location.hash);
  if (!next) {
    history.replaceState(null, '', entityHref(HOME));
    show(parseHash(entityHref(HOME)));
    return;
  }
  if (next.asOf && !isIsoDate(next.asOf)) {
    $('date-error').textContent = `“${next.asOf}” in the address is not a date (use YYYY-MM-DD); showing today.`;
    next.asOf = null;
  } else {
    $('date-error').textContent = '';
  }
  show(next);
}

// The date control: a date field, a slider (with the entity's events as ticks) and a Today button.
const slider = $('as-of-slider');
slider.min = String(toDayNumber(SLIDER_START));
slider.max = String(toDayNumber(today()));
slider.addEventListener('input', () => { $('as-of-label').textContent = formatDate(fromDayNumber(Number(slider.value))); });
slider.addEventListener('change', () => setDate(fromDayNumber(Number(slider.value))));
$('as-of').max = today();
// Typing a date fires a change per keystroke (0002-, 0020-, 0202-, 2022-06-01): wait for a pause.
let typing = null;
$('as-of').addEventListener('change', (event) => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const value = event.target.value;
    if (isIsoDate(value) && value >= EARLIEST) setDate(value);
  }, 600);
});
$('as-of-today').addEventListener('click', () => setDate(null));
$('depth').addEventListener('change', (event) => go({ ...view, depth: Number(event.target.value) }));
$('dotted').addEventListener('change', (event) => go({ ...view, dotted: event.target.checked }));
$('labels').addEventListener('change', (event) => go({ ...view, labels: event.target.value }));
$('fit').addEventListener('click', () => chart.fit());

// "/" jumps to the search box from anywhere but a text field, as on many sites.
document.addEventListener('keydown', (event) => {
  const typing = event.target.closest('input, select, textarea');
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    $('search-input').focus();
  }
});

window.addEventListener('hashchange', route);
window.atebolExplorer = { chart, compare, view: () => view };
// The vocabulary first (the chart's types and every label come from it); without it the page still
// works, naming types and kinds after their API names and drawing the upward lines only.
try {
  useVocabulary(await api.vocabulary());
} catch (e) {
  console.warn('The vocabulary could not be loaded:', e);
}
route();
