import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/detect/index.ts';
const corpus = readFileSync('/work/wt/shared/eval/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const whole = corpus.map((c: { text: string }) => c.text).join(' ');
for (let rep = 0; rep < 10; rep++)
for (let k = 0; k < 200; k++) {
  const offset = Math.floor((k * (whole.length - 1000)) / 200);
  createAnalyzer().analyze(whole.slice(offset, offset + 1000));
}
