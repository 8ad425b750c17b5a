import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNAL_SET_PARTS, readSignalSet, scoreSignalSet } from '../../../scripts/signal-set.ts';

// The signal set (test/fixtures/signals/, see its README) keeps a floor, so that a change
// cannot lower it unnoticed. Floors at the figures reached; raise them, never lower them.
const dir = path.resolve(process.cwd(), 'test/fixtures/signals');
const SETS = SIGNAL_SET_PARTS;
const ALL = { distressRecall: 1, distressPrecision: 1, urgentRecall: 1, urgentPrecision: 1 };
const FLOOR: Record<(typeof SETS)[number], typeof ALL> = {
  tuned: ALL,
  'held-out': ALL,
  fresh: ALL,
  final: ALL,
  last: ALL,
  wide: ALL,
  closing: ALL,
  // Tuned now: its misses taught which phenomena the rules did not know.
  blind: ALL,
  phenomena: ALL,
  phone: ALL,
  indirect: ALL,
  // Left untuned on purpose: a measure of text written after the rules, not a floor
  // reached by tuning. A change may raise it; it must not lower it.
  untuned: {
    distressRecall: 0.71,
    distressPrecision: 0.87,
    urgentRecall: 0.58,
    urgentPrecision: 0.81,
  },
  // Mixed messages (a cue beside ordinary news, run-on dictation): first run 80.0% / 87.0%
  // and 77.8% / 87.5%; tuned on since (the vetoes scoped, a method looked up).
  mixed: ALL,
  // Written after the mixed round's rules, run once and left untuned: its first run.
  'mixed-untuned': {
    distressRecall: 0.8,
    distressPrecision: 1,
    urgentRecall: 0.81,
    urgentPrecision: 0.9,
  },
  // Another writer's voices (Québec, Belgium, banlieue; UK, Nigeria, India, learners): first
  // runs 84.9% / 92.5% and 79.4% / 96.2% (French), 84.5% / 90.9% and 79.7% / 92.7%
  // (English); then learnt from by the model and tuned on, short of 100%.
  'voices-fr': {
    distressRecall: 0.94,
    distressPrecision: 0.93,
    urgentRecall: 0.92,
    urgentPrecision: 0.96,
  },
  'voices-en': {
    distressRecall: 0.95,
    distressPrecision: 0.93,
    urgentRecall: 0.93,
    urgentPrecision: 0.93,
  },
};
/** The rule: no miss in these categories. */
const NO_MISS = ['passive', 'active', 'farewell', 'selfharm', 'crisis', 'crisis_now'];

// The set is scored inside the test, not while the file is collected: work done at
// collection belongs to no test, and mutation testing would then rerun every test for it.
describe.each(SETS)('signal set %s', (name) => {
  it('stays at or above its floor and, when tuned on, misses no must-catch category', () => {
    const score = scoreSignalSet(readSignalSet(path.join(dir, `${name}.jsonl`)));
    const floor = FLOOR[name];
    expect(score.signals.DISTRESS.recall).toBeGreaterThanOrEqual(floor.distressRecall);
    expect(score.signals.DISTRESS.precision).toBeGreaterThanOrEqual(floor.distressPrecision);
    expect(score.signals.URGENT.recall).toBeGreaterThanOrEqual(floor.urgentRecall);
    expect(score.signals.URGENT.precision).toBeGreaterThanOrEqual(floor.urgentPrecision);
    // An untuned set measures; only the sets the rules were tuned on can promise no miss.
    if (name === 'untuned' || name === 'mixed-untuned') return;
    for (const category of NO_MISS) {
      const rate = score.categories[category];
      if (rate) expect(rate.hits, category).toBe(rate.total);
    }
    // The first set pays for the engine's warm-up, a few seconds on a busy machine.
  }, 30_000);
});

describe('the set as a whole', () => {
  const all = SETS.flatMap((name) => readSignalSet(path.join(dir, `${name}.jsonl`)));
  it('has at least 300 messages, as many traps as positives, every category', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    const positives = all.filter((l) => l.signals.length > 0).length;
    expect(Math.abs(2 * positives - all.length)).toBeLessThan(all.length * 0.15);
    const categories = new Set(all.map((l) => l.category));
    for (const c of [
      'passive',
      'active',
      'farewell',
      'selfharm',
      'substance',
      'violence',
      'panic',
      'hopeless',
    ])
      expect(categories).toContain(c);
  });
});
