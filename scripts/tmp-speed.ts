import { readFileSync } from 'node:fs';
const base = process.argv[2];
const { createAnalyzer } = await import(base + '/lib/detect/index.ts');
const corpus = readFileSync('/work/wt/shared/eval/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const whole = corpus.map((c: { text: string }) => c.text).join(' ');
const per: number[] = [];
for (let k = 0; k < 30; k++) createAnalyzer().analyze(whole.slice(0, 1000));
for (let k = 0; k < 200; k++) {
  const offset = Math.floor((k * (whole.length - 1000)) / 200);
  const m = whole.slice(offset, offset + 1000);
  let best = Infinity;
  for (let r = 0; r < 5; r++) { const s = performance.now(); createAnalyzer().analyze(m); best = Math.min(best, performance.now() - s); }
  per.push(best);
}
per.sort((a, b) => a - b);
console.log(base, 'median', per[100].toFixed(3), 'p99', per[198].toFixed(3));
