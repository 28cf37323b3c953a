import { describe, expect, it } from 'vitest';
import { tokenizeText, type IndexedFact } from '../../../src/lib/ask/index.ts';
import { buildIndexedFact } from '../../fixtures/build-indexed-fact.ts';
import {
  endsWithQuestionTag,
  isNegated,
  isQuestionNegated,
  judgeClaimedFigure,
  judgeClaimedRate,
  judgeCondition,
  judgePolarity,
  namesException,
  pickClause,
  readAskingTokens,
  readFigures,
  readRuledOut,
} from '../../../src/lib/ask/judge-polarity.ts';

const fact = buildIndexedFact;

/** The verdict for a question and a fact. */
const judge = (question: string, text: string, attribute?: IndexedFact['attribute'], kind?: IndexedFact['kind']) =>
  judgePolarity(question, tokenizeText(question), fact(text, attribute, kind));

describe('isNegated: "neither" and "none"', () => {
  it('reads a fact saying neither source names a part, or none is given, as negated', () => {
    expect(isNegated('Neither document names a queue for the product.')).toBe(true);
    expect(isNegated('None of the charts sets a memory limit.')).toBe(true);
    expect(judge('Does the product need a queue?', 'Note: Neither document names a queue for the product.', 'note', 'info').verdict).toBe(
      'No',
    );
  });
});

describe('isNegated', () => {
  it('ignores a negation inside a condition, whether the condition opens or closes the sentence', () => {
    expect(isNegated('When it does not respond, restart it.')).toBe(false);
    expect(isNegated('Restart it when it does not respond.')).toBe(false);
    expect(isNegated('It is not supported when several instances run.')).toBe(true);
    // Without a final full stop, with two spaces, or after a semicolon, the closing condition still ends the clause.
    expect(isNegated('Restart it when it does not respond')).toBe(false);
    expect(isNegated('Restart it  when it does not respond.')).toBe(false);
    expect(isNegated('Restart it when it does not respond; then it is not stuck')).toBe(true);
    // A clause with no condition keeps every word, its last one included.
    expect(isNegated('It cannot')).toBe(true);
    // A condition opening the next sentence is not a closing one: with no comma, nothing marks its end.
    expect(isNegated('Check it. When in doubt do not expose the console.')).toBe(true);
  });
});

