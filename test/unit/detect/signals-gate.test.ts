import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/detect/segment.ts';
import { gateFor, isOpen, openGates, requiredStrings } from '../../../lib/detect/signals/gate.ts';
import { RECOGNISERS } from '../../../lib/detect/signals/index.ts';
import { lexicon } from '../../../lib/detect/signals/lexicon.ts';
import { signalText } from '../../../lib/detect/signals/normalize.ts';
import { COPING } from '../../../lib/detect/signals/coping.ts';
import {
  HELP_INFO,
  HYPERBOLE,
  MEDIA,
  RESOLVED,
  UNDER_WAY,
} from '../../../lib/detect/signals/context.ts';
import {
  OFFERED_TIME,
  URGENT_CUES,
  URGENT_DISMISSED,
} from '../../../lib/detect/signals/urgency.ts';

const sorted = (source: string) => requiredStrings(source)?.slice().sort() ?? null;

describe('requiredStrings reads what every match must contain', () => {
  it.each([
    ['a word', String.raw`\bje suis\b`, ['je suis']],
    ['alternatives', String.raw`\b(?:mourir|crever)\b`, ['crever', 'mourir']],
    [
      'combinations of short parts',
      String.raw`(?:me|te) (?:tue|pends)`,
      ['me pends', 'me tue', 'te pends', 'te tue'],
    ],
    ['an optional part', String.raw`mort(?:e|s)?`, ['mort', 'morte', 'morts']],
    ['an optional character', String.raw`\bfatiguee?\b`, ['fatigue', 'fatiguee']],
    ['a class may be anything', String.raw`crise[s!]`, ['crise']],
    ['lookarounds ask for nothing', String.raw`(?<!pas )envie(?= de)`, ['envie']],
    ['a repeated part is needed once', String.raw`(?:ha)+ (?:lol)+`, ['lol']],
    ['escaped characters are themselves', String.raw`\?\?\? vraiment\.`, ['??? vraiment.']],
    ['a named group', String.raw`(?<when>\d+) ?heures`, [' heures', 'heures']],
    [
      'the strictest part of a sequence',
      String.raw`\w+ (?:pilules|cachets) \w+`,
      [' cachets ', ' pilules '],
    ],
  ])('%s', (_label, source, expected) => {
    expect(sorted(source)).toEqual([...expected].sort());
  });

  it.each([
    ['an alternative that needs nothing', String.raw`suicide|\w+`],
    ['only short strings', String.raw`\b(?:je|tu)\b`],
    ['an optional whole', String.raw`(?:mourir)?`],
    ['a back-reference', String.raw`(abc)\1`],
    ['an escape that spells a character', String.raw`caf\u00e9 noir`],
    ['a large class', String.raw`[a-z]+`],
    ['a negated class', String.raw`[^x]{3}`],
  ])('gives no test for %s', (_label, source) => {
    expect(requiredStrings(source)).toBeNull();
  });

  it('keeps spelling out joined parts only while they are few', () => {
    const strings = requiredStrings(String.raw`(?:a|b|c|d|e)(?:f|g|h|i|j)(?:k|l|m|n|o)`);
    expect(strings).toBeNull(); // 125 combinations: no part alone is long enough
    expect(sorted(String.raw`(?:a|b|c|d|e)(?:f|g|h|i|j)(?:k|l|m|n|o) vraiment`)).toEqual([
      'k vraiment',
      'l vraiment',
      'm vraiment',
      'n vraiment',
      'o vraiment',
    ]);
  });
});

// Every sentence the repository holds, in the form the signal patterns read.
function jsonl(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? jsonl(path.join(dir, e.name))
      : e.name.endsWith('.jsonl')
        ? [path.join(dir, e.name)]
        : [],
  );
}
const fixtures = path.resolve(__dirname, '../../fixtures');
const sentences = [...jsonl(fixtures), path.resolve(__dirname, '../../../../shared/eval/dev.jsonl')]
  .flatMap((file) => {
    try {
      return readFileSync(file, 'utf8').split('\n');
    } catch {
      return []; // the shared corpus is not in every checkout
    }
  })
  .filter((l) => l.trim())
  .flatMap((l) => segment(JSON.parse(l).text as string).map((s) => signalText(s.text)));

