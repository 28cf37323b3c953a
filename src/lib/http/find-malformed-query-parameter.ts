/**
 * Finds the first query parameter whose name or value is not valid percent-encoding, so an API can answer a JSON 400
 * naming it; returns null when the query string decodes cleanly. Names that do not decode or are not plain identifiers come back
 * as "(unknown)", so nothing a client sent is echoed beyond a simple parameter name.
 */
export function findMalformedQueryParameter(search: string): string | null {
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const [rawName = '', ...rest] = pair.split('=');
    const name = tryDecode(rawName.replaceAll('+', ' '));
    const value = tryDecode(rest.join('=').replaceAll('+', ' '));
    if (name === null) return '(unknown)';
    if (value === null) return /^[A-Za-z][A-Za-z0-9_-]{0,40}$/.test(name) ? name : '(unknown)';
  }
  return null;
}

/** Decodes a query component, or null when its percent-encoding is malformed. */
function tryDecode(component: string): string | null {
  try {
    return decodeURIComponent(component);
  } catch {
    return null;
  }
}
