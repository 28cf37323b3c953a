/** Whether a path is an embed page, the only place other origins may frame. */
function isEmbedPath(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** Security headers for a response to `pathname`: strict CSP with no inline script, framing only on embed pages. */
export function buildSecurityHeaders(pathname: string): Record<string, string> {
  const embed = isEmbedPath(pathname);
  const csp = [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly index at run time.
    "script-src 'self' 'wasm-unsafe-eval'",
    // Inline style attributes come from the build-time SVG diagrams.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embed ? '*' : "'none'"}`,
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(embed ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}