describe('every pattern Cadre scans for', () => {
  const patterns = [
    ...RECOGNISERS.flatMap((r) => r.cues.map((cue) => cue.re)),
    ...URGENT_CUES.map((cue) => cue.re),
    // The sentence's context, asked of every sentence (`mayMatch` in signals/index.ts).
    ...[RESOLVED, MEDIA, HYPERBOLE, UNDER_WAY, HELP_INFO, COPING, OFFERED_TIME, URGENT_DISMISSED],
    ...Object.values(lexicon()).flatMap((stems) =>
      stems.map(([piece]) => new RegExp(`\\b(?:${piece})(?!\\w)`)),
    ),
  ];

  it('has a test, for nearly all of them', () => {
    expect(patterns.length).toBeGreaterThan(200);
    const tested = patterns.filter((re) => requiredStrings(re.source));
    expect(tested.length / patterns.length).toBeGreaterThan(0.95);
  });

  // Every sentence of every set: thousands, read once per pattern (several seconds).
  it(
    'never has a match without one of its strings, on every sentence of every set',
    { timeout: 60_000 },
    () => {
      expect(sentences.length).toBeGreaterThan(2000);
      let matches = 0;
      for (const re of patterns) {
        const strings = requiredStrings(re.source);
        if (!strings) continue;
        const all = new RegExp(re.source, 'g');
        for (const sentence of sentences)
          for (const m of sentence.matchAll(all)) {
            matches++;
            expect(
              strings.some((s) => m[0].includes(s)),
              `${re.source.slice(0, 80)}… matched "${m[0]}"`,
            ).toBe(true);
          }
      }
      expect(matches).toBeGreaterThan(500);
    },
  );
});

describe('gates over a long sentence asked about part by part', () => {
  // A sentence is asked about between questions about its parts: its gates are kept,
  // so a long message without full stops stays linear (the 100 KB inputs of
  // robustness.test.ts hold the time budget; this checks the cache itself).
  it('reads a sentence once while its parts are asked about', () => {
    const sentence = 'je suis a bout, '.repeat(200);
    const first = openGates(sentence);
    for (let k = 0; k < 20; k++) openGates(`part ${k}`);
    expect(openGates(sentence)).not.toBe(first);
    const again = openGates(sentence);
    openGates('another part');
    expect(openGates(sentence)).toBe(again);
  });
});

describe('the tests a text passes', () => {
  const patterns = [
    ...RECOGNISERS.flatMap((r) => r.cues.map((cue) => cue.re)),
    ...URGENT_CUES.map((cue) => cue.re),
  ];
  const tests = patterns.flatMap((re) => {
    const strings = requiredStrings(re.source);
    return strings ? [{ gate: gateFor(re.source), strings }] : [];
  });

  // The table of strings (and its bits) against the plain reading: a test opens when the
  // text holds one of its strings, and only then.
  // One sentence in ten of every set: a thousand and more.
  it('are exactly those whose strings the text holds', { timeout: 60_000 }, () => {
    let opened = 0;
    for (const sentence of sentences.filter((_, i) => i % 10 === 0)) {
      // A one-character text between sentences: no sentence is a part of the one before.
      openGates('\u0000');
      const open = openGates(sentence);
      for (const { gate, strings } of tests) {
        const holds = strings.some((s) => sentence.includes(s));
        expect(isOpen(open, gate), `${strings[0]} in "${sentence}"`).toBe(holds);
        if (holds) opened++;
      }
    }
    expect(opened).toBeGreaterThan(1000);
  });

  it('of a part of the text just read are the whole’s, which open all of the part’s', () => {
    const whole = 'je suis a bout, mais je vais bien maintenant';
    const part = 'je vais bien maintenant';
    const open = openGates(whole);
    expect(openGates(part)).toBe(open);
    openGates('\u0000');
    const own = openGates(part);
    for (const { gate } of tests) if (isOpen(own, gate)) expect(isOpen(open, gate)).toBe(true);
  });
});
