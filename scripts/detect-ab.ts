// The detection engine of this tree beside the one of another revision: checks that both
// give exactly the same results on every message of every set in the repository, then
// times them. Each timing runs in a process of its own that loads one engine only (two
// engines in one process slow each other's large patterns down), the two engines taking
// turns; each input's time is its best over every run, so that a busy machine's pauses
// fall on neither side.
// A difference on a line of a blind set that was never read is counted and located, never
// printed: reading it would make the set no longer blind (test/fixtures/blind-sets/README.md).
// Usage: npx tsx scripts/detect-ab.ts [--ref main] [--rounds 3] [--runs 5] [--no-check] [--no-speed] [--show 40]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { holdsUnread, isUnread } from '../test/fixtures/blind-sets/halves.ts';

type Detect = typeof import('../lib/detect/index.ts');
type Signals = typeof import('../lib/detect/signals/index.ts');
type Segment = typeof import('../lib/detect/segment.ts');

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const ref = arg('--ref', 'main');
const rounds = Number(arg('--rounds', '3'));
const runs = Number(arg('--runs', '5'));
// The other revision's lib/ (detection and what it imports), unpacked where its imports
// still find node_modules.
const otherRoot = path.join(repoRoot, 'node_modules/.cache/detect-ab', ref.replace(/\W/g, '_'));

function engine(root: string) {
  const load = (file: string) => import(pathToFileURL(path.join(root, 'lib', file)).href);
  return Promise.all([
    load('detect/index.ts') as Promise<Detect>,
    load('detect/signals/index.ts') as Promise<Signals>,
    load('detect/segment.ts') as Promise<Segment>,
  ]);
}

// --- the inputs -----------------------------------------------------------------------

interface Line {
  id: string;
  text: string;
  now?: string;
}
function jsonlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? jsonlFiles(path.join(dir, e.name))
      : e.name.endsWith('.jsonl')
        ? [path.join(dir, e.name)]
        : [],
  );
}
const readSet = (file: string) => ({
  file: path.relative(repoRoot, file),
  lines: readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line),
});
const devPath = path.resolve(repoRoot, '../shared/eval/dev.jsonl');

// --- speed: one engine in this process ----------------------------------------------------

// The bench's inputs (scripts/bench.ts): each dev message, and 200 windows of 1,000
// characters over the dev corpus; one keystroke after another in a 1,000-character draft.
async function timeOneEngine(root: string) {
  const [detect] = await engine(root);
  const dev = readSet(devPath).lines.map((l) => l.text);
  const whole = dev.join(' ');
  const windows = Array.from({ length: 200 }, (_, k) => {
    const offset = Math.floor((k * (whole.length - 1000)) / 200);
    return whole.slice(offset, offset + 1000);
  });
  const full = (text: string) => detect.createAnalyzer().analyze(text);
  for (const text of [...dev, ...windows]) full(text);
  const best = (inputs: string[]) => {
    const times = inputs.map(() => Infinity);
    for (let r = 0; r < runs; r++)
      inputs.forEach((text, i) => {
        const t0 = performance.now();
        full(text);
        times[i] = Math.min(times[i], performance.now() - t0);
      });
    return times;
  };
  const analyzer = detect.createAnalyzer();
  analyzer.findings(windows[0]);
  let draft = windows[0];
  const keystroke: number[] = [];
  for (let k = 0; k < 300; k++) {
    const at = Math.floor((k * 7919) % draft.length);
    draft = draft.slice(0, at) + 'x' + draft.slice(at);
    const t0 = performance.now();
    analyzer.findings(draft);
    keystroke.push(performance.now() - t0);
  }
  return { perMessage: best(dev), long: best(windows), keystroke };
}

const child = process.argv.indexOf('--time-engine');
if (child >= 0) {
  console.log(JSON.stringify(await timeOneEngine(process.argv[child + 1])));
  process.exit(0);
}

// --- equivalence: both engines, every message of every set ---------------------------------

rmSync(otherRoot, { recursive: true, force: true });
mkdirSync(otherRoot, { recursive: true });
execFileSync('sh', ['-c', `git archive "${ref}" lib | tar -x -C "${otherRoot}"`], {
  cwd: repoRoot,
});

