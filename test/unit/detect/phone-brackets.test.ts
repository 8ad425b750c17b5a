import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

// Every bracket form of a phone's prefix, and the sentence's own brackets around it: the
// number's span keeps the brackets it opens and closes, never the sentence's.
const PHONES = [
  '(+33) 6 12 34 56 78',
  '(+33)6 12 34 56 78',
  '+33 (0)6 12 34 56 78',
  '+33 (0) 6 12 34 56 78',
  '+33(0)612345678',
  '(0)6 12 34 56 78',
  '(06) 12 34 56 78',
  '+33 6 12 34 56 78',
  '06 12 34 56 78',
  '(+44) 20 7946 0321',
  '+44 (0)20 7946 0321',
  '(020) 7946 0321',
  '(+44) 7700 900 418',
];

const SENTENCES: Array<[string, (phone: string) => string]> = [
  ['a closing bracket after it', (p) => `call me on ${p})`],
  ['a closing bracket and a full stop', (p) => `rappelle-moi au ${p}).`],
  ['two closing brackets', (p) => `au ${p}))`],
  ['brackets around it', (p) => `(${p})`],
  ['brackets around the sentence', (p) => `(tu peux l'appeler au ${p})`],
  ['a bracket closed after a comma', (p) => `(numéro : ${p}), merci`],
  ['a bracket opened before it and never closed', (p) => `son numéro (${p} et voilà`],
  ['nothing around it', (p) => `son numéro ${p} et voilà`],
];

describe('brackets around and inside a phone number', () => {
  for (const [sentence, write] of SENTENCES)
    it.each(PHONES)(`${sentence}: %s`, (phone) => {
      // "(+33 6…" never closed keeps its bracket: the plus sign and its bracket go together.
      const text = write(phone);
      expect(foundOfType(text, 'PHONE')).toEqual([phone]);
    });

  it.each([
    ['a stray bracket before the prefix', 'tel )+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['a bracket closing inside the number', 'tel 06 12) 34 56 78', '06 12) 34 56 78'],
    ['a country code in brackets glued to a word', 'tel(+33) 6 12 34 56 78', '(+33) 6 12 34 56 78'],
    ['a trunk zero in brackets glued to a word', 'Mobile(0)6 12 34 56 78', '(0)6 12 34 56 78'],
    ['brackets around it glued to a word', 'tel(06 12 34 56 78)', '06 12 34 56 78'],
  ])('%s', (_case, text, phone) => expect(foundOfType(text, 'PHONE')).toEqual([phone]));
});
