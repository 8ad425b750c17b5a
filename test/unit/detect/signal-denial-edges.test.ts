import { describe, expect, it } from 'vitest';
import { deniedBefore, deniedCue, THESE_DAYS } from '../../../lib/detect/signals/context.ts';
import { signalText } from '../../../lib/detect/signals/normalize.ts';
import { distressAndUrgent, withRulesAlone } from './helpers.ts';

// Where a denial stops (lib/detect/signals/context.ts), as the mutation run of the
// signals' context found it unpinned: a negation in an earlier clause denies nothing after
// the comma; one inside the cue or right after it does; "personne … jamais" says "ever".

withRulesAlone();

const NIGHT = new Date('2026-12-02T22:00:00');
const at = (text: string, word: string) => {
  const read = signalText(text);
  return { read, at: read.indexOf(word) };
};

describe('a negation denies only its own clause', () => {
  it('"ça va pas vraiment, envie de mourir": the comma ends the denial', () => {
    const { read, at: i } = at('ça va pas vraiment, envie de mourir ce soir', 'envie');
    expect(deniedBefore(read, i)).toBe(false);
    expect(deniedCue(read, /envie de mourir/, i)).toBe(false);
    expect(distressAndUrgent('ça va pas vraiment, envie de mourir ce soir', NIGHT)).toEqual([
      'DISTRESS',
      'URGENT',
    ]);
  });

  it('"pas vraiment envie de mourir": denied in the same clause', () => {
    const { read, at: i } = at('pas vraiment envie de mourir', 'envie');
    expect(deniedBefore(read, i)).toBe(true);
    expect(distressAndUrgent('pas vraiment envie de mourir', NIGHT)).toEqual([]);
  });

  it('a negation after the cue, beyond its reach, denies nothing before it', () => {
    const text = 'je pense au suicide, pas du tout à la fac';
    const { read, at: i } = at(text, 'pense');
    expect(deniedBefore(read, i, 'pense au suicide'.length)).toBe(false);
    expect(distressAndUrgent(text, NIGHT)).toEqual(['DISTRESS', 'URGENT']);
  });

  it('"je pense plus du tout au suicide": denied', () =>
    expect(distressAndUrgent('je pense plus du tout au suicide', NIGHT)).toEqual([]));

  it('the cue read where it was found, not at its first match in the sentence', () => {
    const read = signalText('envie de mourir? pas envie de mourir, non');
    expect(deniedCue(read, /envie de mourir/, 0)).toBe(false);
    expect(deniedCue(read, /envie de mourir/, read.lastIndexOf('envie'))).toBe(true);
  });

  it('a cue not found at the place asked is not denied', () =>
    expect(deniedCue('je vais bien', /envie de mourir/, 0)).toBe(false));
});

describe('"personne … jamais" says "ever", not a denial', () => {
  it.each(['personne ne m’écoute jamais', 'nobody listens to me never'])('%s', (text) => {
    const read = signalText(text);
    expect(deniedCue(read, /(?:personne|nobody) \S+ \S+/, 0)).toBe(false);
  });

  it('"il me frappe jamais": denied right after the verb', () => {
    const read = signalText('il me frappe jamais');
    expect(deniedCue(read, /me frappe/, read.indexOf('me frappe'))).toBe(true);
  });
});

describe('"en ce moment": these days, unless "même"', () => {
  it.each([
    ['en ce moment je dors mal', true],
    ['en ce moment meme je tremble', false],
  ])('%s', (text, lasting) => expect(THESE_DAYS.test(text)).toBe(lasting));
});