if (!process.argv.includes('--no-check')) {
  const [current, currentSignals, { segment }] = await engine(repoRoot);
  const [other, otherSignals, { segment: otherSegment }] = await engine(otherRoot);
  const sets = [...jsonlFiles(path.join(repoRoot, 'test/fixtures')), devPath].map(readSet);
  const nowOf = (line: Line) => {
    if (!line.now) return undefined;
    const [h, m] = line.now.split(':').map(Number);
    return new Date(2026, 11, 1, h, m);
  };
  // Each message as written, in lower case and in capitals, at its own time and at two
  // times of day; every sentence's own reading; 1,000-character windows across each set;
  // each message after the set's first four, read as a conversation.
  const variants = (text: string) => [text, text.toLowerCase(), text.toUpperCase()];
  const times = [undefined, new Date(2026, 11, 1, 9, 5), new Date(2026, 11, 1, 16, 40)];
  let compared = 0;
  // Per message (or window), its first difference and how many comparisons differ.
  const differing = new Map<string, { first: string; count: number }>();
  let hidden = 0;
  // `unread`: where the comparison reads a line never read; its text and results stay unshown.
  const same = (what: string, a: unknown, b: unknown, unread = false) => {
    compared++;
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    if (x === y) return;
    if (unread) hidden++;
    const where = what.split(' "')[0].replace(/ findings$| window at \d+$/, '');
    const seen = differing.get(where);
    if (seen) seen.count++;
    else
      differing.set(where, {
        first: unread
          ? `${where} (reads a line never read: not shown)`
          : `${what}\n  this tree: ${x}\n  ${ref}: ${y}`,
        count: 1,
      });
  };
  for (const { file, lines } of sets) {
    const blindKey = path.relative('test/fixtures/blind-sets', file);
    const setUnread = holdsUnread(blindKey);
    for (const [index, line] of lines.entries()) {
      const unread = isUnread(blindKey, index);
      for (const text of variants(line.text)) {
        const where = `${file} ${line.id} ${JSON.stringify(text.slice(0, 60))}`;
        for (const now of [nowOf(line), ...times])
          same(
            `${where} at ${now?.toTimeString().slice(0, 5) ?? 'no time'}`,
            current.createAnalyzer({ now }).analyze(text),
            other.createAnalyzer({ now }).analyze(text),
            unread,
          );
        same(
          `${where} findings`,
          current.createAnalyzer().findings(text),
          other.createAnalyzer().findings(text),
          unread,
        );
        const sentences = segment(text).map((s) => s.text);
        same(
          `${where} sentences`,
          sentences,
          otherSegment(text).map((s) => s.text),
          unread,
        );
        for (const sentence of sentences)
          same(
            `${where} sentence ${JSON.stringify(sentence.slice(0, 40))}`,
            currentSignals.sentenceSignals(sentence),
            otherSignals.sentenceSignals(sentence),
            unread,
          );
      }
    }
    const whole = lines.map((l) => l.text).join(' ');
    for (let offset = 0; offset < whole.length; offset += 250) {
      const window = whole.slice(offset, offset + 1000);
      same(
        `${file} window at ${offset}`,
        current.analyze(window),
        other.analyze(window),
        setUnread,
      );
    }
    const start = Date.UTC(2026, 11, 1, 9);
    const sent = lines.slice(0, 4).map((l, k) => ({ text: l.text, at: start + k * 60_000 }));
    for (const line of lines)
      same(
        `${file} conversation then ${line.id}`,
        current.conversationSignals(sent, line.text, start + 5 * 60_000),
        other.conversationSignals(sent, line.text, start + 5 * 60_000),
        setUnread,
      );
  }
  const messages = sets.reduce((n, s) => n + s.lines.length, 0);
  console.log(
    `equivalence with ${ref}: ${messages} messages in ${sets.length} sets, ${compared} comparisons, ${[...differing.values()].reduce((n, d) => n + d.count, 0)} differences in ${differing.size} places (${hidden} differences read lines never read: located only)`,
  );
  const limit = Number(arg('--show', '40'));
  for (const { first, count } of [...differing.values()].slice(0, limit))
    console.log(count > 1 ? `${first}\n  (${count} comparisons differ here)` : first);
  if (differing.size > limit) console.log(`… and ${differing.size - limit} more places (--show N)`);
  if (differing.size) process.exitCode = 1;
}

// --- speed: the engines in turn, each in a process of its own ------------------------------

if (!process.argv.includes('--no-speed')) {
  const engines = [
    ['this tree', repoRoot],
    [ref, otherRoot],
  ] as const;
  type Times = Awaited<ReturnType<typeof timeOneEngine>>;
  const results: Times[][] = engines.map(() => []);
  for (let r = 0; r < rounds; r++)
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--time-engine', engines[k][1]],
        { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 26 },
      );
      results[k].push(JSON.parse(out));
    }
  const bestOf = (lists: number[][]) =>
    lists[0].map((_, i) => Math.min(...lists.map((l) => l[i]))).sort((a, b) => a - b);
  const quantile = (sorted: number[], q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const ms = (x: number) => x.toFixed(3).padStart(7);
  console.log(
    `\nspeed (ms), best of ${rounds * runs} per input (${rounds} processes per engine, taking turns, ${runs} runs each):`,
  );
  console.log(
    `${''.padEnd(12)}  dev message median | 1,000 chars median     p99 | keystroke median`,
  );
  engines.forEach(([name], k) => {
    const perMessage = bestOf(results[k].map((t) => t.perMessage));
    const long = bestOf(results[k].map((t) => t.long));
    // A keystroke is timed once per process: the median of each process, the lowest kept.
    const keystroke = Math.min(
      ...results[k].map((t) =>
        quantile(
          [...t.keystroke].sort((a, b) => a - b),
          0.5,
        ),
      ),
    );
    console.log(
      `${name.padEnd(12)} ${ms(quantile(perMessage, 0.5)).padStart(20)} | ${ms(quantile(long, 0.5)).padStart(18)} ${ms(quantile(long, 0.99))} | ${ms(keystroke).padStart(16)}`,
    );
  });
}
