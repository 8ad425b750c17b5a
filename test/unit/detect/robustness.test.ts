import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../lib/detect/index.ts';

// Under mutation testing (scripts/mutation.mjs sets CADRE_MUTATION) the code is instrumented
// and ten times slower or more; an exponential backtrack still blows any budget, and
// Stryker counts a mutant that hangs as detected.
const MUTATION = Boolean(process.env.CADRE_MUTATION);
const BUDGET_MS = MUTATION ? 20_000 : 200;
const TIMEOUT_MS = MUTATION ? 120_000 : 5000;

// Best of five runs: the cost of the algorithm, not of a busy machine.
const time = (fn: () => void): number => {
  let best = Infinity;
  for (let run = 0; run < (MUTATION ? 1 : 5); run++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

// Inputs built to make a careless regular expression backtrack.
const adversarial: Array<[string, string]> = [
  ['letters without @', 'a'.repeat(100_000)],
  ['e-mail local parts', 'a.'.repeat(50_000)],
  ['many @', '@a'.repeat(50_000)],
  ['digits', '1'.repeat(100_000)],
  ['spaced digits', '1 '.repeat(50_000)],
  ['dotted digits', '06.'.repeat(33_000)],
  ['IBAN-like', 'FR76 '.repeat(20_000)],
  ['URL-like', 'http://'.repeat(14_000)],
  ['host-like', 'a-'.repeat(50_000) + '.local'],
  ['dots', 'a.'.repeat(50_000) + 'corp'],
  ['backslashes', '\\\\'.repeat(50_000)],
  ['capitalised words', 'Jean '.repeat(20_000)],
  ['titles', 'M. '.repeat(33_000)],
  ['street numbers', '1 rue '.repeat(16_000)],
  ['question marks', '?'.repeat(100_000)],
  ['spaces', ' '.repeat(100_000)],
  ['newlines', '\n'.repeat(100_000)],
  ['birth cues', 'née le '.repeat(14_000)],
  ['plates', 'AB-123-'.repeat(14_000)],
];

describe('adversarial inputs run in linear time', () => {
  it.each(adversarial)(
    '%s (100 KB) in under 200 ms',
    (_name, text) => {
      analyze('warm up: Jean Dupont, 06 12 34 56 78');
      const ms = time(() => createAnalyzer().analyze(text));
      expect(ms).toBeLessThan(BUDGET_MS);
    },
    TIMEOUT_MS,
  );
});

describe('any string', () => {
  const odd = [
    '',
    ' ',
    '\u0000\u0001\u0002\u001f\u007f',
    '\ud800 lone high \udc00 lone low \ud83d',
    'مرحبا يا كريم، رقمي 0612345678',
    'שלום Sarah עם 06 12 34 56 78',
    '👩🏽‍💻👨‍👩‍👧 Zoé 🎉🎉 appelle 06 12 34 56 78 🙏',
    '\u202eRTL override Karim\u202c',
    'Ｆｕｌｌｗｉｄｔｈ　ＮＡＭＥ',
    'e\u0301lodie Dupont',
    '\r\n\r\nJean\r\nDupont\r\n',
  ];
  it.each(odd)('%j returns without throwing, with offsets inside the text', (text) => {
    const { findings, signals } = analyze(text);
    expect(Array.isArray(signals)).toBe(true);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('tolerates a non-string at run time', () => {
    expect(() => analyze(undefined as unknown as string)).not.toThrow();
    expect(() => createAnalyzer().analyze(42 as unknown as string)).not.toThrow();
  });

  it(
    'analyses 100,000 characters of ordinary text in under 200 ms',
    () => {
      const message =
        'Bonjour Régis, Julien Moreau (06 45 78 12 90) bosse chez Decathlon. Je suis à bout. ';
      const text = message.repeat(Math.ceil(100_000 / message.length)).slice(0, 100_000);
      const ms = time(() => createAnalyzer().analyze(text));
      expect(ms).toBeLessThan(BUDGET_MS);
    },
    TIMEOUT_MS,
  );
});
