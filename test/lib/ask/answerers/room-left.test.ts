import { describe, expect, it } from 'vitest';
import { answerRoomLeft } from '../../../../src/lib/ask/answerers/room-left.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildNoted } from '../../../fixtures/build-ask-architecture.ts';

const maximum = 'The ledger has a recommended maximum size of 8 GB.';
const roomLeft = (question: string, text = maximum) =>
  answerRoomLeft(buildAnswerContext([buildNoted([{ kind: 'limitation', text }])], question));

describe('answerRoomLeft: the room a stated maximum size leaves above a size the question gives', () => {
  it('subtracts the size given from the maximum, in the unit the fact writes it', () => {
    const draft = roomLeft('Our Quillstack ledger is at 2.5 GB. How much room does that leave under the maximum?');
    expect(draft?.kind).toBe('compute');
    expect(draft?.text).toBe(
      'Quillstack: 8 GB − 2.5 GB = 5.5 GB left under the stated maximum. Limitation: The ledger has a recommended maximum size of 8 GB.',
    );
    // A size in another unit is read into the fact's: 512 MiB is half a GB under archkb's binary reading.
    expect(roomLeft('The Quillstack ledger holds 512 MiB. How much headroom remains under the maximum?')?.text).toMatch(
      /: 8 GB − 0\.5 GB = 7\.5 GB left/,
    );
  });

  it('answers nothing without a question of room, a size given, a stated maximum, or with the maximum already reached', () => {
    expect(roomLeft('Our Quillstack ledger is at 2.5 GB. What is the maximum?')).toBeNull();
    expect(roomLeft('How much room is left under the Quillstack ledger maximum?')).toBeNull();
    expect(roomLeft('Our Quillstack ledger is at 2.5 GB. How much room is left?', 'The ledger is usually 8 GB.')).toBeNull();
    expect(roomLeft('Our Quillstack ledger is at 9 GB. How much room is left under the maximum?')).toBeNull();
  });
});
