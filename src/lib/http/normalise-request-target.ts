/** A request target read once: the decoded, normalised path every policy uses, and the same path re-encoded for the handler. */
export type RequestTarget =
  | {
      ok: true;
      /** The path decoded once (so `%2f` is `/`), with repeated slashes collapsed: what policies and the handler both see. */
      pathname: string;
      /** `pathname` percent-encoded again, one canonical way, so whatever decodes it later gets `pathname` back. */
      encodedPathname: string;
      /** The raw query string with its `?`, or '' (its percent-encoding is checked separately). */
      search: string;
    }
  | { ok: false; message: string };

// Characters a path segment may carry as they are (RFC 3986 pchar); everything else is percent-encoded.
const SEGMENT_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@]/;

/** Percent-encodes one decoded path segment canonically (UTF-8, upper-case hex). */
function encodeSegment(segment: string): string {
  let encoded = '';
  for (const char of segment) encoded += SEGMENT_SAFE.test(char) ? char : encodeURIComponent(char);
  return encoded;
}

/**
 * Reads a request target (`req.url`) once: drops an absolute-form scheme and authority and any fragment, decodes the
 * path, refuses control characters and `.`/`..` segments (traversal, whether sent plain or as `%2e`/`%2f`), collapses
 * repeated slashes and re-encodes the path canonically. Every later decision (security headers, which page is served)
 * uses this one result, so no later decoding can make the served path differ from the checked one.
 */
export function normaliseRequestTarget(rawTarget: string): RequestTarget {
  // Absolute form (`GET http://host/path`): the authority is ignored, like the Host header.
  const target = rawTarget.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/, '').split('#', 1)[0] ?? '';
  if (!target.startsWith('/')) return { ok: false, message: 'The request target must be a path starting with "/".' };
  const queryAt = target.indexOf('?');
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const search = queryAt === -1 ? '' : target.slice(queryAt);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, message: 'The path is not valid percent-encoding; encode each segment with encodeURIComponent.' };
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return { ok: false, message: 'The path contains a control character.' };
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '.' || segment === '..'))
    return { ok: false, message: 'The path contains a "." or ".." segment; request the page by its own path.' };
  const trailingSlash = decoded.endsWith('/');
  const kept = segments.filter((segment) => segment !== '');
  const pathname = `/${kept.join('/')}${trailingSlash && kept.length > 0 ? '/' : ''}`;
  const encodedPathname = `/${kept.map(encodeSegment).join('/')}${trailingSlash && kept.length > 0 ? '/' : ''}`;
  return { ok: true, pathname, encodedPathname, search };
}