describe('judgePolarity', () => {
  it('reads opposite words: "the same?" against "different"', () => {
    expect(judge('Can A and B be the same database?', 'A and B must name different databases.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
  });

  it('reads negation in the sentence of a fact that answers, not in a later aside', () => {
    expect(
      judge('Do A and B have to be two separate stores?', 'Holds two stores that must be kept apart: A and B. Where logs go is not said.'),
    ).toEqual({ verdict: 'Yes', rule: 'negation' });
    expect(judge('Do A and B have to be two stores?', 'A and B need not be two stores. Both hold data.')).toEqual({
      verdict: 'No',
      rule: 'negation',
    });
  });

  it('reads an opposite word the fact negates ("separate?" against "is not shared") as agreeing, not as a no', () => {
    expect(judge('Do A and B need two separate stores?', 'B needs a name that differs from A and is not shared.').verdict).toBe('Yes');
    expect(judge('Do A and B need two separate stores?', 'B must never be shared with A.').verdict).toBe('Yes');
    // Contractions and "cannot" negate as "not" does (a mutation helper found these read as No).
    for (const said of ['B cannot be shared with A.', "B can't be shared with A.", "B isn't shared with A.", 'B is not being shared.'])
      expect(judge('Do A and B need two separate stores?', said).verdict, said).toBe('Yes');
    // Negating something else in the sentence leaves the opposite word standing.
    expect(judge('Do A and B need two separate stores?', 'A and B are shared; B is not backed up.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
  });

  it('reads "still" against "no longer" as opposite words, which decide before plain negation', () => {
    expect(judge('Does the chart still bundle the console?', 'Since release 3 the chart no longer bundles the console.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
  });

  it('reads "stop" against "keep running" or "continue" as opposite words', () => {
    expect(judge('Do the jobs stop running without the worker?', 'Without the worker the jobs keep running on the API.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
    expect(judge('Do the jobs stop?', 'The jobs continue on the API.')).toEqual({ verdict: 'No', rule: 'antonym' });
  });

  it('reads a single-AZ deployment against Multi-AZ as opposed, though both name zones, and a lost single AZ as a count', () => {
    const advice = 'Enable Multi-AZ on the ledger database.';
    expect(judge('We run the ledger database single-AZ; does that follow the advice?', advice)).toEqual({ verdict: 'No', rule: 'antonym' });
    expect(judge('Is the ledger database singleAZ as advised?', advice)).toEqual({ verdict: 'No', rule: 'antonym' });
    expect(judge('Does the ledger database run Multi-AZ?', advice)).toEqual({ verdict: 'Yes', rule: 'negation' });
    expect(
      judge('Does the ledger database survive losing a single AZ?', 'With Multi-AZ on, the ledger database survives losing a zone.')
        .verdict,
    ).toBe('Yes');
  });

  it('reads opposite counts as opposed only when both count copies of a part, or neither does', () => {
    const spread = 'Spread over several zones, the ledger survives the loss of one zone.';
    expect(judge('Does the ledger survive the loss of a single pod?', spread)).toEqual({ verdict: 'Yes', rule: 'negation' });
    // Function words between a count and what it counts do not hide it ("a single one of its pods").
    expect(judge('Does the ledger survive the loss of a single one of its pods?', spread).verdict).toBe('Yes');
    expect(judge('Does the ledger run in a single zone?', spread)).toEqual({ verdict: 'No', rule: 'antonym' });
    // Copies and copies, or places and places, still oppose, whichever noun counts them.
    expect(judge('Can two worker tasks share the bundled cache?', 'Works for a single instance only.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
    expect(judge('Can a single ledger instance span two sites?', 'Several sites each run their own ledger.').rule).toBe('antonym');
  });

  it("reads no opposite in a word that names the fact's own part ('private' of 'Private registry')", () => {
    const about = fact('Serves the images when you would rather not pull them from a public registry.', 'purpose');
    const named = { ...about, subjectTokens: new Set(tokenizeText('Private registry')) };
    const question = 'Is a private registry supported?';
    // "Rather not pull them from a public registry" negates "public", so the opposite agrees with "private".
    expect(judgePolarity(question, tokenizeText(question), about)).toEqual({ verdict: 'Yes', rule: 'antonym' });
    expect(judgePolarity(question, tokenizeText(question), named).rule).not.toBe('antonym');
  });

  it("reads a switch's value against the state asked", () => {
    expect(judge('Is X enabled by default?', 'x.enabled = false (default)', 'setting')).toEqual({ verdict: 'No', rule: 'setting' });
    expect(judge('Is X enabled by default?', 'x.enabled = true (default)', 'setting')).toEqual({ verdict: 'Yes', rule: 'setting' });
    expect(judge('Is X enabled by default?', 'Conditional: when it is turned on (off by default)')).toEqual({
      verdict: 'No',
      rule: 'setting',
    });
  });

  it("reads a level's condition as when a part is needed, not as a denial", () => {
    // "without internet access" describes the place; it does not deny installing there.
    expect(
      judge('Can we install X in an air-gapped cluster?', 'Conditional: air-gapped clusters without internet access', 'necessity'),
    ).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
    // The same words in a note still negate.
    expect(judge('Can we install X in an air-gapped cluster?', 'X cannot be installed in air-gapped clusters')).toEqual({
      verdict: 'No',
      rule: 'negation',
    });
  });

  it('answers an exclusive question met by a restriction with "no"', () => {
    expect(judge('Does anything besides A talk to the database?', 'A is the only service that talks to the database.')).toEqual({
      verdict: 'No',
      rule: 'exclusive',
    });
  });

  it('answers a kind the question names of a thing restricted to another kind with "no", and the kind allowed with "yes"', () => {
    const only = 'Leave unset; only the custom Quill image is supported.';
    expect(judge('Can we use the upstream ledger image with the chart?', only)).toEqual({ verdict: 'No', rule: 'exclusive' });
    // The negated opener asks the same.
    expect(judge("Can't we just use the upstream ledger image?", only)).toEqual({ verdict: 'No', rule: 'exclusive' });
    expect(judge('Can we use the custom Quill image?', only)).toEqual({ verdict: 'Yes', rule: 'exclusive' });
    // A question naming no kind of it, or a mix of the allowed and another, is left to the other rules.
    expect(judge('Can we use an image with the chart?', only).rule).toBe('negation');
    expect(judge('Can we use the custom upstream image?', only).rule).toBe('negation');
    // The question's first word may be the kind; a fourth word before the thing is not read as one.
    expect(judge('Custom Quill image okay?', only)).toEqual({ verdict: 'Yes', rule: 'exclusive' });
    expect(judge('Upstream image okay?', only)).toEqual({ verdict: 'No', rule: 'exclusive' });
    const three = 'Only the custom signed Quill image is supported.';
    expect(judge('Is upstream custom signed Quill image okay?', three)).toEqual({ verdict: 'Yes', rule: 'exclusive' });
    // The fact's own subject words name no kind.
    const subject = { ...fact(only), subjectTokens: new Set(tokenizeText('ledger')) };
    expect(judgePolarity('Can we use the ledger image?', tokenizeText('Can we use the ledger image?'), subject).rule).toBe('negation');
  });

  it('falls back to whether question and fact agree in negation, ignoring a negation inside a condition', () => {
    expect(judge('Does X support Y?', 'Y is not supported.').verdict).toBe('No');
    expect(judge('Does X support Y?', 'X supports Y.').verdict).toBe('Yes');
    expect(judge('Can I run several?', 'If one is not enough, run several.').verdict).toBe('Yes');
  });
});

describe('judgePolarity: a default against the value a setting advises for what is asked', () => {
  const size = (value: string) => `quill.copies = ${value} (default): How many copies run; set 3 for high availability.`;

  it('answers no when the default differs from the value advised for what the question asks by default', () => {
    expect(judge('Does the chart run the ledger highly available by default?', size('1'), 'setting')).toEqual({
      verdict: 'No',
      rule: 'setting',
    });
    expect(judge('Is the ledger not highly available by default?', size('1'), 'setting').verdict).toBe('Yes');
  });

  it('answers yes when the default is the value advised', () => {
    expect(judge('Does the chart run the ledger highly available by default?', size('3'), 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'setting',
    });
  });

  it('does not decide a question that asks nothing of the default or of what the value is for', () => {
    expect(judge('Does the chart run the ledger highly available?', size('1'), 'setting').rule).not.toBe('setting');
    expect(judge('Does the chart back the ledger up by default?', size('1'), 'setting').rule).not.toBe('setting');
  });
});

describe('judgePolarity: a fact closing on a consequence (", so …")', () => {
  const stateless = 'The ledger binary is stateless, so it needs no backup job of its own.';

  it('judges the claim when the question asks about the claim, whatever the consequence denies', () => {
    expect(judge('Is the ledger binary stateless?', stateless)).toEqual({ verdict: 'Yes', rule: 'negation' });
    expect(judge("Is the ledger binary stateless, so there's nothing to back up?", stateless)).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
  });

  it('judges the consequence when the question asks about it', () => {
    expect(judge('Does the ledger binary need a backup job?', stateless)).toEqual({ verdict: 'No', rule: 'negation' });
  });

  it('sets a closing tag aside as it sets the question\'s own consequence aside ("…, so it needs no X, right?")', () => {
    expect(judge('The ledger binary is stateless, so it needs no special backup job, right?', stateless)).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
  });
});

describe('judgePolarity: a loss or a lack denies as a negation does', () => {
  const negation = (verdict: 'Yes' | 'No') => ({ verdict, rule: 'negation' });

  it('answers yes when the question asks about losing what the fact says is missing', () => {
    expect(judge('If the ledger runs on the store, do I lose the total count?', 'On the store, results carry no total count.')).toEqual(
      negation('Yes'),
    );
  });

  it('reads a loss the fact denies ("without losing") as keeping', () => {
    expect(judge('Are sessions kept when one node fails?', 'One node can fail without losing sessions.')).toEqual(negation('Yes'));
    expect(judge('Do sessions get lost when one node fails?', 'One node can fail without losing sessions.')).toEqual(negation('No'));
  });

  it('does not read a loss that is survived as a denial', () => {
    expect(judge('Does the ledger survive losing a zone?', 'The ledger survives the loss of one zone.')).toEqual(negation('Yes'));
  });
});

describe('judgePolarity: an obligation ("have to") against a fact saying "optional"', () => {
  it('answers no when the fact calls the thing asked optional', () => {
    expect(judge('Do I have to make the ledger cache persistent?', 'Persistence is optional; a persistent cache keeps sessions.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
  });

  it('does not oppose a fact that also says when it is required', () => {
    const conditional = 'Conditional: required on plain clusters; optional on managed ones.';
    expect(judge('Do I have to set up the ledger myself on plain clusters?', conditional).rule).not.toBe('antonym');
  });
});

describe('judgePolarity: a claim that only one thing needs something', () => {
  it('agrees with a fact denying the need of something else, not with one about the thing singled out', () => {
    const question = 'Is it true the worker is stateless, so only the ledger needs backing up?';
    expect(judgePolarity(question, tokenizeText(question), fact('The worker keeps no state, so it needs no backup job.'))).toEqual({
      verdict: 'Yes',
      rule: 'exclusive',
    });
    // Denying the need of the one singled out disagrees: the negation rule decides.
    expect(judge(question, 'The ledger needs no backup job.').verdict).toBe('No');
    // Without "only", the worker's "no backup" answers the ledger's backup by negation alone.
    expect(judge('Is it true the ledger needs backing up?', 'The worker keeps no state, so it needs no backup job.').rule).toBe('negation');
  });
});

describe('judgePolarity: a question replacing something the fact weighs no choice about', () => {
  it('judges "A instead of B" as whether A will do, when the fact has no "instead of" of its own', () => {
    const advice = 'Recommendation: Do not rely on a public mirror; pull the images from your own store.';
    expect(
      judge('Can we pull the images from a public mirror instead of running our own store?', advice, 'note', 'recommendation').verdict,
    ).toBe('No');
    expect(judge('Can we pull the images from our own store instead of a public mirror?', advice, 'note', 'recommendation').verdict).toBe(
      'Yes',
    );
  });
});

describe('judgePolarity: a restriction to the case the question asks about', () => {
  it('agrees with an exclusive question when the fact restricts itself to the case asked ("only for an external store")', () => {
    const fact = 'store.url = http://local:9000 (default): Change only for an external store such as S3.';
    expect(judge('Can it use an external store such as S3 instead of the bundled one?', fact, 'setting').verdict).toBe('Yes');
    expect(judge('Can it use a different store instead of the bundled one?', fact, 'setting')).toEqual({
      verdict: 'No',
      rule: 'exclusive',
    });
  });

  it('still answers no when the restriction names its item elsewhere ("X is its only provider")', () => {
    expect(judge('Does it support any provider other than Terraform?', 'At the moment Terraform is its only provider.')).toEqual({
      verdict: 'No',
      rule: 'exclusive',
    });
  });
});

describe('judgePolarity: which words of a restriction say what it restricts to (mutation session 36)', () => {
  /** A setting's fact about a part whose subject holds the words given. */
  const about = (text: string, subject: string[]) => ({ ...fact(text, 'setting'), subjectTokens: new Set(subject) });
  const asked = (question: string, text: string, subject: string[] = []) =>
    judgePolarity(question, tokenizeText(question), about(text, subject));
  const exclusiveNo = { verdict: 'No', rule: 'exclusive' };

  it("leaves out the words naming the fact's own subject and the small words, then needs more than half of the rest asked", () => {
    // Of "for an external store" about the store, only "external" is left: the question asks it.
    expect(asked('Can it use an external one instead of the bundled one?', 'Change only for an external store.', ['store'])).not.toEqual(
      exclusiveNo,
    );
    // About another part, "external" and "store" are left: one of two asked is not more than half.
    expect(asked('Can it use an external one instead of the bundled one?', 'Change only for an external store.')).toEqual(exclusiveNo);
    expect(asked('Can it use an external disk instead of the bundled one?', 'Change only for an external store.')).toEqual(exclusiveNo);
  });

  it('weighs only the first four words after the restricting one', () => {
    const text = 'Change only for an external S3 bucket store hosted by another team in another cloud region.';
    expect(asked('Can it use an external S3 bucket store instead of the bundled one?', text)).not.toEqual(exclusiveNo);
  });
});

describe('judgePolarity: the second of two items named after a small word', () => {
  it('answers no to "only A" when the fact names B after "and" and a small word ("also")', () => {
    expect(judge('Does the runner use only Frobform?', 'The runner uses Frobform and also Blobform.')).toEqual({
      verdict: 'No',
      rule: 'exclusive',
    });
    expect(judge('Does the runner use only Frobform?', 'The runner uses Frobform only.').rule).toBe('negation');
  });
});

describe('judgeCondition: a condition written over two lines', () => {
  it('reads the situation from the first "when", as on one line', () => {
    const question = 'The vault is sealed. Does the worker start?';
    expect(judgeCondition(tokenizeText(question), 'when the vault is sealed\nor when it is not reachable', question)).toBe('holds');
    expect(judgeCondition(tokenizeText(question), 'when the vault is sealed or when it is not reachable', question)).toBe('holds');
  });
});

describe('judgePolarity: a fact that holds only under a condition', () => {
  const limited = 'It works only when the server and the worker run in the same container; with separate containers it does not.';

  it('answers no when the question describes the opposite of the only case the fact allows', () => {
    expect(judge('With separate worker containers, can I keep the bundled cache?', limited)).toEqual({ verdict: 'No', rule: 'antonym' });
    // "only if" and "only as long as" restrict the same way; the fact names both sides, so plain opposite words cannot decide.
    const both = (opener: string) => `It works ${opener} they share the same container; separate containers need a server each.`;
    expect(judge('Can it run in separate containers?', both('only if'))).toEqual({ verdict: 'No', rule: 'antonym' });
    expect(judge('Can it run in separate containers?', both('only as long as'))).toEqual({ verdict: 'No', rule: 'antonym' });
    expect(judge('Can it run in separate containers?', both('when')).rule).toBe('negation');
  });

  it('leaves the verdict to other rules when the question meets the condition or says nothing of it', () => {
    expect(judge('In the same container, can I keep the bundled cache?', limited).rule).not.toBe('antonym');
    expect(judge('Can I keep the bundled cache?', 'It works only when the worker is on.').rule).toBe('negation');
  });
});

describe('judgePolarity: which rule may decide', () => {
  it('reads a switch state only from a setting fact, not from a note that quotes one', () => {
    expect(judge('Is X enabled?', 'x.enabled = false (default)', 'note').rule).toBe('negation');
  });

  it('reads a setting whose text has no "name = value (status)" head by its words alone', () => {
    // A value written over two lines does not match the one-line head.
    expect(judge('Is X enabled by default?', 'x.mode = strict\nor lax (default)', 'setting').rule).toBe('negation');
  });

  it('reads no state from a value of several words, even one that starts with a state word', () => {
    expect(judge('Is X on by default?', 'x.mode = off until 4.0, then on (default)', 'setting').rule).toBe('negation');
  });

  it('reads "on by default" and "enabled by default" written in a fact as the on state', () => {
    expect(judge('Is X enabled by default?', 'X is enabled by default.')).toEqual({ verdict: 'Yes', rule: 'setting' });
    // "On by default" reads as "enabled by default", so the opposite words decide before the setting rule does.
    expect(judge('Is X disabled by default?', 'The console is on by default.')).toEqual({ verdict: 'No', rule: 'antonym' });
  });

  it('reads "off by default" across a line break and indentation', () => {
    expect(judge('Is X enabled by default?', 'The console is off\n  by default.')).toEqual({ verdict: 'No', rule: 'setting' });
    expect(judge('Is X enabled by default?', 'The console is off by\n  default.')).toEqual({ verdict: 'No', rule: 'setting' });
  });

  it('takes a digit in the question for a count, not for the state "1" (on) or "0" (off)', () => {
    const off = 'x.enabled = false (default)';
    expect(judge('Is X disabled by default with 1 replica?', off, 'setting')).toEqual({ verdict: 'Yes', rule: 'setting' });
    expect(judge('Is X enabled by default with 0 replicas?', off, 'setting')).toEqual({ verdict: 'No', rule: 'setting' });
  });

  it('takes "yes or no" for the answer asked for, not for a state asked about', () => {
    expect(judge('Yes or no: is X disabled by default?', 'x.enabled = false (default)', 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'setting',
    });
    expect(judge('Yes or no: is X enabled by default?', 'x.enabled = true (default)', 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'setting',
    });
  });

  it('leaves the setting rule out when the fact gives no state or the question asks for none', () => {
    expect(judge('Is the console enabled?', 'The console serves the admin pages.').rule).toBe('negation');
    expect(judge('Is X set by default?', 'x.enabled = false (default)', 'setting').rule).toBe('negation');
  });

  it('answers an exclusive question "yes" when the fact restricts nothing', () => {
    expect(judge('Does anything besides A talk to the database?', 'A and B talk to the database.')).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
  });

  it('reads an incompatibility as a "no" even when its text has no negation word', () => {
    expect(judge('Does the ledger work with PostgreSQL 12?', 'Conflicts with PostgreSQL 12.', 'incompatibility')).toEqual({
      verdict: 'No',
      rule: 'negation',
    });
  });
});

describe('namesException', () => {
  const subject = new Set(tokenizeText('Quillstack ledger'));
  const names = (question: string) => namesException("Quillstack's own", new Set(tokenizeText(question)), subject);

  it('sees the exception of "X other than its own" named by its words or by a word of ownership', () => {
    expect(names("can I use quillstack's own image")).toBe(true);
    expect(names('is a custom image supported')).toBe(true);
    expect(names('is a bespoke image fine')).toBe(true);
    expect(namesException('the Acme build', new Set(tokenizeText('is the acme image fine')), subject)).toBe(true);
  });

  it('does not see it in the subject’s name alone, in another kind, or where the question sets something apart', () => {
    expect(names('can I use the quillstack ledger image')).toBe(false);
    expect(names('can I use the upstream image')).toBe(false);
    expect(names('is an image other than its own custom one supported')).toBe(false);
  });
});

describe('readRuledOut', () => {
  it('reads the kind a rule rules out and its exception, only from a text opening with the rule', () => {
    expect(readRuledOut('Not supported: arm64. The images are built for x86.')).toEqual({ kind: 'arm64' });
    expect(readRuledOut("Not supported: Ledger images other than Quillstack's own. It runs its own.")).toEqual({
      kind: 'Ledger images',
      exception: "Quillstack's own",
    });
    expect(readRuledOut('Limits. Not supported: arm64.')).toBeNull();
  });
});

describe('namesException and the exception rule: edges', () => {
  const subject = new Set(tokenizeText('Quillstack ledger'));
  const asked = (question: string) => new Set(tokenizeText(question));

  it('ignores the one-letter "s" of a possessive, and needs an exception word the question holds', () => {
    expect(namesException("Quillstack's own", asked("can I use quillstack's upstream image"), subject)).toBe(false);
    expect(namesException('the Acme build', asked('is the upstream image fine'), subject)).toBe(false);
  });

  it('sees a word of ownership when the exception holds one beside other words', () => {
    expect(namesException('its own signed build', asked('is a custom image fine'), subject)).toBe(true);
  });

  it('applies only to an incompatibility whose text opens with the rule, and says no to a negated question', () => {
    const rule = 'Not supported: Ledger images other than its own.';
    expect(judge('Is a custom ledger image fine?', rule, 'incompatibility')).toEqual({ verdict: 'Yes', rule: 'exception' });
    expect(judge('Is a custom ledger image not supported?', rule, 'incompatibility')).toEqual({ verdict: 'No', rule: 'exception' });
    expect(judge('Is a custom ledger image fine?', rule, 'note').rule).not.toBe('exception');
    expect(judge('Is a custom ledger image fine?', `Limits. ${rule}`, 'incompatibility').rule).not.toBe('exception');
  });

  it('reads no second thing after "and" when only small words follow it', () => {
    expect(judge('Does the runner use only Frobform?', 'The runner uses Frobform and that is it.').rule).toBe('negation');
  });
});

describe('pickClause: a sentence saying what the source leaves unsaid', () => {
  it('passes over it for a sentence that states something, even when it shares more words with the question', () => {
    const note = 'Note: Quill Labs operates this service itself. The source does not say how a self-hosted ledger behaves without it.';
    const asked = new Set(tokenizeText('does a self-hosted ledger rely on the service'));
    expect(pickClause(note, asked)).toBe('Note: Quill Labs operates this service itself.');
    expect(judge('Does a self-hosted ledger rely on the service?', note, 'note', 'info').verdict).toBe('Yes');
    // A fact that says nothing else is still read, sentence by sentence.
    expect(pickClause('The source does not say how it scales. The vendor does not state its port.', new Set(['port']))).toBe(
      'The vendor does not state its port.',
    );
  });
});

describe('pickClause', () => {
  it('returns a text of one sentence whole, its trailing space included', () => {
    expect(pickClause('Not supported. ', new Set(['support']))).toBe('Not supported. ');
  });

  it('picks the sentence that shares a word with the question over one that shares none', () => {
    expect(pickClause('Logs go to disk. Backups are not said.', new Set(tokenizeText('backups')))).toBe('Backups are not said.');
  });

  it('counts the words shared with the question, not the words of the sentence', () => {
    const text = 'The worker runs jobs, cleans tokens and sends mail. The API is stateless.';
    expect(pickClause(text, new Set(tokenizeText('Is the API stateless?')))).toBe('The API is stateless.');
  });

  it('keeps the earlier sentence when two share as many words with the question', () => {
    expect(pickClause('The API is stateless. The worker is stateless.', new Set(tokenizeText('is it stateless')))).toBe(
      'The API is stateless.',
    );
  });

  it('does not let stopwords such as "it" pull the choice to a sentence about something else', () => {
    const text =
      'A cache pod runs by default; a cache outside the chart can be used instead. The chart does not say what Quill uses it for.';
    const asked = new Set(tokenizeText('is it possible to use an external cache instead of the cache pod in the quill chart'));
    expect(pickClause(text, asked)).toBe('a cache outside the chart can be used instead.');
  });

  it('splits after a full stop followed by two spaces, and keeps neither space', () => {
    expect(pickClause('Logs go to disk.  Backups are not said.', new Set(tokenizeText('backups')))).toBe('Backups are not said.');
  });
});

describe('isNegated and judgeCondition', () => {
  it('sees negations, curly apostrophes included', () => {
    expect(isNegated('It doesn’t work')).toBe(true);
    expect(isNegated('It works')).toBe(false);
  });

  it('keeps a negation after a condition written without a comma, as nothing marks where that condition ends', () => {
    expect(isNegated('When in doubt do not expose the console.')).toBe(true);
  });

  it('puts a space where a condition was, so the word after it still stands alone', () => {
    // No space after the comma, and a quote before the condition: the "never" must not end up glued to the quote.
    expect(isNegated("The rule 'if unsure,never restart' applies.")).toBe(true);
  });

  it('meets, fails or says nothing about a condition', () => {
    expect(judgeCondition(tokenizeText('several instances'), 'when several instances run')).toBe('holds');
    expect(judgeCondition(tokenizeText('single instance'), 'when several instances run')).toBe('fails');
    expect(judgeCondition(tokenizeText('production'), 'when several instances run')).toBe('unknown');
  });

  it('fails a condition the scene names only to deny it, in a statement or an if-clause, but not one whose own negation is of the need', () => {
    const tokens = tokenizeText('We never run several instances. Is the worker needed?');
    expect(judgeCondition(tokens, 'when several instances run', 'We never run several instances. Is the worker needed?')).toBe('fails');
    expect(judgeCondition(tokens, 'when several instances run', 'We run several instances. Is the worker needed?')).toBe('holds');
    expect(judgeCondition(tokens, 'when several instances run', "If we don't run several instances, is the worker needed?")).toBe('fails');
    expect(judgeCondition(tokens, 'not needed when several instances run', 'We run several instances. Is the worker needed?')).toBe(
      'holds',
    );
    expect(judgeCondition(tokens, 'unless several instances run', 'We never run several instances. Is the worker needed?')).toBe('holds');
  });

  it('fails a condition whichever of the two sides holds the first word of an antonym pair', () => {
    // "single" comes first in its pair, "several" second: here the condition holds the first word.
    expect(judgeCondition(tokenizeText('several instances'), 'with a single instance')).toBe('fails');
  });

  it('reads a condition without its bracketed remark about the sources, whose own "without" denies nothing', () => {
    const question = 'If we run workers apart, do we need the queue?';
    const condition = 'when workers run apart (the other page lists it without this condition)';
    expect(judgeCondition(tokenizeText(question), condition, question)).toBe('holds');
  });

  it("meets a condition that shares one of the question's words, though not all of them", () => {
    expect(judgeCondition(tokenizeText('several instances in production'), 'when several instances run')).toBe('holds');
  });
});

describe('judgePolarity: what a fact prefers instead of something else', () => {
  const recommendation = 'For production the vendor recommends running the app on Kubernetes instead of a single container.';

  it('answers no about the thing replaced and yes about the thing preferred', () => {
    expect(judge('For production, does the vendor recommend a single container?', recommendation)).toEqual({
      verdict: 'No',
      rule: 'instead',
    });
    expect(judge('For production, does the vendor recommend Kubernetes?', recommendation)).toEqual({ verdict: 'Yes', rule: 'instead' });
    expect(judge('Should I use Kubernetes?', 'Use one container rather than Kubernetes.')).toEqual({ verdict: 'No', rule: 'instead' });
  });

  it('answers yes when the question replaces what the fact replaces, whatever it calls the choice, and no when it replaces the choice', () => {
    const option =
      'A team with its own sign-in service can run the gateway with that external provider instead of the default cluster login.';
    expect(judge('Can the gateway sign users in with our directory instead of the default cluster login?', option)).toEqual({
      verdict: 'Yes',
      rule: 'instead',
    });
    expect(judge('Can we keep the default cluster login rather than an external provider?', option)).toEqual({
      verdict: 'No',
      rule: 'instead',
    });
  });

  it('leaves a question that names both, or neither, to the other rules', () => {
    expect(judge('Kubernetes or a single container for production?', recommendation).rule).not.toBe('instead');
    expect(judge('Does the vendor recommend anything for production?', recommendation).rule).not.toBe('instead');
  });

  it('answers whether the replaced thing exists by the fact, not by the preference: it is there to be replaced', () => {
    const replacing = 'Holds the state in place of the ledger bundled with the server.';
    expect(judge('Does Quillstack come with a bundled ledger?', replacing)).toEqual({ verdict: 'Yes', rule: 'negation' });
    expect(judge('Does Quillstack include a ledger?', replacing)).toEqual({ verdict: 'Yes', rule: 'negation' });
    expect(judge('Should Quillstack keep the ledger?', replacing)).toEqual({ verdict: 'No', rule: 'instead' });
  });
});

describe('judgePolarity: a required value', () => {
  const required = 'Upstream protocol = HTTP/2 (h2c or h2) (required): Any proxy that speaks HTTP/2 to its upstream works.';

  it('answers no when the question names another version of what a required value gives', () => {
    expect(judge('Can the proxy talk HTTP/1.1 to the upstream pods?', required, 'setting')).toEqual({
      verdict: 'No',
      rule: 'required-value',
    });
  });

  it('does not apply to the version the value requires', () => {
    expect(judge('Can the proxy talk HTTP/2 to the upstream pods?', required, 'setting').rule).not.toBe('required-value');
  });

  it('answers yes when the question names the required value, though the words after it deny something', () => {
    const policy = 'Eviction policy = noeviction (required): The queue needs the cache never to drop keys.';
    expect(judge('The cache must use eviction policy noeviction, right?', policy, 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'required-value',
    });
    expect(judge('The cache must not use eviction policy noeviction, right?', policy, 'setting')).toEqual({
      verdict: 'No',
      rule: 'required-value',
    });
    // Another value, or the value without a word of the setting's name, is left to the other rules.
    expect(judge('The cache must use eviction policy allkeys, right?', policy, 'setting').rule).not.toBe('required-value');
    expect(judge('Does the queue need noeviction?', policy, 'setting').rule).not.toBe('required-value');
    // One word of the setting's name is enough; a value's digits need not be written, but a value of digits alone names nothing.
    expect(judge('The cache must use policy noeviction, right?', policy, 'setting').rule).toBe('required-value');
    const engine = 'Queue engine = Redis 7 (required): The queue runs on it.';
    expect(judge('The queue engine must be Redis, right?', engine, 'setting')).toEqual({ verdict: 'Yes', rule: 'required-value' });
    const count = 'Worker count = 5 (required): Five workers run the queue.';
    expect(judge('The worker count must be 5, right?', count, 'setting').rule).not.toBe('required-value');
  });

  it('reads a bracketed aside that rules other values out as part of the required value, not a denial', () => {
    const mode = 'Queue mode = single (required): Sharded and mirrored modes are not supported yet.';
    expect(judge('Must the queue run in single mode (no sharded or mirrored)?', mode, 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'required-value',
    });
    expect(judge('Must the queue not run in single mode (sharded instead)?', mode, 'setting')).toEqual({
      verdict: 'No',
      rule: 'required-value',
    });
  });

  it('does not apply to a value that is only a default', () => {
    const byDefault = 'Upstream protocol = HTTP/2 (default): What the chart sets.';
    expect(judge('Can the proxy talk HTTP/1.1 to the upstream pods?', byDefault, 'setting').rule).not.toBe('required-value');
  });
});

describe('judgePolarity: a negated opposite word, read word by word', () => {
  const separate = 'Do A and B need two separate stores?';

  it('reads the opposite word on either side of its pair: "stateful?" against "not stateless" agrees', () => {
    expect(judge('Is the API stateful?', 'The API is not stateless.')).toEqual({ verdict: 'Yes', rule: 'antonym' });
    expect(judge('Is the API stateful?', 'The API is stateless.')).toEqual({ verdict: 'No', rule: 'antonym' });
  });

  it('needs every opposite word of the fact negated, not just one', () => {
    expect(judge(separate, 'A is not shared with B and uses the same disk.')).toEqual({ verdict: 'No', rule: 'antonym' });
  });

  it('reads "not" before the verb taking the opposite word as object, within its clause ("do not rely on a public X")', () => {
    const advice = 'Do not rely on a public registry; pull the images from your own.';
    expect(judge('Is a private registry recommended?', advice)).toEqual({ verdict: 'Yes', rule: 'antonym' });
    expect(judge('Is a private registry recommended?', 'Rely on a public registry.')).toEqual({ verdict: 'No', rule: 'antonym' });
    // Another clause, or a turn with "but", takes the negation away.
    expect(judge('Is a private registry recommended?', 'Do not build images, pull them from a public registry.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
    expect(judge('Is a private registry recommended?', 'Do not wait but use a public registry.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
  });

  it('reads a part run as a pod or inside the cluster as the opposite of one run outside as an external service', () => {
    const outside = 'The store: run it as an external managed service, for availability.';
    expect(judge('Should the store run as a pod in the cluster?', outside)).toEqual({ verdict: 'No', rule: 'antonym' });
    expect(judge('Should the store run inside the cluster?', outside)).toEqual({ verdict: 'No', rule: 'antonym' });
    // A fact naming both the pod and a store outside it ("a pod by default, or one outside") opposes neither.
    const either = 'The store: a pod in the cluster by default; a store outside the chart can be used instead.';
    expect(judge('Can the store be external?', either).rule).not.toBe('antonym');
  });

  it('reads "not" before the word across a line break and indentation', () => {
    expect(judge(separate, 'B is not\n  shared with A.')).toEqual({ verdict: 'Yes', rule: 'antonym' });
  });

  it('takes only the words "not" and "never" as negating, not words that begin or end with them', () => {
    expect(judge(separate, 'B is slow whenever shared with A.')).toEqual({ verdict: 'No', rule: 'antonym' });
    expect(judge(separate, 'B is notably shared with A.')).toEqual({ verdict: 'No', rule: 'antonym' });
  });
});

describe('judgePolarity: a rule against another version', () => {
  const rule = (text: string) => `Not supported: Quillsync V1. ${text}`;

  it('reads a dotted version inside a clause as part of it, not as the end of a sentence', () => {
    const dotted = 'Not supported: Quillsync 1.0. Quillsync 1.0 is not supported; Quillsync 1.1 is.';
    expect(judge('Does it work with Quillsync 1.1?', dotted, 'incompatibility')).toEqual({ verdict: 'Yes', rule: 'other-version' });
  });

  it('answers by the clause naming the version asked, even with another name in the rule', () => {
    const twoNames = 'Not supported: Quillsync V1 and Python 3. Quillsync V1 is not supported; Quillsync v2 is.';
    expect(judge('Does it work with Quillsync v2?', twoNames, 'incompatibility')).toEqual({ verdict: 'Yes', rule: 'other-version' });
  });

  it('reads a clause after a semicolon with no space, and one naming another thing beside the version', () => {
    expect(judge('Does it work with Quillsync v2?', rule('Quillsync V1 is not supported;Quillsync v2 is.'), 'incompatibility')).toEqual({
      verdict: 'Yes',
      rule: 'other-version',
    });
    expect(
      judge('Does it work with Quillsync v2?', rule('Quillsync V1 is not supported; Quillsync v2 with Python 3 works.'), 'incompatibility'),
    ).toEqual({ verdict: 'Yes', rule: 'other-version' });
  });

  it('leaves to plain negation a version the rule itself names, or a name the rule does not rule on', () => {
    const both = 'Not supported: Quillsync v1 and Quillsync v2. Quillsync v3 is.';
    expect(judge('Is Quillsync v2 supported?', both, 'incompatibility')).toEqual({ verdict: 'No', rule: 'negation' });
    expect(judge('Does Quillnote 3 work with Quillsync V1?', rule('Quillnote 3 works.'), 'incompatibility')).toEqual({
      verdict: 'No',
      rule: 'negation',
    });
  });

  it('tells the version asked from another name with the same number', () => {
    const samePython = 'Not supported: Quillsync V1 and Python 2. Quillsync V1 is not supported; Quillsync v2 is.';
    expect(judge('Does it work with Quillsync v2?', samePython, 'incompatibility')).toEqual({ verdict: 'Yes', rule: 'other-version' });
    const pythonFirst = rule('Quillsync V1 is not supported; Python 2 is not supported either; Quillsync v2 is.');
    expect(judge('Does it work with Quillsync v2?', pythonFirst, 'incompatibility')).toEqual({ verdict: 'Yes', rule: 'other-version' });
  });

  it('reads a note ruling out one version by plain negation of its closest sentence', () => {
    expect(judge('Does Quillsync v2 work?', 'Quillsync V1 is not supported. Quillsync v2 is.')).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
  });

  it('reads versions this way only in an incompatibility, not in a note', () => {
    expect(judge('Is Quillsync v2 supported?', 'Quillsync V1 is not supported; Quillsync v2 is.')).toEqual({
      verdict: 'No',
      rule: 'negation',
    });
  });
});

describe('judgePolarity: "instead of" written in other ways', () => {
  const kubernetes = 'Run Kubernetes for it instead of a single container.';

  it('takes the last word before "instead of" that is not a stopword as the thing preferred', () => {
    expect(judge('Should I use Kubernetes?', kubernetes)).toEqual({ verdict: 'Yes', rule: 'instead' });
    expect(judge('Should I use a single container?', kubernetes)).toEqual({ verdict: 'No', rule: 'instead' });
    // "Run" sets the scene: asking about running a single container is still asking about the thing replaced.
    expect(judge('Should I run a single container?', 'Run Kubernetes instead of a single container.')).toEqual({
      verdict: 'No',
      rule: 'instead',
    });
  });

  it('answers no about the thing replaced when the question names one of its words', () => {
    expect(judge('Should I use a container?', kubernetes)).toEqual({ verdict: 'No', rule: 'instead' });
  });

  it('prefers nothing when only stopwords come before "instead of"', () => {
    expect(judge('Should I use a single container?', 'Use this instead of a single container.')).toEqual({
      verdict: 'No',
      rule: 'instead',
    });
  });

  it('reads "instead of", "rather than" and "in place of" across line breaks and indentation', () => {
    for (const connector of ['\n  instead\n  of\n  ', '\n  rather\n  than ', ' in\n  place\n  of ']) {
      expect(judge('Should I use a single container?', `Run it on Kubernetes${connector}a single container.`)).toEqual({
        verdict: 'No',
        rule: 'instead',
      });
    }
  });
});

describe('judgePolarity: a question of several sentences', () => {
  const summary =
    'The whole product in one container that keeps its data on one volume. The vendor recommends the cluster layout, not this, for production.';

  it('reads the asking sentence’s words first, so the clause about what is asked decides', () => {
    expect(judge('Quillstack runs in one container with a volume. Is that recommended for production?', summary)).toEqual({
      verdict: 'No',
      rule: 'negation',
    });
  });

  it('takes the asking words from the last sentence only, and none from a question of one sentence', () => {
    expect([...readAskingTokens('It runs in one container. Is that recommended?')]).toEqual(tokenizeText('recommended'));
    expect(readAskingTokens('Is one container recommended?').size).toBe(0);
  });

  it('picks the clause by the asking words before the other words of the question', () => {
    const asked = new Set(tokenizeText('one container volume recommends production'));
    expect(pickClause(summary, asked, new Set(tokenizeText('recommends production')))).toBe(
      'The vendor recommends the cluster layout, not this, for production.',
    );
    expect(pickClause(summary, asked)).toBe('The whole product in one container that keeps its data on one volume.');
  });
});

describe('judgePolarity: whether a choice has a drawback', () => {
  const limitation = 'When the ledger runs on the shared cache instead, reports carry no running totals.';

  it('answers yes when a stated limitation or warning is the drawback, though its sentence holds a "no"', () => {
    expect(judge('Is there any downside to running the ledger on the shared cache?', limitation, 'note', 'limitation')).toEqual({
      verdict: 'Yes',
      rule: 'drawback',
    });
    expect(judge('Are there caveats with the shared cache?', limitation, 'note', 'warning').verdict).toBe('Yes');
  });

  it('leaves other kinds of facts, questions that ask no existence and negated questions to the other rules', () => {
    expect(judge('Is there any downside to running the ledger on the shared cache?', limitation, 'note', 'recommendation').rule).toBe(
      'negation',
    );
    expect(judge('Is the downside of the shared cache that reports carry totals?', limitation, 'note', 'limitation').rule).toBe('negation');
    expect(judge('Is there no downside to the shared cache?', limitation, 'note', 'limitation').rule).toBe('negation');
  });
});

describe('isQuestionNegated and endsWithQuestionTag', () => {
  it("reads an auxiliary's own n't as asking whether the plain claim holds, but a separate not as negating it", () => {
    expect(isQuestionNegated("Can't I share the ledger between two workers?")).toBe(false);
    expect(isQuestionNegated("Isn't the cache needed?")).toBe(false);
    expect(isQuestionNegated('It runs in one pod. Doesn\u2019t that need a second zone?')).toBe(false);
    expect(isQuestionNegated('Is the cache not needed?')).toBe(true);
    expect(isQuestionNegated('Does the worker never restart?')).toBe(true);
  });

  it('reads a negation in a sentence setting the scene as no part of the question asked after it', () => {
    expect(isQuestionNegated('We pointed the worker at our frob store and it never connects. Is the frob store supported?')).toBe(false);
    expect(isQuestionNegated("The cache didn't start! Is the cache needed?")).toBe(false);
    expect(isQuestionNegated('The cache starts fine. Is the cache not needed?')).toBe(true);
  });

  it('reads a negated clause before a spaced dash as the scene of the question after it', () => {
    expect(isQuestionNegated("jobs aren't running \u2014 do the workers need the cache?")).toBe(false);
    expect(isQuestionNegated("jobs aren't running - do the workers need the cache?")).toBe(false);
    expect(isQuestionNegated('jobs run fine \u2014 do the workers not need the cache?')).toBe(true);
    // A hyphen inside a word is no dash, and a dash before "is that right?" points back to the clause.
    expect(isQuestionNegated("non-HA jobs aren't cached-do the workers need it?")).toBe(true);
    expect(isQuestionNegated("the workers don't need the cache \u2014 is that right?")).toBe(true);
  });

  it('keeps a negated scene that a question points back to ("… Is that right?", "… Is it true?")', () => {
    expect(isQuestionNegated('The worker does not need a cache. Is that right?')).toBe(true);
    expect(isQuestionNegated('The worker does not need a cache. Is it true?')).toBe(true);
    expect(isQuestionNegated('The worker does not need a cache. Is this what the vendor says?')).toBe(true);
  });

  it('reads a closing auxiliary tag as asking the plain claim, and a closing "right?" as asking the statement as written', () => {
    expect(isQuestionNegated("The worker can't run on arm64, can it?")).toBe(false);
    expect(isQuestionNegated("The worker runs on arm64, doesn't it?")).toBe(false);
    expect(isQuestionNegated("The worker can't run on arm64, right?")).toBe(true);
    expect(isQuestionNegated('The worker runs on arm64, right?')).toBe(false);
  });

  it('finds a closing tag only at the end of a statement after a comma', () => {
    expect(endsWithQuestionTag("The worker runs on arm64, isn't it?")).toBe(true);
    expect(endsWithQuestionTag('The worker runs on arm64, correct?')).toBe(true);
    expect(endsWithQuestionTag('The worker runs on arm64, is it enough?')).toBe(false);
    expect(endsWithQuestionTag('Is it right?')).toBe(false);
  });

  it('finds a closing tag set off by a dash as by a comma ("… - right?")', () => {
    expect(endsWithQuestionTag('The worker keeps running and the registry only matters at start - right?')).toBe(true);
    expect(endsWithQuestionTag('The worker keeps running \u2014 correct?')).toBe(true);
    expect(endsWithQuestionTag('The worker keeps running-right?')).toBe(false);
  });

  it('reads the negation of a closing "so we don\'t need Y" as the asker\'s inference, not the claim asked', () => {
    expect(isQuestionNegated("Does the server run its own workers, so we don't need separate worker machines?")).toBe(false);
    expect(isQuestionNegated("Does the server run its own workers, which means we don't need a queue?")).toBe(false);
    expect(isQuestionNegated('Does the server not run its own workers, so we need separate machines?')).toBe(true);
  });

  it('finds a closing tag whose question mark a split into parts took away ("…, right? and what …?")', () => {
    expect(endsWithQuestionTag('The worker runs on arm64, right')).toBe(true);
    expect(endsWithQuestionTag("The worker doesn't run on arm64, does it")).toBe(true);
    expect(endsWithQuestionTag('The worker runs on arm64 right now')).toBe(false);
  });

  it('reads a tag in capitals as one ("…, Right?", "…, Isn\'t it?")', () => {
    expect(endsWithQuestionTag('The worker runs on arm64, Right?')).toBe(true);
    expect(endsWithQuestionTag("The worker runs on arm64, Doesn't It?")).toBe(true);
    expect(isQuestionNegated("The worker runs on arm64, Doesn't it?")).toBe(false);
    expect(isQuestionNegated('The worker is optional, No?')).toBe(false);
  });

  it('answers "can\'t I …?" against a ruled-out fact with No, as "can I …?" is answered', () => {
    const ruledOut = 'Not supported: cluster mode. Cluster mode is not supported yet';
    expect(judge("Can't I run the cache in cluster mode?", ruledOut, 'incompatibility').verdict).toBe('No');
    expect(judge('Can I run the cache in cluster mode?', ruledOut, 'incompatibility').verdict).toBe('No');
    expect(judge("The cache runs in cluster mode, doesn't it?", ruledOut, 'incompatibility').verdict).toBe('No');
  });
});

describe('judgePolarity: what counts as a negation before an opposite word', () => {
  const separate = 'Do A and B need two separate stores?';

  it('takes only "be", "is", "are" and their forms between "not" and the word, not a word ending in them', () => {
    // "this" ends in "is", but "not this shared" negates nothing: both write to the one shared store.
    expect(judge(separate, 'A and B write to a shared store, whether or not this shared store is backed up.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
  });

  it('takes only "be", "is", "are" and their forms between "not" and the word, not a word starting with them', () => {
    // "because" starts with "be", but "not because shared" negates the reason, not the sharing.
    expect(judge(separate, 'A and B write to one store, not because shared disks are cheap but because B reads what A writes.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
  });
});

describe('readAskingTokens: what makes a question of several sentences', () => {
  it('does not count a list number before a question as a sentence of its own', () => {
    expect(readAskingTokens('1. Is one container recommended?').size).toBe(0);
  });

  it('takes the asking words from the last of three sentences, not the second', () => {
    expect([...readAskingTokens('It runs in one container. It keeps its data on one volume. Is that recommended?')]).toEqual(
      tokenizeText('recommended'),
    );
  });
});

describe('judgePolarity: the drawback rule reads notes only', () => {
  it('does not read a setting as a stated drawback, whatever kind it is tagged with', () => {
    const setting = 'Cache mode = shared (default): The ledger and the API use the one cache.';
    expect(judge('Is there any downside to the shared cache?', setting, 'setting', 'limitation').rule).not.toBe('drawback');
  });
});

describe('judgePolarity: the words before "instead of"', () => {
  it('reads a version number among the words before "instead of" as the thing preferred', () => {
    // The preferred thing is "PostgreSQL 16"; the question names it and the thing replaced, so the preference alone
    // cannot decide, and the plain reading (the fact recommends it, nothing is negated) gives yes.
    const fact16 = 'Point the ledger at PostgreSQL 16 for this instead of the embedded database.';
    expect(judge('Is PostgreSQL 16 recommended over the embedded database?', fact16)).toEqual({ verdict: 'Yes', rule: 'negation' });
    expect(judge('Should the ledger use PostgreSQL 16?', fact16)).toEqual({ verdict: 'Yes', rule: 'instead' });
  });

  it('reads a preferred thing that ends in a version number', () => {
    const fact16 = 'Point the ledger at PostgreSQL 16 instead of the embedded database.';
    expect(judge('Should the ledger use the embedded database?', fact16)).toEqual({ verdict: 'No', rule: 'instead' });
  });

  it('reads the words before "instead of" across a line break and indentation', () => {
    const wrapped = 'Run the app on Kubernetes\n  for this instead of one big container.';
    expect(judge('Should I use Kubernetes?', wrapped)).toEqual({ verdict: 'Yes', rule: 'instead' });
    expect(judge('Is Kubernetes recommended over one big container?', wrapped)).toEqual({ verdict: 'Yes', rule: 'negation' });
  });
});

describe('judgeCondition: the scene a question sets', () => {
  const condition = 'when several instances run';
  const asked = tokenizeText('Is the worker needed with several instances running?');
  const judgeScene = (text: string, stated = condition) => judgeCondition(asked, stated, text);

  it('ignores a denied statement that shares no word with the condition, or only a function word', () => {
    expect(judgeScene('We do not use backups. Is the worker needed with several instances running?')).toBe('holds');
    expect(judgeScene('We do not know when it starts. Is the worker needed with several instances running?')).toBe('holds');
  });

  it('fails only when every statement naming the condition denies it', () => {
    expect(judgeScene('We never run several instances. Is the worker needed?')).toBe('fails');
    expect(judgeScene('We never run one instance. We run several instances. Is the worker needed?')).toBe('holds');
  });

  it('reads a condition with no condition word whole', () => {
    expect(judgeScene('We never run several instances. Is the worker needed?', 'with several instances')).toBe('fails');
  });

  it('reads an "as long as" clause as a condition of the scene, however it is spaced', () => {
    expect(judgeScene('As long as we never run several instances, is the worker needed?')).toBe('fails');
    expect(judgeScene('As  long  as we never run several instances, is the worker needed?')).toBe('fails');
  });
});

describe('isQuestionNegated and endsWithQuestionTag with typographic apostrophes', () => {
  it('reads a curly apostrophe as a straight one', () => {
    expect(endsWithQuestionTag('The worker runs on arm64, isn\u2019t it?')).toBe(true);
    expect(isQuestionNegated('The worker can\u2019t run on arm64, right?')).toBe(true);
  });
});

describe('readFigures', () => {
  it('reads each figure with what it counts, sizes in GiB and CPU words as one', () => {
    expect(readFigures('limits with 150% head-room, 2048 MB or 2 GB, 1,250 users, 3 replicas, 4 vCPUs and 2 cores')).toEqual([
      { value: 150, unit: '%' },
      { value: 2, unit: 'size' },
      { value: 2, unit: 'size' },
      { value: 1250, unit: 'user' },
      { value: 3, unit: 'copies' },
      { value: 4, unit: 'cpu' },
      { value: 2, unit: 'cpu' },
    ]);
  });

  it('skips figures followed by a small word or a one-letter unit, and digits inside names', () => {
    expect(readFigures('run 3 of them, 500m each, on r6g.large and v1.2')).toEqual([]);
    expect(readFigures('20 percent')).toEqual([{ value: 20, unit: '%' }]);
  });
});

describe('judgeClaimedFigure', () => {
  const judge = (question: string, fact: string) => judgeClaimedFigure(question, tokenizeText(question), fact);

  it('says no to a figure offered for confirmation that the fact states otherwise in the same unit, yes to the same', () => {
    const fact = 'CPU limit: the request plus 150% head-room, for load spikes.';
    expect(judge('I remember 100% extra CPU headroom for load spikes. Is that right?', fact)).toBe('No');
    expect(judge('I remember 150% extra CPU headroom. Is that right?', fact)).toBe('Yes');
    expect(judge('Someone told me the cache needs 2048 MB', 'Give the cache 2 GB of memory.')).toBe('Yes');
  });

  it('leaves questions with no figure to confirm, a bound to test, or no figure of that unit in the fact to other rules', () => {
    expect(judge('Does it keep 100% headroom?', 'the request plus 150% head-room')).toBeNull();
    expect(judge('Is 4 GB enough, right?', 'Give it 8 GB.')).toBeNull();
    expect(judge('I remember 3 replicas, right?', 'the request plus 150% head-room')).toBeNull();
    // A figure inside a range the fact states is not contradicted by it.
    expect(judge('I heard 3 GB is right', 'between 2 GB and 4 GB')).toBeNull();
    expect(judge('I heard 5 GB is right', 'between 2 GB and 4 GB')).toBe('No');
  });
});

describe('judgePolarity: a version the question gives against the one a fact demands', () => {
  it('answers no when the fact demands another version of the thing, yes when the question is negated', () => {
    const demand = 'Requirement: A proxy in front of Quillstack must support HTTP/2.';
    expect(judge('Our proxy only speaks HTTP/1.1. Can it sit in front of Quillstack?', demand)).toEqual({
      verdict: 'No',
      rule: 'required-version',
    });
    expect(judge('Our proxy only speaks HTTP/1.1. Is it not allowed in front of Quillstack?', demand)).toEqual({
      verdict: 'Yes',
      rule: 'required-version',
    });
  });

  it('leaves a fact that demands nothing, or the version asked, to the other rules', () => {
    expect(judge('Our proxy speaks HTTP/1.1. Can it sit in front?', 'The proxy in front of Quillstack speaks HTTP/2.').rule).not.toBe(
      'required-version',
    );
    expect(judge('Our proxy speaks HTTP/2. Can it sit in front?', 'A proxy in front of Quillstack must support HTTP/2.').rule).not.toBe(
      'required-version',
    );
  });
});

describe('judgeClaimedRate', () => {
  const rate = (question: string, text: string) => judgeClaimedRate(question, tokenizeText(question), text);
  const stated = 'Quill API: 1 vCPU per 15 sign-ins per second, at 30 sign-ins per second: 2 vCPU.';

  it('answers no when the text states the rate of the same thing with another figure, though it repeats the figure as a load', () => {
    expect(rate('The doc budgets 1 vCPU per 30 sign-ins per second. Right?', stated)).toBe('No');
    expect(rate('The doc budgets 1 vCPU per 1,500 sign-ins per second. Right?', 'Quill API: 1 vCPU per 1,500 sign-ins.')).toBe('Yes');
  });

  it('answers yes for the stated figure, and nothing for a rate of another thing, no rate, or no claim', () => {
    expect(rate('The doc budgets 1 vCPU per 15 sign-ins per second. Right?', stated)).toBe('Yes');
    expect(rate('The doc budgets 1 vCPU per 30 refreshes per second. Right?', stated)).toBeNull();
    expect(rate('The doc budgets 2 vCPU in all. Right?', stated)).toBeNull();
    expect(rate('How many vCPU per 30 sign-ins per second?', stated)).toBeNull();
  });
});

describe('judgePolarity: a "without" the fact cannot judge', () => {
  it('reads a "without" whose words the fact never uses as a manner, not a denial, when the fact denies nothing', () => {
    const text = 'Existing definitions and schedules carry over from the ledger.';
    expect(judge('Our schedules carry over without recreating them, right?', text, 'note').verdict).toBe('Yes');
  });

  it('keeps a "without" whose words the fact uses, or any "without" before a fact that denies', () => {
    expect(judge('Can the Quill worker run without the session cache?', 'The Quill worker needs the session cache.').verdict).toBe('No');
    expect(judge('Can Quill be updated without taking it down?', 'Updates need no downtime.', 'note').verdict).toBe('Yes');
    expect(judge('Can Quill be updated without a restart?', 'Updates need a restart of every pod.', 'note').verdict).toBe('No');
  });

  it('keeps a "without" whose word of four letters or more opens a word of the fact ("sync" of "synchronous")', () => {
    expect(judge('Can the ledger be moved without a sync?', 'The ledger moves by synchronous replication.', 'note').verdict).toBe('No');
  });

  it('drops a "without" whose word of three letters only opens a longer word of the fact ("log" of "login")', () => {
    expect(judge('Can the ledger be copied without a log?', 'The ledger is copied at each login.', 'note').verdict).toBe('Yes');
  });
});

describe('judgePolarity: a lack the question and the fact both state names a case', () => {
  const mirror = 'Conditional: sealed clusters without outside network access.';

  it('answers yes when the fact states the part needed in the case the question names by a lack', () => {
    expect(judge('Can the ledger be installed on a cluster that has no outside network access?', mirror, 'necessity')).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
    expect(judge('Can the ledger be installed on a cluster without outside network access?', mirror, 'necessity').verdict).toBe('Yes');
  });

  it('still denies when the fact denies the case the lack names', () => {
    expect(
      judge('Does the ledger work without outside network access?', 'The ledger does not work without outside network access.'),
    ).toEqual({
      verdict: 'No',
      rule: 'negation',
    });
    expect(judge('Does the ledger work without outside network access?', 'The ledger works without outside network access.').verdict).toBe(
      'Yes',
    );
  });

  it('keeps a lack the fact does not share as a denial', () => {
    expect(judge('Does the ledger need no outside network access?', 'The ledger needs outside network access.').verdict).toBe('No');
  });
});

describe('judgePolarity: a claim that one place is the only one ("held only in X")', () => {
  const saved = 'Note: Saving a plan writes it in Ledgerbase and queues a matching job in Quillcache.';

  it('says no when the fact names another place after the same preposition', () => {
    expect(judge('Are Quillstack plans held only in Quillcache?', saved, 'note', 'info')).toEqual({ verdict: 'No', rule: 'exclusive' });
  });

  it('leaves the claim to the other rules when the fact names no other place, or the question singles none out', () => {
    expect(judge('Are Quillstack plans held only in Quillcache?', 'Note: Plans are written in Quillcache.', 'note', 'info')).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
    expect(judge('Are Quillstack plans held in Quillcache?', saved, 'note', 'info').verdict).toBe('Yes');
  });
});

describe('judgePolarity: whether a switch off by default is optional', () => {
  const tls = 'LEDGER_TLS = false (default): Set to true for TLS connections.';

  it('answers yes, as a deployment runs without it until it is turned on, and no when asked negated', () => {
    expect(judge('Is TLS on the Quillstack-to-ledger connection optional?', tls, 'setting')).toEqual({ verdict: 'Yes', rule: 'setting' });
    expect(judge('Is TLS to the ledger not optional?', tls, 'setting')).toEqual({ verdict: 'No', rule: 'setting' });
  });

  it('reads "on" before a determiner as a place, and "on" elsewhere as the state asked', () => {
    expect(judge('Is TLS on by default?', tls, 'setting')).toEqual({ verdict: 'No', rule: 'setting' });
    expect(judge('Is TLS on the ledger link turned off?', tls, 'setting')).toEqual({ verdict: 'Yes', rule: 'setting' });
  });

  it('leaves a switch on by default, or a value that is no switch, to the other rules', () => {
    expect(judge('Is TLS optional?', 'LEDGER_TLS = true (default): Set to false to turn TLS off.', 'setting').rule).not.toBe('setting');
    expect(judge('Is the ledger port optional?', 'LEDGER_PORT = 6379 (default): Port of the ledger.', 'setting').rule).not.toBe('setting');
  });
});

describe('judgePolarity: the only place and the optional switch at their edges (mutation session 44)', () => {
  it('leaves "only in X" to the other rules when the fact never names X, or names the other place in words the question uses', () => {
    expect(
      judge(
        'Are Quillstack plans held only in Quillcache?',
        'Note: Saving a plan writes it in Ledgerbase and in Blobstore.',
        'note',
        'info',
      ),
    ).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
    expect(
      judge(
        'Are Quillstack plans held only in Quillcache, next to the ledger?',
        'Note: Saving a plan writes it in Ledger-Base and queues a job in Quillcache.',
        'note',
        'info',
      ),
    ).toEqual({ verdict: 'Yes', rule: 'negation' });
  });

  it('answers "optional?" only of a switch whose default is off, not of an example value or an "off by default" note', () => {
    expect(judge('Is TLS optional?', 'LEDGER_TLS = false (example): Set to true for TLS connections.', 'setting').rule).not.toBe('setting');
    expect(judge('Is the ledger TLS optional by default?', 'Note: TLS is off by default.', 'note', 'info')).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
  });
});

describe('judgePolarity: the clause naming a required value', () => {
  const mode = 'Ledger mode = single (required): The ledger runs as one writer.';

  it('judges the claim by the clause that names the value, not by a denial of other values in another clause', () => {
    expect(
      judge('For the ledger, it has to run in mode single, modes pooled and sharded are not allowed, right?', mode, 'setting'),
    ).toEqual({ verdict: 'Yes', rule: 'required-value' });
    expect(judge('For the ledger, it must not run in mode single, right?', mode, 'setting')).toEqual({
      verdict: 'No',
      rule: 'required-value',
    });
  });

  it('reads the whole question when no clause or several clauses name the value', () => {
    expect(judge('The ledger mode must not be single, I think, right?', mode, 'setting')).toEqual({
      verdict: 'No',
      rule: 'required-value',
    });
    expect(judge('Ledger mode single is not needed, mode single is wrong?', mode, 'setting')).toEqual({
      verdict: 'No',
      rule: 'required-value',
    });
  });
});

/** A switch on by default whose note says what happens with it off. */
const workers = 'Ledger workers = true (default): Turns the workers on; with them off, jobs keep running, handled by the API.';

describe('judgePolarity: an outcome in the state the question sets', () => {
  it('judges the outcome the question asks about in the state its condition or scene sets, not the default state', () => {
    expect(judge('If I turn the ledger workers off, do jobs still run?', workers, 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'state-outcome',
    });
    expect(judge('We switched off the ledger workers. Are jobs still handled?', workers, 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'state-outcome',
    });
    expect(judge('If I disable the ledger workers, then jobs are not handled any more?', workers, 'setting')).toEqual({
      verdict: 'No',
      rule: 'state-outcome',
    });
    // A short label may open the question before its condition.
    expect(judge('Ledger setup: if I turn the workers off, do jobs still run?', workers, 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'state-outcome',
    });
    // Opposite words deny as a negation does: jobs that "keep running" do not stop.
    expect(judge('If I turn the ledger workers off, do jobs stop?', workers, 'setting')).toEqual({ verdict: 'No', rule: 'state-outcome' });
  });

  it("leaves the question to the other rules when its state is not the fact clause's, or it sets none", () => {
    expect(judge('If I turn the ledger workers on, do jobs still run?', workers, 'setting').rule).not.toBe('state-outcome');
    expect(judge('Are the ledger workers off by default?', workers, 'setting')).toEqual({ verdict: 'No', rule: 'setting' });
    expect(judge('Ledger workers: are they on and off?', workers, 'setting').rule).not.toBe('state-outcome');
    expect(judge('If I turn the workers off, do jobs run?', 'Ledger workers = true (default): Runs the jobs.', 'setting').rule).not.toBe(
      'state-outcome',
    );
  });
});

describe('isQuestionNegated: a consequence without a comma', () => {
  it('drops what the asker infers after "so" opening a clause, up to the question mark', () => {
    expect(isQuestionNegated('The ledger is stateless so we do not keep it, only the store?')).toBe(false);
    expect(isQuestionNegated('The ledger is stateless so we need no backup?')).toBe(false);
    expect(isQuestionNegated('The ledger is not stateless so it needs a backup?')).toBe(true);
  });

  it('keeps a "so" that opens no clause of its own', () => {
    expect(isQuestionNegated('Is the ledger so slow that it does not work?')).toBe(true);
  });
});

describe('judgePolarity: the clause naming a required value, and the outcome in a state (mutation session 52)', () => {
  const mode = 'Ledger mode = single writer (required): The ledger runs as one writer.';
  const engine = 'Queue engine = Redis 7 (required): The queue runs on it.';

  it('names a value by its words with letters only, by every word of it, and reads the whole question when two clauses name it', () => {
    // "Redis 7" is named by "Redis": the version digit need not be written.
    expect(judge('The queue engine must be Redis, other engines are not supported, right?', engine, 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'required-value',
    });
    // The clause with every word of the value decides, not one holding a single word of it.
    expect(judge('The ledger mode is single writer, writer pools are not allowed, right?', mode, 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'required-value',
    });
    // Two clauses naming it: the whole question, whose negation decides.
    expect(judge('Ledger mode must be single writer, and single writer is not optional, right?', mode, 'setting')).toEqual({
      verdict: 'No',
      rule: 'required-value',
    });
  });

  it('takes a condition only at the opening, and the last of several sentences as what is asked', () => {
    expect(judge('Do jobs still run if I turn the ledger workers off, or do they stop?', workers, 'setting').rule).not.toBe(
      'state-outcome',
    );
    expect(judge('We switched the ledger workers off. We did not touch the rest. Are jobs still handled?', workers, 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'state-outcome',
    });
  });

  it('reads no state from a count, a bare "no" or a situation without switch words, and an "on" among other words', () => {
    expect(judge('If we run 0 spare ledger workers, do jobs still run?', workers, 'setting').rule).not.toBe('state-outcome');
    expect(judge('If we keep no spare ledger workers, do jobs still run?', workers, 'setting').rule).not.toBe('state-outcome');
    const idle = 'Note: When idle, the ledger workers sleep.';
    expect(judge('If traffic is low, do the ledger workers sleep?', idle, 'note', 'info').rule).not.toBe('state-outcome');
    const cache = 'Ledger cache = false (default): Off by default; with it on, reads come from memory.';
    expect(judge('If I turn the ledger cache on, do reads come from memory?', cache, 'setting')).toEqual({
      verdict: 'Yes',
      rule: 'state-outcome',
    });
  });

  it('answers no when the fact denies the outcome in that state', () => {
    const stopping = 'Ledger workers = true (default): Turns the workers on; with them off, jobs do not run.';
    expect(judge('If I turn the ledger workers off, do jobs still run?', stopping, 'setting')).toEqual({
      verdict: 'No',
      rule: 'state-outcome',
    });
  });
});

describe('judgePolarity: relative clauses', () => {
  const ledger =
    "Ledger store: Keeps the ledger's records, including audit trails by default, and serves data that does not fit the cache.";

  it('lets a negated relative clause about something else deny nothing', () => {
    expect(judge('Does the ledger store keep audit trails by default?', ledger, 'purpose')).toEqual({ verdict: 'Yes', rule: 'negation' });
  });

  it('keeps a negated relative clause about what is asked', () => {
    expect(judge('Does the ledger store keep data in the cache?', ledger, 'purpose').verdict).toBe('No');
  });

  it('reads "that" before a subject as saying something, so its negation still counts', () => {
    expect(
      judge('Does the ledger store keep audit trails?', 'Ledger store: The vendor says that it does not keep audit trails.', 'purpose')
        .verdict,
    ).toBe('No');
  });

  const clones = 'Note: For ledgers connected to Git it keeps clones of their repositories on its file system.';

  it("drops a question's relative clause with its own subject whose words the fact never uses", () => {
    expect(
      judge("Does the ledger keep anything on its file system that we'd lose with the pod, like clones?", clones, 'note', 'info'),
    ).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
  });

  it('keeps such a clause when the fact uses its words', () => {
    const lost = 'Note: The clones it keeps on its file system are lost with the pod.';
    expect(judge("Does the ledger keep anything that we'd lose with the pod?", lost, 'note', 'info').verdict).toBe('Yes');
  });
});

describe('judgePolarity: what follows with a kind of part ("with a persistent cache, …")', () => {
  const cache = 'Option: Persistence is optional; with a persistent cache, users keep their sessions when the cache restarts.';

  it('turns the outcome round when an opening condition denies the kind', () => {
    expect(judge("If the cache restarts and it's not persistent, do users keep their sessions?", cache, 'note', 'option')).toEqual({
      verdict: 'No',
      rule: 'state-outcome',
    });
    expect(judge('If the cache is non-persistent, do users keep their sessions?', cache, 'note', 'option').verdict).toBe('No');
  });

  it('keeps the outcome when the opening condition grants the kind', () => {
    expect(judge('If the cache is persistent, do users keep their sessions?', cache, 'note', 'option')).toEqual({
      verdict: 'Yes',
      rule: 'state-outcome',
    });
  });

  it('reads no situation from a statement or an aside, nor from a condition that names another kind', () => {
    expect(judge('Must the cache be persistent, i.e. snapshots on, before launch?', cache, 'note', 'option').rule).not.toBe(
      'state-outcome',
    );
    expect(judge('If the cache is not replicated, do users keep their sessions?', cache, 'note', 'option').rule).not.toBe('state-outcome');
  });
});
