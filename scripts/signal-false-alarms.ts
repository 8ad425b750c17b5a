// What the signal rules alone raise on a set of ordinary messages (every line is taken as
// ordinary): each line raised, with its signals and categories, then the count.
//   npx tsx scripts/signal-false-alarms.ts [FILE.jsonl]   (default: the ordinary set)
// The learnt model is switched off: it only adds, and is measured on its own.
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/detect/index.ts';
import { useSignalModel } from '../lib/detect/signals/model.ts';

useSignalModel(null);
const file = process.argv[2] ?? 'test/fixtures/signal-training/ordinary.jsonl';
const lines: Array<{ id: string; text: string }> = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
let raised = 0;
let distress = 0;
for (const { id, text } of lines) {
  const analysis = createAnalyzer().analyze(text);
  const signals = analysis.signals.filter((s) => s !== 'VAGUE');
  if (signals.length === 0) continue;
  raised++;
  if (signals.includes('DISTRESS')) distress++;
  console.log(`${id}\t${signals.join('+')}\t${analysis.distress.join(',')}\t${text}`);
}
console.log(`${raised} of ${lines.length} raised (${distress} DISTRESS)`);
