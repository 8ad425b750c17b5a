import { readFileSync } from 'node:fs';
import { createAnalyzer } from './lib/detect/index.ts';
const corpus = readFileSync('../shared/eval/dev.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l).text as string);
const whole = corpus.join(' ');
createAnalyzer().analyze('warm up Jean Dupont');
const t0 = performance.now();
for (let r=0;r<30;r++) {
  for (const t of corpus) createAnalyzer().analyze(t);
  for (let k=0;k<50;k++){ const o=Math.floor(k*(whole.length-1000)/50); createAnalyzer().analyze(whole.slice(o,o+1000)); }
}
console.log('ms', performance.now()-t0);
