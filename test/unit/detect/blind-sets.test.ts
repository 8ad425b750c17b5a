import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { BLIND_SETS, unreadLines } from '../../fixtures/blind-sets/halves.ts';
import { nowOf } from '../../../scripts/signal-set.ts';

// The blind sets (test/fixtures/blind-sets/README.md): their held halves were scored,
// never read. Floors at the figures measured there, so that a change cannot lower them
// unnoticed; raise them when the engine improves on text it was not written from.
const scorer = path.resolve(process.cwd(), '../shared/eval/score.mjs');

interface Floor {
  recall?: number;
  precision?: number;
  DISTRESS?: [recall: number, precision: number];
  URGENT?: [recall: number, precision: number];
  /** A set of ordinary messages only: how many may raise DISTRESS or URGENT at most. */
  raisedAtMost?: number;
}
// The signal cues of the round that read signals-written (fresh contrast text), with the
// signal model shrunk to make room for them, moved the unread sets by a message or two
// each way: 272 distress messages caught over the five signal sets instead of 271, and
// 258 urgent ones instead of 250. Three floors came down by one message, said here: phone3
// DISTRESS 0.95 -> 0.90 (one of 20), signals4 DISTRESS 0.82 -> 0.81, blind2 DISTRESS
// precision 0.92 -> 0.90 (one more false alarm); the others went up.
// signals4 to signals9 and ordinary3 were unread whole until their even halves were
// opened (to find families of misses, and for the signal model's next training): from
// then on their floors hold on their odd halves, at what those measured with distress's
// severity read as urgency (lib/detect/README.md). Pooled odd halves of signals4-9:
// DISTRESS 85.1% / 90.0% unchanged, URGENT 77.4% / 91.8% -> 80.7% / 91.7%. The same change
// raised one false URGENT on blind2 (precision 0.92 -> 0.89).
const HELD: Array<[file: string, floor: Floor]> = [
  [
    'phone3/phone3.jsonl',
    // Names recall 0.71 -> 0.78 after the round on titles before a name and coined companies.
    // Recall 0.79 -> 0.81 after the round on addresses and companies as typed.
    // DISTRESS recall 0.90 -> 0.95 after the round on everyday messages.
    // DISTRESS recall 0.95 -> 1 after the round on acts told in new words (a host who keeps
    // coming into the writer's room).
    { recall: 0.81, precision: 0.98, DISTRESS: [1, 1], URGENT: [0.75, 0.81] },
  ],
  ['signals/blind2.jsonl', { DISTRESS: [0.88, 0.92], URGENT: [0.89, 0.89] }],
  // Recall 0.869 -> 0.878 after the round on residences, estates and business zones.
  // Recall 0.896 -> 0.904 after the round on addresses and companies as typed.
  // 90.4% / 92.9% -> 91.3% / 94.6% after the round that read phone13's even half (a month
  // or a word named with its department, a legal form in capitals, public bodies).
  ['phone4/phone4.jsonl', { recall: 0.91, precision: 0.94 }],
  // Scored whole a few times while a learnt name reader was tried (not shipped); its even
  // lines were then read.
  // Recall 0.89 -> 0.90 after the round on titles before a name and coined companies.
  ['phone5/phone5.jsonl', { recall: 0.9, precision: 0.94 }],
  // DISTRESS precision 0.92 -> 0.91: one false alarm more (71 of 78), "un client a fondu
  // en larmes au guichet": "larmes" was opened as "le armes" and no tears cue ever read;
  // read again, "fondu en larmes" has no check that the one in tears is the writer.
  // DISTRESS precision 0.91 -> 0.92 after the round on denials and the past (one false alarm fewer).
  // DISTRESS precision 0.92 -> 0.93 after the round on contrast twins (a false alarm fewer).
  ['signals4/signals4.jsonl', { DISTRESS: [0.88, 0.97], URGENT: [0.86, 0.97] }],
  // Measured once, with the learnt signal model shipped: its first run.
  // DISTRESS recall 0.88 -> 0.89 after the round on denials and the past (one message more).
  // DISTRESS precision 0.91 -> 0.92 after the round on contrast twins.
  // URGENT recall 0.87 -> 0.88 after the round on urgency said without the usual words.
  ['signals5/signals5.jsonl', { DISTRESS: [0.94, 0.92], URGENT: [0.9, 1] }],
  // Scored twice on its arrival: with the shipped model, and with one retrained on more
  // contrast text (not shipped: it did no better). Never read.
  // URGENT recall 0.76 -> 0.77 after the same round.
  // DISTRESS 82.9% -> 85.4% after the round on the weak categories and everyday messages.
  ['signals6/signals6.jsonl', { DISTRESS: [0.87, 0.9], URGENT: [0.77, 0.97] }],
  // Written for the round that brought panic, substance and hopelessness back and fixed
  // known name errors; its odd lines scored before it (83.2% / 86.0%) and after (84.8% /
  // 86.2%: two more companies). Never read.
  // Recall 0.84 -> 0.85 after the round on residences, estates and business zones.
  ['phone6/phone6.jsonl', { recall: 0.85, precision: 0.86 }],
  // DISTRESS precision 0.87 -> 0.89 after the round on denials and the past (12 false alarms -> 10).
  // Precision 0.89 -> 0.90 for both after the round on contrast twins (10 -> 9 and 8 -> 7).
  // URGENT precision 0.89 -> 0.91 after the round on the new writer's families (a false alarm fewer).
  ['signals7/signals7.jsonl', { DISTRESS: [0.92, 0.9], URGENT: [0.89, 0.91] }],
  // Written for the round after; its odd lines and signals8 scored at that round's start
  // and end only, never read.
  // phone7's odd lines: 83.5% / 88.2% at the start, 84.5% / 90.9% at the end.
  ['phone7/phone7.jsonl', { recall: 0.84, precision: 0.9 }],
  // signals8: URGENT 72.0% / 89.3% -> 74.2% / 89.6%, DISTRESS unchanged (82.7% / 88.7%).
  // The round after: DISTRESS 82.7% -> 83.7%, URGENT 74.2% -> 75.3% (one message each).
  // URGENT 68.9% / 88.6% -> 73.3% / 86.8% with clock times read in words, a weapon or a
  // drink with pills as a crisis now, an attack going on: two caught, one false alarm.
  // Precision 0.88 -> 0.90 and 0.87 -> 0.89 after the round on everyday life told with distress words.
  // URGENT 73.3% / 89.2% -> 75.6% / 89.5% after the probe of urgency and of violence where
  // one works (blind-sets README).
  ['signals8/signals8.jsonl', { DISTRESS: [0.84, 0.9], URGENT: [0.77, 0.89] }],
  // Written before the round that added them, scored at its start and its end: phone8's
  // odd lines 89.6% / 96.3% -> 90.2% / 96.3%; signals9 DISTRESS 85.6% / 87.2% -> 86.5% /
  // 87.3%, URGENT 84.4% / 83.5% -> 85.4% / 83.7%.
  // Recall 0.91 -> 0.92 after the round on the new writer's families (91.4% -> 92.6%).
  // Recall 0.926 -> 0.939 after the round on addresses and companies as typed.
  ['phone8/phone8.jsonl', { recall: 0.93, precision: 0.96 }],
  // DISTRESS 84.3% / 84.3% -> 86.3% / 84.6% after the same round.
  ['signals9/signals9.jsonl', { DISTRESS: [0.86, 0.84], URGENT: [0.8, 0.81] }],
  // 400 ordinary messages: 30 raised at its first run, 26 after the ordinary-uses round.
  // 14 -> 13 raised after the round on everyday life told with distress words.
  ['ordinary3/set.jsonl', { raisedAtMost: 13 }],
  // Written after the signal sets were split, before the round they measure: scored at
  // its start (main before the round: signals10 DISTRESS 78.9% / 90.5%, URGENT 77.4% /
  // 93.5%; phone9 90.2% / 98.4%) and its end only. Never read.
  // At the round's end: DISTRESS unchanged, URGENT 80.6% / 93.8%; phone9 91.5% / 98.4%
  // (addresses 19 -> 23 of 31). The round after (distress told indirectly, names as
  // typed), whole: signals10 DISTRESS 79.8% / 90.6% (one message), URGENT and phone9 unchanged.
  // Then split like the others: its odd half holds the floor, measured before its even
  // half was read (signals10 odd DISTRESS 81.4% / 90.6%, URGENT 83.7% / 92.3%; phone9 odd
  // 91.4% / 97.5%).
  // Precision 0.90 -> 0.88 (DISTRESS) and 0.92 -> 0.90 (URGENT), one message each, when the
  // signal model was retrained with the voices parts (2,100 / 1,200 features): the same
  // retraining raised pooled unread DISTRESS 85.2% / 89.0% -> 88.0% / 89.4% and URGENT
  // 82.5% / 88.7% -> 83.8% / 88.7% (lib/detect/README.md).
  ['signals10/signals10.jsonl', { DISTRESS: [0.81, 0.88], URGENT: [0.83, 0.9] }],
  // phone9 odd 91.4% -> 92.0% after the round that read its even half.
  // Recall 0.926 -> 0.933 after the round on addresses and companies as typed.
  // Precision 97.5% -> 98.1% after the round that read phone13's even half.
  ['phone9/phone9.jsonl', { recall: 0.93, precision: 0.98 }],
  // The next fresh pair, weighted to phone typing, dictation and everyday life told with
  // distress words; names of every origin and companies in lower case. Scored on its
  // arrival, on the code before the round on distress told indirectly and names as typed
  // and on the code after it: the same figures both times (signals11 DISTRESS 90.3% /
  // 94.9%, URGENT 84.8% / 94.0%; phone10 88.3% / 98.7%). Never read.
  // Then, after a second round unread (the signal reader's retrain, companies as typed),
  // split like the others: the odd halves hold the floors, scored before the even halves
  // were read (signals11 odd DISTRESS 98.2% / 94.7%, URGENT 87.2% / 93.2%; phone10 odd
  // 89.0% / 99.2%, companies 27 of 37).
  // URGENT 87.2% -> 89.4% after the same round.
  ['signals11/signals11.jsonl', { DISTRESS: [0.98, 0.94], URGENT: [0.89, 0.93] }],
  // At the end of the round that read signals10's and phone9's even halves: signals11
  // unchanged; phone10 88.3% -> 90.3% (addresses 22 -> 26 of 30, companies 49 -> 50 of 66).
  ['phone10/phone10.jsonl', { recall: 0.88, precision: 0.99 }],
  // The third fresh pair, from a new blind writer (new senders and idioms, distress told
  // indirectly, companies a third of the entities). Scored on its arrival, on the code of
  // 9f6be76: signals12 DISTRESS 71.6% / 86.9%, URGENT 76.1% / 85.4%; phone11 79.7% / 96.6%
  // (companies 57 of 83, addresses 18 of 28). Never read.
  // Precision 0.869 -> 0.880 (DISTRESS) and 0.854 -> 0.864 (URGENT) after the round that
  // read accidents and someone else's distress: one false alarm fewer each.
  // Precision 0.880 -> 0.890 (DISTRESS) and 0.864 -> 0.875 (URGENT) after the round on the
  // weak categories and everyday messages: one false alarm fewer each.
  // Then, after rounds unread whole, split like the others: its odd half holds the floor,
  // scored before the even half was read (DISTRESS 67.4% / 86.1%, URGENT 75.6% / 91.9%).
  // DISTRESS 67.4% / 86.1% -> 69.6% / 86.5%, URGENT 75.6% / 91.9% -> 77.8% / 92.1% after the
  // round that read signals13's even half and wrote acts told in new words (a whole strip
  // of pills taken).
  // URGENT 77.8% / 92.1% -> 80.0% / 92.3% after the probe of urgency and of violence where
  // one works.
  ['signals12/signals12.jsonl', { DISTRESS: [0.76, 0.87], URGENT: [0.82, 0.92] }],
  // Recall 0.797 -> 0.847 after the round on addresses (18 -> 25 of 28) and companies as
  // typed (57 -> 60 of 83).
  // Then, after four rounds unread whole, split like the others: its odd half holds the
  // floor, scored before the even half was read (83.0% / 94.2%, companies 25 of 37).
  ['phone11/phone11.jsonl', { recall: 0.83, precision: 0.94 }],
  // A fourth writer's pair, unread whole; floors at what they measured on arrival, before
  // any rule of the round that received them: signals13 DISTRESS 75.5% / 88.5%, URGENT
  // 73.9% / 89.5%; phone12 74.9% / 95.4%.
  // URGENT recall 0.739 -> 0.750 after the same round.
  // Then, after three rounds unread whole, split like the others: its odd half holds the
  // floor, scored before the even half was read (DISTRESS 75.5% / 93.0%, URGENT 72.7% / 84.2%).
  ['signals13/signals13.jsonl', { DISTRESS: [0.83, 0.93], URGENT: [0.75, 0.84] }],
  // Recall 0.749 -> 0.789 at the end of the same round (addresses 21 -> 27 of 28).
  // Recall 0.789 -> 0.803 after the round that read phone11's even half (companies 52 -> 55
  // of 86: a glued article, a shop's name opening with "au", L'Oréal typed "loreal").
  // Recall 0.803 -> 0.807 after the probe of employers typed fast ("jbosse pour", "my
  // contract with", "une boite qui s'appelle").
  ['phone12/phone12.jsonl', { recall: 0.8, precision: 0.95 }],
  // A fifth pair, from writers who read only ../shared/eval/README.md and the charter:
  // dictation, run-on messages, patois and slang, each message with the time it is written
  // (read at that time). Scored whole on arrival at 80044e1 (signals14 DISTRESS 89.8% /
  // 86.5%, URGENT 80.9% / 90.9%, time read; phone13 89.5% / 97.0%), then split: the even
  // halves were read, the odd halves hold the floors, at what they measured before any rule
  // written from the even halves (unchanged by those rules).
  ['signals14/signals14.jsonl', { DISTRESS: [0.89, 0.86], URGENT: [0.82, 0.91] }],
  ['phone13/phone13.jsonl', { recall: 0.89, precision: 0.99 }],
  // A sixth pair, from writers who read only ../shared/eval/README.md and the charter:
  // regional French and English, phonetic spelling, euphemisms (signals15, timed), and
  // messages with entities and signals together, as the held-out corpora are described
  // (mixed15). Scored whole on arrival at 8532cd0 (signals15 DISTRESS 83.8% / 95.0%, URGENT
  // 75.6% / 91.5%; mixed15 entities 91.3% / 97.8%, URGENT 93.9% / 86.1%, DISTRESS 96.4% /
  // 96.4%), then split: the odd halves hold the floors, at what they measured before any
  // rule written from the even halves.
  ['signals15/signals15.jsonl', { DISTRESS: [0.83, 0.95], URGENT: [0.77, 0.89] }],
  [
    'mixed15/mixed15.jsonl',
    { recall: 0.92, precision: 0.98, DISTRESS: [0.94, 0.94], URGENT: [0.9, 0.86] },
  ],
  // A seventh trio, from writers who read only ../shared/eval/README.md and the charter:
  // formal, non-native and dictated French and English, timed (signals16); trades, care,
  // overseas France and every origin (mixed16, mostly French); UK, Irish, African and Asian
  // English (mixed17). Scored whole on arrival at b1b1210 (signals16 DISTRESS 75.6% / 96.0%,
  // URGENT 72.6% / 86.2%; mixed16 entities 87.8% / 97.5%, companies 58 of 77, URGENT 88.6% /
  // 86.1%, DISTRESS 96.7% / 85.3%; mixed17 entities 85.5% / 96.4%, companies 58 of 80, URGENT
  // 83.3% / 81.1%, DISTRESS 81.3% / 96.3%), then split: the odd halves hold the floors, at
  // what they measured before any rule written from the even halves.
  ['signals16/signals16.jsonl', { DISTRESS: [0.71, 0.96], URGENT: [0.68, 0.84] }],
  [
    'mixed16/mixed16.jsonl',
    { recall: 0.86, precision: 0.97, DISTRESS: [1, 0.81], URGENT: [1, 0.8] },
  ],
  [
    'mixed17/mixed17.jsonl',
    { recall: 0.85, precision: 0.97, DISTRESS: [0.8, 0.92], URGENT: [0.85, 0.8] },
  ],
  // Recall 0.95 -> 0.97 after the round on residences, estates and business zones (96.3% -> 97.5%).
  // Recall 0.97 -> 0.98 after the round on the new writer's families (97.5% -> 98.8%).
  ['tidy-pasted/tidy.jsonl', { recall: 0.98, precision: 0.99 }],
  ['tidy-pasted/pasted.jsonl', { recall: 0.94, precision: 0.94 }],
  [
    'phone/phone.jsonl',
    // URGENT 85.0% / 94.4% -> 90.0% / 94.7% after the probe of urgency said without the word.
    { recall: 0.96, precision: 0.99, DISTRESS: [0.94, 1], URGENT: [0.9, 0.94] },
  ],
];

