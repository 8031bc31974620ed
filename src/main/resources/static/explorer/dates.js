// Dates as the API gives them (ISO yyyy-mm-dd plus a precision) and as people read them.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** Today in the browser's time zone, as yyyy-mm-dd. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Whether a string is a real calendar date in yyyy-mm-dd form. */
export function isIsoDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text ?? '')) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date shown only as precisely as its source gives it: "2018", "November 2018", "1 April 2019". */
export function formatDate(iso, precision = 'DAY') {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (precision === 'YEAR') return String(y);
  if (precision === 'MONTH') return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "from 1 October 2009", "1 October 2009 – 31 March 2021", or null when neither end is known. */
export function formatPeriod(from, fromPrecision, to, toPrecision) {
  if (!from && !to) return null;
  if (!to) return `from ${formatDate(from, fromPrecision)}`;
  if (!from) return `until ${formatDate(to, toPrecision)}`;
  return `${formatDate(from, fromPrecision)} – ${formatDate(to, toPrecision)}`;
}

/** The day before an ISO date (to look at the structure just before a change). */
export function dayBefore(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

/** Days since 1970-01-01 (for the slider) and back. */
export function toDayNumber(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function fromDayNumber(days) {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

function pad(n) {
  return String(n).padStart(2, '0');
}
