// Sizing for static builds: the handler behind /api/sizing, run in the browser over the one architecture's data file.
import { handleSizingRequest, type SizingResponse } from '../lib/http/index.ts';
import { loadArchitecture } from './static-data.ts';

/** What /api/sizing would answer for `query`. */
export async function answerSizing(query: URLSearchParams): Promise<SizingResponse> {
  return handleSizingRequest(query, await loadArchitecture(query.get('architecture') ?? ''));
}