function score(lines: string[]) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'cadre-blind-'));
  try {
    const gold = path.join(work, 'gold.jsonl');
    const pred = path.join(work, 'pred.jsonl');
    writeFileSync(gold, lines.join('\n') + '\n');
    const predictions = lines.map((line) => {
      const { id, text, now } = JSON.parse(line) as { id: string; text: string; now?: string };
      // A set that says when each message is written is read at that time (signals14).
      const { findings, signals } = analyze(text, { now: nowOf({ now }) });
      return JSON.stringify({
        id,
        entities: findings,
        signals: signals.filter((s) => s === 'URGENT' || s === 'DISTRESS'),
      });
    });
    writeFileSync(pred, predictions.join('\n') + '\n');
    return JSON.parse(
      execFileSync(process.execPath, [scorer, gold, pred, '--json'], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe.skipIf(!existsSync(scorer) && !process.env.CI)('blind sets, held halves', () => {
  it('keeps a floor on every blind set', () => {
    expect(HELD.map(([file]) => file).sort()).toEqual(Object.keys(BLIND_SETS).sort());
  });

  it.each(HELD)(
    '%s stays at or above what it measured',
    (file, floor) => {
      if (floor.raisedAtMost !== undefined) {
        const raised = unreadLines(file).filter((line) =>
          analyze((JSON.parse(line) as { text: string }).text).signals.some(
            (s) => s === 'DISTRESS' || s === 'URGENT',
          ),
        );
        expect(raised.length).toBeLessThanOrEqual(floor.raisedAtMost);
        return;
      }
      const result = score(unreadLines(file));
      if (floor.recall) expect(result.overall.recall).toBeGreaterThanOrEqual(floor.recall);
      if (floor.precision) expect(result.overall.precision).toBeGreaterThanOrEqual(floor.precision);
      for (const signal of ['DISTRESS', 'URGENT'] as const) {
        const expected = floor[signal];
        if (!expected) continue;
        expect(result.signals[signal].recall, `${signal} recall`).toBeGreaterThanOrEqual(
          expected[0],
        );
        expect(result.signals[signal].precision, `${signal} precision`).toBeGreaterThanOrEqual(
          expected[1],
        );
      }
      // The first set pays for the engine's warm-up, a few seconds on a busy machine.
    },
    30_000,
  );
});
