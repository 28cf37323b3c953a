import type { Architecture } from '../../schemas/architecture.ts';
import { handleAskRequest } from './handle-ask-request.ts';
import { renderAnswerMarkdown } from '../markdown/index.ts';

/** What a Markdown page endpoint sends. */
export interface MarkdownPageResponse {
  status: number;
  body: string;
  contentType: string;
}

const markdownType = 'text/markdown; charset=utf-8';

/**
 * Serves a page's Markdown, or with ?ask=<question> the answer to that question as Markdown, scoped to the page's
 * architecture first; a bad question gets a JSON 400. `render` is called only when the page itself is wanted.
 */
export function serveMarkdownPage(
  search: string,
  architectures: readonly Architecture[],
  page: { architectureId?: string | undefined; variantId?: string | undefined; render: () => string },
): MarkdownPageResponse {
  if (!new URLSearchParams(search).has('ask')) return { status: 200, body: page.render(), contentType: markdownType };
  const response = handleAskRequest(search, architectures, {
    questionParameter: 'ask',
    architectureId: page.architectureId,
    variantId: page.variantId,
  });
  if (response.status === 400) return { status: 400, body: JSON.stringify(response.body), contentType: 'application/json; charset=utf-8' };
  return { status: 200, body: renderAnswerMarkdown(response.body), contentType: markdownType };
}
