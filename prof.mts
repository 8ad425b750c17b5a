import { readFileSync } from 'node:fs';
import { createAnalyzer } from './lib/detect/index.ts';
const corpus = readFileSync('../shared/eval/dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
let long=''; for (const {text} of corpus){ if(long.length>=1000)break; long+=text+' ';} long=long.slice(0,1000);
const typing = createAnalyzer(); typing.analyze(long);
let draft=long; const t:number[]=[];
for (let r=0;r<20;r++){ draft=long; for(let k=0;k<300;k++){const at=Math.floor((k*7919+r*131)%draft.length); draft=draft.slice(0,at)+'x'+draft.slice(at); const s=performance.now(); typing.analyze(draft); t.push(performance.now()-s);} }
t.sort((a,b)=>a-b); console.log('median', t[t.length>>1].toFixed(3));
// components
import { normalize } from './lib/detect/normalize.ts';
import { segment } from './lib/detect/segment.ts';
import { blankCadreTags } from './lib/detect/cadre-tags.ts';
const time=(name:string,fn:()=>void)=>{const n=3000;const s=performance.now();for(let i=0;i<n;i++)fn();console.log(name,((performance.now()-s)/n).toFixed(4));};
time('blank+normalize',()=>normalize(blankCadreTags(draft)));
const nt=normalize(draft).text;
time('segment',()=>segment(nt));
console.log('segments', segment(nt).length);
time('analyze cached (no change)',()=>typing.analyze(draft));
