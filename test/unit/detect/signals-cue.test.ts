import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/detect/segment.ts';
import { combine } from '../../../lib/detect/signals/cue.ts';
import { RECOGNISERS } from '../../../lib/detect/signals/index.ts';
import { lexicon } from '../../../lib/detect/signals/lexicon.ts';
import { signalText } from '../../../lib/detect/signals/normalize.ts';
import { URGENT_CUES } from '../../../lib/detect/signals/urgency.ts';

type Scan = (text: string) => Array<[number, number]>;

// What `combine` must give: one global alternation of the patterns, each in a group,
// the pattern found from which group took part in the match.
function byAlternation(patterns: readonly RegExp[]): Scan {
  const groups = patterns.map((re) => new RegExp(`${re.source}|`).exec('')!.length - 1);
  const first: number[] = [];
  groups.reduce((at, n) => (first.push(at), at + 1 + n), 1);
  const all = new RegExp(patterns.map((re) => `(${re.source})`).join('|'), 'g');
  return (text) => {
    const out: Array<[number, number]> = [];
    all.lastIndex = 0;
    for (let m = all.exec(text); m; m = all.exec(text)) {
      out.push([first.findIndex((g) => m[g] !== undefined), m.index]);
      if (m[0].length === 0) all.lastIndex++;
    }
    return out;
  };
}
function byCombine(patterns: readonly RegExp[]): Scan {
  const scan = combine(patterns);
  return (text) => {
    const out: Array<[number, number]> = [];
    scan(text, (index, at) => out.push([index, at]));
    return out;
  };
}

describe('combine scans as one alternation of its patterns would', () => {
  it.each([
    ['leftmost match first', [/vraiment/, /je/], 'je suis vraiment las'],
    ['the earlier pattern where two start together', [/je suis/, /je/], 'je suis la, je pars'],
    ['a later pattern inside a match is not seen', [/je suis las/, /suis/], 'je suis las'],
    ['overlaps resume after the end of a match', [/aba/, /bab/], 'ababab'],
    ['empty matches step on', [/x*/, /b/], 'abxb'],
    ['patterns with no test still run', [/\w+ment\b/, /\bpas\b/], 'pas vraiment'],
    ['groups inside patterns', [/(je|tu) (suis|es)/, /(?<a>la)/], 'tu es la, je suis la'],
    ['lookbehind sees before the resumed search', [/la/, /(?<=la )la/], 'la la la'],
  ])('%s', (_label, patterns, text) => {
    expect(byCombine(patterns)(text)).toEqual(byAlternation(patterns)(text));
  });

  // The whole of every set, with the engine end to end: scripts/detect-ab.ts.
  it(
    'on every list Cadre scans for, on every sentence of two signal sets',
    { timeout: 120_000 },
    () => {
      const lists = [
        ...RECOGNISERS.map((r) => r.cues.map((cue) => cue.re)),
        URGENT_CUES.map((cue) => cue.re),
        ...Object.values(lexicon()).map((stems) =>
          stems.map(([piece]) => new RegExp(`\\b(?:${piece})(?!\\w)`)),
        ),
      ];
      const files = ['tuned', 'phenomena'].map((name) =>
        path.resolve(__dirname, `../../fixtures/signals/${name}.jsonl`),
      );
      const sentences = files
        .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
        .filter((l) => l.trim())
        .flatMap((l) => segment(JSON.parse(l).text as string).map((s) => signalText(s.text)));
      let found = 0;
      for (const patterns of lists) {
        const [expected, actual] = [byAlternation(patterns), byCombine(patterns)];
        for (const sentence of sentences) {
          const want = expected(sentence);
          found += want.length;
          expect(actual(sentence), sentence).toEqual(want);
        }
      }
      expect(found).toBeGreaterThan(500);
    },
  );
});
