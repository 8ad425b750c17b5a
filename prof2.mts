import { readFileSync } from 'node:fs';
import { createAnalyzer } from './lib/detect/index.ts';
const corpus = readFileSync('../shared/eval/dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
createAnalyzer().analyze('warm Jean Dupont 06 12 34 56 78');
const t0=performance.now(); let n=0;
for (let r=0;r<300;r++){ for (const {text} of corpus){ createAnalyzer().analyze(text+' '+r); n++; } }
console.log('per message', ((performance.now()-t0)/n).toFixed(4));
