// Per-request compute of the ask and sizing handlers over an in-memory catalogue (no HTTP, no build): shows how
// the endpoints' own work grows with the catalogue even where a full static build of that size is not practical.
import { attachDocuments } from '../src/lib/content/index.ts';
import { handleAskRequest, handleSizingRequest } from '../src/lib/http/index.ts';
import { ArchitectureSchema, type Architecture } from '../src/schemas/architecture.ts';
import { loadRealSourceDocuments } from '../test/fixtures/load-real-content.ts';
import { buildSyntheticArchitecture } from './generate-synthetic-architectures.ts';

/** Latency figures of one handler over one catalogue size. */
export interface ComputeTiming {
  architectures: number;
  handler: string;
  calls: number;
  p50: number;
  p99: number;
  mean: number;
}

/** A schema-parsed synthetic catalogue of `count` architectures, citing the real source documents. */
export function buildSyntheticCatalogue(count: number): Architecture[] {
  const documents = loadRealSourceDocuments();
  return Array.from({ length: count }, (_, i) => ArchitectureSchema.parse(attachDocuments(buildSyntheticArchitecture(i + 1), documents)));
}

/** Calls `run` `calls` times (after a warm-up) and returns p50/p99/mean milliseconds. */
function time(calls: number, run: () => void): { p50: number; p99: number; mean: number } {
  for (let i = 0; i < Math.min(20, calls); i++) run();
  const samples = Array.from({ length: calls }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  const pick = (q: number) => Number((samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(3));
  return { p50: pick(0.5), p99: pick(0.99), mean: Number((samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(3)) };
}

/** Times handleAskRequest and handleSizingRequest over a catalogue, asking about its first architecture. */
export function measureEndpointCompute(catalogue: Architecture[], calls = 200): ComputeTiming[] {
  const first = catalogue[0];
  if (!first) return [];
  const question = `?q=${encodeURIComponent(`Which database does ${first.product} need?`)}`;
  const sizing = new URLSearchParams({ architecture: first.id, users: '10000', cloud: 'aws' });
  return [
    { architectures: catalogue.length, handler: 'handleAskRequest', calls, ...time(calls, () => handleAskRequest(question, catalogue)) },
    {
      architectures: catalogue.length,
      handler: 'handleSizingRequest',
      calls,
      ...time(calls, () => handleSizingRequest(sizing, catalogue)),
    },
  ];
}
