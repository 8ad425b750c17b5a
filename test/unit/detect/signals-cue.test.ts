import { describe, expect, it } from 'vitest';
import { groupCount } from '../../../lib/detect/signals/cue.ts';
import { RECOGNISERS } from '../../../lib/detect/signals/index.ts';
import { URGENT_CUES } from '../../../lib/detect/signals/urgency.ts';

// What the engine would see by running the pattern: the number of groups of a match.
const byRunning = (source: string) => new RegExp(`${source}|`).exec('')!.length - 1;

describe('groupCount reads capturing groups from a pattern source', () => {
  it.each([
    ['no group', String.raw`\bje suis\b`, 0],
    ['one group', String.raw`(a|b)c`, 1],
    ['non-capturing and lookarounds', String.raw`(?:a)(?=b)(?!c)(?<=d)(?<!e)`, 0],
    ['named group', String.raw`(?<when>\d+)h`, 1],
    ['escaped parentheses', String.raw`\(a\)\\(b)`, 1],
    ['parentheses in a class', String.raw`[()]+(x)[\]()]`, 1],
    ['nested', String.raw`((a)(?:b(c)))`, 3],
  ])('%s', (_label, source, expected) => {
    expect(groupCount(source)).toBe(expected);
    expect(byRunning(source)).toBe(expected);
  });

  it('agrees with the engine on every cue Cadre scans for', () => {
    const sources = [
      ...RECOGNISERS.flatMap((r) => r.cues.map((cue) => cue.re.source)),
      ...URGENT_CUES.map((cue) => cue.re.source),
    ];
    expect(sources.length).toBeGreaterThan(100);
    for (const source of sources) expect(groupCount(source), source).toBe(byRunning(source));
  });
});
