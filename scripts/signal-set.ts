// Scores Cadre's signals on a signal set (test/fixtures/signals/*.jsonl): per signal,
// per category of the taxonomy, and per kind of trap. Used by `npm run bench`, by the
// unit test that keeps a floor, and alone: tsx scripts/signal-set.ts FILE [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { createAnalyzer, type Analysis } from '../lib/detect/index.ts';

export interface SignalLine {
  id: string;
  text: string;
  signals: string[];
  category: string;
  /** "HH:MM": when the message is written, for deadlines. */
  now?: string;
}

export interface Rate {
  hits: number;
  total: number;
}

export interface SignalScore {
  messages: number;
  signals: Record<
    'DISTRESS' | 'URGENT',
    { recall: number; precision: number; tp: number; fp: number; fn: number }
  >;
  /** Gold category → messages flagged as the gold says (recall) or left alone (traps). */
  categories: Record<string, Rate>;
  /** Predicted distress category → how many of those messages really were distress. */
  predictedCategories: Record<string, Rate>;
  errors: Array<{ id: string; text: string; gold: string[]; got: string[]; category: string }>;
}

export function readSignalSet(file: string): SignalLine[] {
  const lines: SignalLine[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  // The blind part keeps its categories in a key beside it (blind.key.tsv: id, category, …).
  const key = file.replace(/\.jsonl$/, '.key.tsv');
  if (existsSync(key)) {
    const categories = new Map(
      readFileSync(key, 'utf8')
        .split('\n')
        .slice(1)
        .filter((l) => l.trim())
        .map((l) => l.split('\t') as [string, string]),
    );
    for (const line of lines) line.category ??= categories.get(line.id) ?? 'uncategorised';
  }
  return lines;
}

/** The day every set is read on (a Tuesday), at the line's time, local clock. */
export function nowOf(line: Pick<SignalLine, 'now'>): Date | undefined {
  if (!line.now) return undefined;
  const [h, m] = line.now.split(':').map(Number);
  return new Date(2026, 11, 1, h, m);
}

export function analyzeLine(line: SignalLine): Analysis {
  return createAnalyzer().analyze(line.text, nowOf(line));
}

export function scoreSignalSet(lines: readonly SignalLine[]): SignalScore {
  const counts = {
    DISTRESS: { tp: 0, fp: 0, fn: 0 },
    URGENT: { tp: 0, fp: 0, fn: 0 },
  };
  const categories: Record<string, Rate> = {};
  const predictedCategories: Record<string, Rate> = {};
  const errors: SignalScore['errors'] = [];
  for (const line of lines) {
    const analysis = analyzeLine(line);
    const got = analysis.signals.filter((s) => s !== 'VAGUE');
    let right = true;
    for (const s of ['DISTRESS', 'URGENT'] as const) {
      const g = line.signals.includes(s);
      const p = got.includes(s);
      if (g && p) counts[s].tp++;
      else if (p) counts[s].fp++;
      else if (g) counts[s].fn++;
      if (g !== p) right = false;
    }
    const rate = (categories[line.category ?? 'uncategorised'] ??= { hits: 0, total: 0 });
    rate.total++;
    if (right) rate.hits++;
    else
      errors.push({
        id: line.id,
        text: line.text,
        gold: line.signals,
        got,
        category: line.category,
      });
    for (const c of analysis.distress) {
      const r = (predictedCategories[c] ??= { hits: 0, total: 0 });
      r.total++;
      if (line.signals.includes('DISTRESS')) r.hits++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const summary = (c: { tp: number; fp: number; fn: number }) => ({
    ...c,
    recall: ratio(c.tp, c.tp + c.fn),
    precision: ratio(c.tp, c.tp + c.fp),
  });
  return {
    messages: lines.length,
    signals: { DISTRESS: summary(counts.DISTRESS), URGENT: summary(counts.URGENT) },
    categories,
    predictedCategories,
    errors,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function formatSignalScore(name: string, score: SignalScore): string {
  const out = [`${name} (${score.messages} messages)`];
  for (const s of ['DISTRESS', 'URGENT'] as const) {
    const m = score.signals[s];
    out.push(
      `  ${s.padEnd(8)} recall ${pct(m.recall).padStart(6)} (${m.tp}/${m.tp + m.fn})  precision ${pct(m.precision).padStart(6)} (${m.tp}/${m.tp + m.fp})`,
    );
  }
  out.push('  gold category / trap: right');
  for (const [c, r] of Object.entries(score.categories).sort())
    out.push(
      `    ${c.padEnd(12)} ${String(r.hits).padStart(3)}/${String(r.total).padEnd(3)} ${pct(r.hits / r.total)}`,
    );
  out.push('  category Cadre named: messages that were distress (precision)');
  for (const [c, r] of Object.entries(score.predictedCategories).sort())
    out.push(
      `    ${c.padEnd(17)} ${String(r.hits).padStart(3)}/${String(r.total).padEnd(3)} ${pct(r.hits / r.total)}`,
    );
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const score = scoreSignalSet(readSignalSet(file));
  console.log(formatSignalScore(file, score));
  if (process.argv.includes('--verbose'))
    for (const e of score.errors)
      console.log(`  ✗ ${e.id} {${e.category}} gold=[${e.gold}] got=[${e.got}] ${e.text}`);
}

/** The parts of test/fixtures/signals, in the order they were written (see its README). */
export const SIGNAL_SET_PARTS = [
  'tuned',
  'held-out',
  'fresh',
  'final',
  'last',
  'wide',
  'closing',
  'blind',
  'phenomena',
  'phone',
  'indirect',
  'untuned',
  'mixed',
  'mixed-untuned',
  'voices-fr',
  'voices-en',
] as const;
