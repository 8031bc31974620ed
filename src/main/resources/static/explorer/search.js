// The search box: a combobox over Query.search (names, short names, Welsh names, former names,
// aliases), navigable with the arrow keys, Enter and Escape.
import * as api from './api.js';
import { el } from './dom.js';
import { formatDate } from './dates.js';
import { kindLabel, welshName } from './words.js';

const DEBOUNCE_MS = 250;

export function setupSearch({ input, listbox, status, asOf, onChoose }) {
  let hits = [];
  let active = -1;
  let timer = null;
  let controller = null;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index) => {
    const options = listbox.querySelectorAll('[role="option"]');
    if (options.length === 0) return;
    active = (index + options.length) % options.length;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  };

  const choose = (index) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    input.value = hit.entity.name;
    status.textContent = '';
    onChoose(hit.entity.id);
  };

  const show = (text, date) => {
    listbox.replaceChildren();
    hits.forEach((hit, i) => {
      const { entity } = hit;
      const option = el('li', { role: 'option', id: `search-hit-${i}`, 'aria-selected': 'false', 'data-entity': entity.id },
        el('span', { class: 'hit-name' }, entity.name),
        entity.shortName && entity.shortName !== entity.name ? el('span', { class: 'hit-short' }, ` (${entity.shortName})`) : null,
        welshName(entity) ? el('span', { class: 'hit-cy', lang: 'cy' }, welshName(entity)) : null,
        el('span', { class: 'hit-kind' }, kindLabel(entity.kind)),
        hit.matchedName && ![entity.name, entity.nameCy, entity.shortName].includes(hit.matchedName)
          ? el('span', { class: 'hit-matched' }, `matched “${hit.matchedName}”`) : null);
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => choose(i));
      listbox.append(option);
    });
    const on = date ? formatDate(date) : 'today';
    if (hits.length === 0) {
      close();
      status.textContent = `Nothing that existed on ${on} matches “${text}”. Try another spelling or another date.`;
    } else {
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} on ${on}: use the arrow keys and Enter to choose.`;
    }
  };

  const run = async () => {
    const text = input.value.trim();
    controller?.abort();
    if (text.length < 2) {
      hits = [];
      close();
      status.textContent = text.length === 1 ? 'Type at least two letters.' : '';
      return;
    }
    controller = new AbortController();
    const date = asOf();
    status.textContent = 'Searching…';
    try {
      hits = await api.search(text, date, { signal: controller.signal });
      show(text, date);
    } catch (e) {
      if (e.name === 'AbortError') return;
      hits = [];
      close();
      status.textContent = `Search failed: ${e.message}`;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (listbox.hidden && hits.length > 0) {
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      setActive(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!listbox.hidden && hits.length > 0) choose(active >= 0 ? active : 0);
      else {
        clearTimeout(timer);
        run();
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('focus', () => {
    if (hits.length > 0 && input.value.trim().length >= 2) {
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  });
}
