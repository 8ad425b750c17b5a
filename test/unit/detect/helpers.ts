import { afterAll, beforeAll } from 'vitest';
import { analyze, createAnalyzer } from '../../../lib/detect/index.ts';
import type { AnalyzeOptions, EntityType } from '../../../lib/detect/index.ts';
import { findNames } from '../../../lib/detect/recognizers/names.ts';
import { useSignalModel } from '../../../lib/detect/signals/model.ts';

/** "TYPE:text" for each finding, in order. */
export function found(text: string, options?: AnalyzeOptions): string[] {
  return analyze(text, options).findings.map((f) => `${f.type}:${f.text}`);
}

export function foundOfType(text: string, type: EntityType): string[] {
  return analyze(text)
    .findings.filter((f) => f.type === type)
    .map((f) => f.text);
}

/** "TYPE:text" for each name findNames reads in a raw text, several sentences at once. */
export function nameSpans(text: string): string[] {
  return findNames(text).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);
}

/** The file's tests read signals with the rules alone (no learnt model), warmed up first:
 * the first analysis inflates the gazetteer and compiles the patterns, not a test's time. */
export function withRulesAlone(): void {
  beforeAll(() => {
    useSignalModel(null);
    createAnalyzer().analyze('warm up');
  }, 60_000);
  afterAll(() => useSignalModel(undefined));
}

/** DISTRESS and URGENT as a fresh analyzer reads `text` at `now`, sorted. */
export function distressAndUrgent(text: string, now?: Date): string[] {
  return createAnalyzer()
    .analyze(text, now)
    .signals.filter((s) => s === 'DISTRESS' || s === 'URGENT')
    .sort();
}
