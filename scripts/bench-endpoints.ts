// Throughput and latency of the on-demand endpoints under a bounded loopback load (autocannon).
import autocannon from 'autocannon';

/** One endpoint's figures under load. */
export interface EndpointLoad {
  name: string;
  path: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Loads one path with `connections` concurrent connections for `seconds`, after a short warm-up. */
export async function loadEndpoint(baseUrl: string, name: string, path: string, connections = 10, seconds = 5): Promise<EndpointLoad> {
  await autocannon({ url: `${baseUrl}${path}`, connections: 2, duration: 1 });
  const result = await autocannon({ url: `${baseUrl}${path}`, connections, duration: seconds });
  return {
    name,
    path,
    connections,
    seconds,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
