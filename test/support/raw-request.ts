import http from 'node:http';

/** What the server answered to one request sent exactly as given. */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * Sends a request with the target exactly as given (no URL normalisation, so `..%2f` and `//` reach the server) and,
 * when `host` is given, that exact Host header (even empty, or holding `@`, `/`, `?`, `#`); a hang guard fails it after 15 s.
 */
export function sendRawRequest(baseUrl: string, target: string, options: { host?: string; method?: string } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        hostname,
        port,
        path: target,
        method: options.method ?? 'GET',
        timeout: 15_000,
        agent: false,
        ...(options.host === undefined ? {} : { setHost: false, headers: { Host: options.host } }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within 15 s for ${target.slice(0, 120)}`)));
    request.on('error', reject);
    request.end();
  });
}

/** Whether a response carries the embed framing policy (any origin may frame it). */
export function allowsFraming(response: RawResponse): boolean {
  return (
    response.headers['x-frame-options'] === undefined && /frame-ancestors \*(;|$)/.test(String(response.headers['content-security-policy']))
  );
}
