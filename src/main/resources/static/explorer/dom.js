// Small DOM and URL helpers shared by the explorer's modules.

/** Creates an element with attributes and children (strings become text, never HTML). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/**
 * The bookmarkable address of a view: `#/entity/<id>?asOf=2020-01-01&depth=2&dotted=0&labels=cy`.
 * Defaults (today, depth 1, dotted lines on, English labels) are left out.
 */
export function entityHref(id, view = {}) {
  const params = new URLSearchParams();
  if (view.asOf) params.set('asOf', view.asOf);
  if (view.depth && view.depth !== 1) params.set('depth', String(view.depth));
  if (view.dotted === false) params.set('dotted', '0');
  if (view.labels === 'cy') params.set('labels', 'cy');
  const query = params.toString();
  return `#/entity/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
}

/** Reads a view from the address bar's hash; null when the hash names no entity. */
export function parseHash(hash) {
  const match = /^#\/entity\/([^?]+)(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[2] ?? '');
  const depth = Number(params.get('depth'));
  return {
    id: decodeURIComponent(match[1]),
    asOf: params.get('asOf') || null,
    depth: depth === 2 ? 2 : 1,
    dotted: params.get('dotted') !== '0',
    labels: params.get('labels') === 'cy' ? 'cy' : 'en',
  };
}
