// Reads {id, text} JSON lines on stdin and writes {id, entities, signals} lines through
// the same analyze() as the extension. Usage: npm run --silent detect -- --jsonl
import { createInterface } from 'node:readline';
import { analyze } from '../lib/detect/index.ts';

const EVAL_SIGNALS = new Set(['URGENT', 'DISTRESS']);

async function main(): Promise<void> {
  if (!process.argv.includes('--jsonl')) {
    console.error('usage: npm run --silent detect -- --jsonl < corpus.jsonl > predictions.jsonl');
    process.exit(2);
  }
  let failed = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch {
      console.error(`line ${lineNumber}: not valid JSON, skipped`);
      failed++;
      continue;
    }
    if (
      record === null ||
      typeof record !== 'object' ||
      typeof record.text !== 'string' ||
      record.id === undefined
    ) {
      console.error(
        `line ${lineNumber}: expected an object with "id" and a string "text", skipped`,
      );
      failed++;
      continue;
    }
    const { findings, signals } = analyze(record.text);
    const out = {
      id: record.id,
      entities: findings.map((f) => ({
        start: f.start,
        end: f.end,
        type: f.type,
        score: Math.round(f.score * 100) / 100,
      })),
      // VAGUE is Cadre's own signal; the evaluation format knows only these two.
      signals: signals.filter((s) => EVAL_SIGNALS.has(s)),
    };
    process.stdout.write(JSON.stringify(out) + '\n');
  }
  if (failed) process.exitCode = 1;
}

void main();
