import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BLIND_SETS, readLines } from '../../test/fixtures/blind-sets/halves.ts';

// What the signal model learns from: every labelled message the team has read (the signal
// sets, the contrast sets written for the model, the shared dev corpus, the entity sets
// as ordinary messages) and the read halves of the blind sets. Never an unread line, and
// never the signal set's untuned parts: those stay for measuring.

export interface Example {
  id: string;
  text: string;
  distress: boolean;
  urgent: boolean;
  /** The file it comes from: cross-validation leaves one file out at a time. */
  source: string;
}

/** Blind sets written for names and identifiers after the model shipped, with no signal
 * marked: the model was not trained on them, and they add nothing to learn from. */
const ENTITY_ONLY_LATER = new Set([
  'phone5/phone5.jsonl',
  'phone6/phone6.jsonl',
  'phone7/phone7.jsonl',
  'phone8/phone8.jsonl',
]);

/** The signal set's parts kept as a measure (their README): never learnt from. */
const UNTUNED = new Set(['untuned.jsonl', 'mixed-untuned.jsonl']);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function examples(lines: string[], source: string): Example[] {
  return lines.map((line) => {
    const record = JSON.parse(line) as { id: string; text: string; signals?: string[] };
    const signals = record.signals ?? [];
    return {
      id: record.id,
      text: record.text,
      distress: signals.includes('DISTRESS'),
      urgent: signals.includes('URGENT'),
      source,
    };
  });
}

function fileLines(file: string): string[] {
  return readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim());
}

export function trainingExamples(): Example[] {
  const files = [
    ...readdirSync(path.join(root, 'test/fixtures/signals'))
      .filter((name) => name.endsWith('.jsonl') && !UNTUNED.has(name))
      .sort()
      .map((name) => `test/fixtures/signals/${name}`),
    ...readdirSync(path.join(root, 'test/fixtures/signal-training'))
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => `test/fixtures/signal-training/${name}`),
    '../shared/eval/dev.jsonl',
    'test/fixtures/detect-sloppy/tuned.jsonl',
    'test/fixtures/detect-sloppy/heldout.jsonl',
    'test/fixtures/detect-tidy/tidy.jsonl',
    'test/fixtures/detect-tidy/fresh.jsonl',
  ];
  return [
    ...files.flatMap((file) => examples(fileLines(file), file)),
    ...Object.keys(BLIND_SETS)
      .filter((file) => !ENTITY_ONLY_LATER.has(file))
      .flatMap((file) => examples(readLines(file), `test/fixtures/blind-sets/${file} (read half)`)),
  ];
}
