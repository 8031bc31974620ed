// The panels beside the chart: the selected entity's details and sources, its accountability chain
// and its timeline of change events.
import { el, entityHref } from './dom.js';
import { dayBefore, formatDate, formatPeriod } from './dates.js';
import { changeLabel, kindFamily, kindLabel, relationPhrase, welshName } from './words.js';

/** The entity's names, kind, dates, codes, description and sources; says so when it did not exist on the date. */
export function renderDetails(container, data, view) {
  const entity = data.any;
  container.replaceChildren();
  if (!entity) {
    container.append(el('p', { class: 'message error' }, `There is no entity with the id “${view.id}”.`));
    return;
  }
  const on = view.asOf ? formatDate(view.asOf) : 'today';
  const period = formatPeriod(entity.validFrom, entity.validFromPrecision, entity.validTo, entity.validToPrecision);
  container.append(
    el('h2', { id: 'entity-name', class: `kind-${kindFamily(entity.kind)}` }, entity.name),
    welshName(entity) ? el('p', { class: 'name-cy', lang: 'cy' }, welshName(entity)) : null,
    el('p', { class: 'meta' },
      el('span', { class: 'badge' }, kindLabel(entity.kind)),
      entity.shortName ? el('span', { class: 'badge' }, entity.shortName) : null,
      el('span', {}, period ? `Existed ${period}` : 'Dates not known')),
  );
  if (!data.onDate) {
    container.append(el('p', { class: 'message warning', role: 'note' },
      `${entity.name} did not exist on ${on}${period ? ` (it existed ${period})` : ''}. Nothing is drawn for that date: pick a date in its lifetime or an event in its timeline.`));
  }
  if (entity.description) container.append(el('p', { class: 'description' }, entity.description));
  if (entity.note) container.append(el('p', { class: 'note' }, el('strong', {}, 'Note: '), entity.note));

  const facts = el('dl', { class: 'facts' });
  const fact = (term, ...value) => facts.append(el('dt', {}, term), el('dd', {}, ...value));
  if (entity.validFrom) fact('From', formatDate(entity.validFrom, entity.validFromPrecision), precisionNote(entity.validFromPrecision));
  else fact('From', el('span', { class: 'start-unknown' }, startText(entity.start)));
  if (entity.validTo) fact('Until', formatDate(entity.validTo, entity.validToPrecision), precisionNote(entity.validToPrecision));
  const codes = entity.codes ?? {};
  if (codes.ods) fact('ODS code', codes.ods);
  if (codes.ons) fact('ONS code', codes.ons);
  if (codes.gpCluster) fact('Cluster code', codes.gpCluster);
  if (codes.wikidata) fact('Wikidata', codes.wikidata);
  if (entity.aliases?.length) fact('Also known as', entity.aliases.join('; '));
  if (facts.childElementCount > 0) container.append(facts);

  const counts = entity.counts ?? [];
  if (counts.length > 0) {
    container.append(el('details', { class: 'counts-box', open: counts.length <= 2 ? '' : null },
      el('summary', {}, `Sourced counts (${counts.length})`),
      el('ul', { class: 'counts' }, counts.map((count) => el('li', {},
        el('strong', {}, `${count.value} ${kindLabel(count.of).toLowerCase()}${count.value === 1 ? '' : 's'}`),
        count.asOf ? ` (${formatDate(count.asOf, count.asOfPrecision)})` : '',
        count.note ? el('span', { class: 'small' }, ` ${count.note}`) : null)))));
  }

  const formerNames = (entity.names ?? []).filter((n) => n.name !== entity.name || n.validTo);
  if (formerNames.length > 0) {
    container.append(el('h3', {}, 'Names'), el('ul', { class: 'names' }, formerNames.map((n) => el('li', {},
      n.name, n.shortName ? ` (${n.shortName})` : '', welshName(n) ? el('span', { class: 'cy', lang: 'cy' }, welshName(n)) : null,
      el('span', { class: 'small' }, ` ${formatPeriod(n.validFrom, n.validFromPrecision, n.validTo, n.validToPrecision) ?? ''}`)))));
  }

  const sources = entity.sources ?? [];
  const list = el('ol', { class: 'sources' }, sources.map(citation));
  container.append(el('details', { class: 'sources-box', open: sources.length <= 4 ? '' : null },
    el('summary', {}, `Sources (${sources.length})`), sources.length ? list : el('p', {}, 'No sources recorded.')));
}

function precisionNote(precision) {
  if (precision === 'YEAR') return el('span', { class: 'small' }, ' (year only)');
  if (precision === 'MONTH') return el('span', { class: 'small' }, ' (month only)');
  return null;
}

