import { afterAll, beforeAll, expect } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { useSignalModel } from '../../../lib/detect/signals/model.ts';

// The signal rules' table tests read messages by the rules alone: the learnt model only
// adds to them, and is tested on its own (signal-model.test.ts).

/** Sets the learnt model aside for the test file that calls it. */
export function withRulesAlone(): void {
  beforeAll(() => useSignalModel(null));
  afterAll(() => useSignalModel(undefined));
}

const analyzer = createAnalyzer();

export const read = (text: string) => analyzer.analyze(text);

/** DISTRESS and URGENT, without the vague hint. */
export const signals = (text: string) => read(text).signals.filter((s) => s !== 'VAGUE');

/** Distress and urgent, named as the given category. */
export const isSevere = (category: string) => (text: string) => {
  const analysis = read(text);
  expect(analysis.signals).toEqual(expect.arrayContaining(['DISTRESS', 'URGENT']));
  expect(analysis.distress).toContain(category);
};

export const isDistress = (text: string) => expect(signals(text)).toContain('DISTRESS');

export const isNothing = (text: string) => expect(signals(text)).toEqual([]);
