// Ask for static builds: the handler behind /api/ask and /ask/, run in the browser over every architecture's data.
import { handleAskRequest, type AskResponse } from '../lib/http/index.ts';
import { loadEveryArchitecture } from './static-data.ts';

/** The answer /api/ask would give for the query string `search` (?q=...). */
export async function answerQuestion(search: string): Promise<AskResponse> {
  return handleAskRequest(search, await loadEveryArchitecture());
}
