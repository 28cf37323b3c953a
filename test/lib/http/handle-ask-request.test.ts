import { describe, expect, it } from 'vitest';
import { handleAskRequest } from '../../../src/lib/http/index.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';

const architectures = loadContentArchitectures();

describe('handleAskRequest', () => {
  it('answers a question with the engine', () => {
    const response = handleAskRequest('?q=minimum%20postgres%20for%20authgear', architectures);
    expect(response.status).toBe(200);
    if (response.status === 200) expect(response.body.answer).toContain('500 GB');
  });

  it('reads the question from the parameter the front names', () => {
    const response = handleAskRequest('?ask=is%20postgres%20required', architectures, {
      questionParameter: 'ask',
      architectureId: 'coder',
    });
    expect(response.status).toBe(200);
    if (response.status === 200) expect(response.body.sources[0]?.url).toContain('/architectures/coder/');
  });

  it('rejects bad input with a 400 naming the parameter and never echoing it', () => {
    const cases: [string, string][] = [
      ['', 'q'],
      ['?q=', 'q'],
      ['?q=a&q=b', 'q'],
      [`?q=${'a'.repeat(501)}`, 'q'],
      ['?q=%E0%A4%A', 'q'],
      ['?q=redis&architecture=%3Cscript%3E', 'architecture'],
    ];
    for (const [search, parameter] of cases) {
      const response = handleAskRequest(search, architectures);
      expect(response.status, search).toBe(400);
      if (response.status === 400) {
        expect(response.body.error.parameter).toBe(parameter);
        expect(response.body.error.message).not.toContain('<script>');
        expect(response.body.error.message).not.toContain('aaaa');
      }
    }
  });

  it('says a repeated architecture is given more than once, as the sizing endpoint does', () => {
    const response = handleAskRequest('?q=redis&architecture=authgear&architecture=coder', architectures);
    expect(response.status).toBe(400);
    if (response.status === 400)
      expect(response.body.error).toEqual({ parameter: 'architecture', message: 'architecture is given more than once; give it once.' });
  });
});