export function citation({ source, section }) {
  const title = source.url
    ? el('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, source.title)
    : el('cite', {}, source.title);
  return el('li', {}, title,
    source.publisher ? `, ${source.publisher}` : '',
    source.date ? ` (${source.date})` : '',
    source.file ? el('span', { class: 'small' }, ` seed document ${source.file}`) : null,
    section ? el('span', { class: 'section' }, ` § ${section}`) : null,
    source.tier ? el('span', { class: `tier tier-${source.tier}`, title: tierMeaning(source.tier) }, ` tier ${source.tier}`) : null);
}

function tierMeaning(tier) {
  return { 1: 'official', 2: 'a mirror of official material', 3: 'other' }[tier] ?? '';
}

/** Every route from the entity to the top, each step naming the relationship taken. */
export function renderChain(container, chain, view, name) {
  container.replaceChildren();
  const on = view.asOf ? formatDate(view.asOf) : 'today';
  if (chain.routes.length === 0) {
    container.append(el('p', { class: 'message' }, `Nothing is above ${name} on ${on}: it is at the top of the structure, or its lines upward are not known.`));
    return;
  }
  container.append(el('p', { class: 'small' },
    `${chain.routes.length} ${chain.routes.length === 1 ? 'route' : 'routes'} to the top on ${on}.`));
  chain.routes.forEach((route, i) => {
    const steps = el('ol', { class: 'route', 'aria-label': `Route ${i + 1}` },
      el('li', { class: 'start' }, el('span', { class: 'entity' }, name)));
    for (const step of route.steps) {
      const r = step.relationship;
      steps.append(el('li', {},
        el('span', { class: r.upward ? 'rel' : 'rel dotted' }, relationPhrase(r.type)),
        el('a', { href: entityHref(step.entity.id, view), class: `entity kind-${kindFamily(step.entity.kind)}` }, step.entity.name),
        welshName(step.entity) ? el('span', { class: 'cy', lang: 'cy' }, welshName(step.entity)) : null));
    }
    container.append(steps);
  });
  if (chain.truncated) container.append(el('p', { class: 'message warning' }, 'Some routes were cut: the structure above is longer than the API follows.'));
}

/** How a start no source dates is known, in words ("not known", "on or after 2014", ...). */
export function startText(start) {
  const when = start?.date ? formatDate(start.date, start.precision) : null;
  switch (start?.basis) {
    case 'BOUNDED': return `Not known; on or after ${when} (a sourced bound)`;
    case 'BOUNDED_BY_ENDS': return `Not known; on or after ${when}, when both ends existed`;
    case 'EVIDENCED': return `Not known; it existed by ${when}, the earliest a source shows it`;
    default: return 'Not known: no source dates when it began';
  }
}

/**
 * The change events that touched the entity; choosing one sets the page's date to it. A start that
 * no source dates comes first, drawn dotted, saying what is known of it.
 */
export function renderTimeline(container, events, view, onPick, start = null) {
  container.replaceChildren();
  const unknownStart = start && start.basis !== 'SOURCED';
  if (events.length === 0 && !unknownStart) {
    container.append(el('p', { class: 'message' }, 'No change events are recorded for this entity.'));
    return;
  }
  const current = view.asOf;
  const list = el('ol', { class: 'timeline' });
  if (unknownStart) {
    list.append(el('li', { class: 'start-unknown', 'data-basis': start.basis },
      el('span', { class: 'event' },
        el('span', { class: 'when' }, start.date ? `? – ${formatDate(start.date, start.precision)}` : '?'),
        el('span', { class: 'what' }, `Start: ${startText(start)}`))));
  }
  for (const event of events) {
    const when = formatDate(event.date, event.datePrecision);
    const item = el('li', { class: current && event.date <= current ? 'past' : 'future', 'data-date': event.date },
      el('button', { type: 'button', class: 'event', 'data-event': event.id, 'aria-label': `Show ${when}: ${changeLabel(event.kind)}. ${event.description}` },
        el('span', { class: 'when' }, when),
        el('span', { class: `change change-${event.kind.toLowerCase()}` }, changeLabel(event.kind)),
        el('span', { class: 'what' }, event.description)),
      el('button', { type: 'button', class: 'before', 'aria-label': `Show the day before ${when}` }, 'day before'));
    item.querySelector('button.event').addEventListener('click', () => onPick(event.date));
    item.querySelector('button.before').addEventListener('click', () => onPick(dayBefore(event.date)));
    list.append(item);
  }
  container.append(list);
}
