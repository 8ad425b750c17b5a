import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLines } from '../../test/fixtures/blind-sets/halves.ts';

// What the name model learns from: every message with its names marked that the team has
// read (the shared dev corpus, the team's sloppy and tidy sets, the text written for the
// model in test/fixtures/name-training/, lower-case traps) and the read halves of the
// blind entity sets. Never an unread line: those stay for measuring.

export interface Span {
  start: number;
  end: number;
  type: string;
}

export interface NameExample {
  id: string;
  text: string;
  entities: Span[];
  /** The file it comes from: cross-validation leaves one file out at a time. */
  source: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The blind sets whose entities are marked (signal-only sets mark none). */
const ENTITY_BLIND_SETS = [
  'phone/phone.jsonl',
  'phone3/phone3.jsonl',
  'phone4/phone4.jsonl',
  'phone5/phone5.jsonl',
  'tidy-pasted/tidy.jsonl',
  'tidy-pasted/pasted.jsonl',
];

function fromJsonl(lines: string[], source: string): NameExample[] {
  return lines.map((line) => {
    const record = JSON.parse(line) as { id: string; text: string; entities?: Span[] };
    return { id: record.id, text: record.text, entities: record.entities ?? [], source };
  });
}

function fileLines(file: string): string[] {
  return readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim());
}

/** Messages with no name at all: one a line, `#` lines are comments. */
function traps(file: string): NameExample[] {
  return fileLines(file)
    .filter((line) => !line.startsWith('#'))
    .map((text, i) => ({ id: `${file}:${i}`, text, entities: [], source: file }));
}

export function nameTrainingExamples(): NameExample[] {
  const trainingDir = 'test/fixtures/name-training';
  const written = existsSync(path.join(root, trainingDir))
    ? readdirSync(path.join(root, trainingDir))
        .filter((name) => name.endsWith('.jsonl'))
        .sort()
        .map((name) => `${trainingDir}/${name}`)
    : [];
  const files = [
    '../shared/eval/dev.jsonl',
    'test/fixtures/detect-sloppy/tuned.jsonl',
    'test/fixtures/detect-sloppy/heldout.jsonl',
    'test/fixtures/detect-tidy/tidy.jsonl',
    'test/fixtures/detect-tidy/fresh.jsonl',
    ...written,
  ];
  return [
    ...files.flatMap((file) => fromJsonl(fileLines(file), file)),
    ...traps('test/fixtures/detect-traps/lower-case.txt'),
    ...ENTITY_BLIND_SETS.flatMap((file) =>
      fromJsonl(readLines(file), `test/fixtures/blind-sets/${file} (read half)`),
    ),
  ];
}
