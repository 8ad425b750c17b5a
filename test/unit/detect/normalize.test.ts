import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { normalize, originalSpan } from '../../../lib/detect/normalize.ts';

// Each kind of character a paste or a phone keyboard slips in: what the recognizers
// read, and the way back to the characters the user wrote.
const CASES: Array<[string, string, string]> = [
  ['no-break space', 'FR76\u00a01234', 'FR76 1234'],
  ['narrow no-break space', '06\u202f12', '06 12'],
  ['thin space', '06\u200912', '06 12'],
  ['figure space', '06\u200712', '06 12'],
  ['ideographic space', 'a\u3000b', 'a b'],
  ['zero-width space', 'Ma\u200bthilde', 'Mathilde'],
  ['zero-width joiner and non-joiner', 'a\u200cb\u200dc', 'abc'],
  ['word joiner and BOM', '\ufeffab\u2060c', 'abc'],
  ['soft hyphen', 'Gar\u00adnier', 'Garnier'],
  ['bidi marks and embeddings', '\u200eKarim\u200f \u202aX\u202c \u2066Y\u2069', 'Karim X Y'],
  ['non-breaking hyphen', 'Jean\u2011Marc', 'Jean-Marc'],
  ['full-width letters and digits', 'ＦＲ７６＠ｘ', 'FR76@x'],
  ['combining accent', 'e\u0301lodie', 'élodie'],
  ['two combining marks', 'a\u0301\u0323b', 'a\u0301\u0323b'.normalize('NFC')],
];

describe('normalize', () => {
  it.each(CASES)('%s', (_kind, input, expected) => {
    const n = normalize(input);
    expect(n.text).toBe(expected);
    // Every normalised character maps inside the original, in order, and a letter or
    // digit comes from characters that show it.
    for (let i = 0; i < n.text.length; i++) {
      const [start, end] = originalSpan(n, i, i + 1);
      expect(start).toBeLessThan(end);
      expect(end).toBeLessThanOrEqual(input.length);
      if (/[\p{L}\p{N}]/u.test(n.text[i]))
        expect(input.slice(start, end).normalize('NFKC')).toContain(n.text[i].normalize('NFKC'));
      if (i > 0) expect(start).toBeGreaterThanOrEqual(originalSpan(n, i - 1, i)[0]);
    }
    expect(originalSpan(n, 0, n.text.length)[1]).toBeLessThanOrEqual(input.length);
  });

  it('leaves ordinary text alone and keeps offsets as they are', () => {
    const n = normalize('Voir Karim demain, 06 12 34 56 78.');
    expect(n.starts).toBeNull();
    expect(originalSpan(n, 5, 10)).toEqual([5, 10]);
  });

  it('maps a span over removed characters to the whole original span', () => {
    const input = 'x Ma\u200bthi\u00adlde y';
    const n = normalize(input);
    const at = n.text.indexOf('Mathilde');
    expect(input.slice(...originalSpan(n, at, at + 8))).toBe('Ma\u200bthi\u00adlde');
  });
});

describe('findings land on the characters the user wrote', () => {
  it.each([
    [
      'IBAN with no-break spaces',
      'rib FR76\u00a04406\u00a05223\u00a00371\u00a05187\u00a04104\u00a0032 merci',
      'FR76\u00a04406\u00a05223\u00a00371\u00a05187\u00a04104\u00a0032',
    ],
    [
      'phone with narrow spaces',
      'tel 06\u202f45\u202f78\u202f12\u202f90 ok',
      '06\u202f45\u202f78\u202f12\u202f90',
    ],
    [
      'name with a zero-width space',
      'voir Ma\u200bthilde Roussel demain',
      'Ma\u200bthilde Roussel',
    ],
    ['name with a combining accent', 'appelle E\u0301lodie Garnier', 'E\u0301lodie Garnier'],
    [
      'e-mail with a zero-width space',
      'mail b.nguyen@ser\u200bvices.fr ok',
      'b.nguyen@ser\u200bvices.fr',
    ],
    ['full-width phone', 'num ０６ ８１ ２２ ４３ ７０', '０６ ８１ ２２ ４３ ７０'],
    ['NIR with bidi marks', 'secu \u200e2 32 08 77 310 714 44\u200e', '2 32 08 77 310 714 44'],
  ])('%s', (_kind, text, expected) => {
    const { findings } = analyze(text);
    expect(findings.map((f) => f.text)).toContain(expected);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
