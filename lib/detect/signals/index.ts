import { fold } from '../fold.ts';
import type { SignalType } from '../types.ts';
import { activeIdeation } from './active-ideation.ts';
import { broadCategories } from './broad.ts';
import { scopedAt } from './scope.ts';
import { ordinaryObjectAt } from './ordinary-objects.ts';
import { FIRST_PERSON } from './lexicon.ts';
import {
  ASKING_FOR_SOMEONE_ELSE,
  ATTACK_ONGOING,
  EXCITED,
  DENIED_STATE,
  FINAL_GOODBYE,
  HABITUAL,
  HELP_INFO,
  HUMOUR,
  HUMOUR_AFTER,
  HYPERBOLE,
  MEDIA,
  NOT_JOKING,
  ORDINARY_GOODBYE,
  OTHER_PERSON,
  OWN_STORY,
  RESOLVED,
  WISH_TO_LIVE,
  THESE_DAYS,
  THIRD_PERSON,
  TOLD_IN_PAST,
  TRIVIAL,
  UNDER_WAY,
  aboutSelf,
  deniedCue,
  deniesHarm,
  isDistantPast,
} from './context.ts';
import {
  combine,
  negatedBefore,
  packedRegExp,
  packedWords,
  omittedBefore,
  type DistressCategory,
  type Recogniser,
} from './cue.ts';
import { mayMatch } from './gate.ts';
import { readTimes, timeWeight, type TimeFacts } from './deadlines.ts';
import { COPING, drugAt } from './coping.ts';
import { crisisNow } from './crisis-now.ts';
import { farewell } from './farewell.ts';
import { hopelessness } from './hopelessness.ts';
import { MODEL_GATES, modelConfidence, sentenceModelScores, type ModelSignal } from './model.ts';
import { signalText } from './normalize.ts';
import { EXERTION, panic } from './panic.ts';
import { partAt, partStarts } from './turns.ts';
import { passiveIdeation } from './passive-ideation.ts';
import { selfHarm } from './self-harm.ts';
import { substance } from './substance.ts';
import {
  OFFERED_TIME,
  SAID_NOW,
  TOLD_AS_HABIT,
  URGENT_ANOTHER_TIME,
  URGENT_CUES,
  URGENT_DISMISSED,
} from './urgency.ts';
import { violence } from './violence.ts';

export { DISTRESS_CATEGORIES, type DistressCategory } from './cue.ts';

// Message signals for the charter's rules 4 and 6. Each sentence is read once (the
// result is cached with it) by one recogniser per category of distress and by the
// urgency cues; the message adds the sentences up, and only then compares times with
// the moment it is written, so that a cached sentence stays right as the clock moves.

/** One recogniser per category of distress. */
export const RECOGNISERS: readonly Recogniser[] = [
  passiveIdeation,
  activeIdeation,
  farewell,
  selfHarm,
  substance,
  violence,
  panic,
  hopelessness,
  // Violence under way: a second reader of the violence category.
  crisisNow,
];

/**
 * Passive ideation or worse: always urgent too (C-SSRS levels 1 and above). Self-harm,
 * recent or now, is a behaviour on that ladder.
 */
export const SEVERE: ReadonlySet<DistressCategory> = new Set([
  'passive-ideation',
  'active-ideation',
  'farewell',
  'self-harm',
]);

const DONE_BEFORE =
  // Its words: cues.txt [done-before].
  packedRegExp('done-before', '\\b');

const isSevere = (c: string) => SEVERE.has(c as DistressCategory);
// States that last: "right now" dates them ("I hate my life right now"), it is no crisis.
const LASTING: ReadonlySet<DistressCategory> = new Set(['hopelessness', 'substance']);

export interface SentenceSignals {
  /** Weight per category of distress found in the sentence. */
  distress: Partial<Record<DistressCategory, number>>;
  /** Whether a cue tells of something happening now (an overdose, someone at the door). */
  distressNow: boolean;
  /**
   * Every cue of distress heard had someone else as its subject ("he's been thinking about
   * killing himself"): set aside when the message asks how to help them.
   */
  othersOnly: boolean;
  /**
   * An attack of panic or dissociation as the person writes: urgent, but no life in
   * danger (the help offered listens and cares before it calls the police).
   */
  attackNow: boolean;
  urgent: number;
  /** Weight of plain words ("urgent", "!!", "now") and times: a joke marker anywhere undoes them. */
  urgentWords: number;
  /** Weight of urgency cues that still hold when the message dismisses urgency. */
  urgentStrong: number;
  urgentDismissed: boolean;
  /** Another time than now (the past, next week): this sentence's plain words and times do not count. */
  urgentElsewhen: boolean;
  /** A joke marker: times and plain urgent words do not count. */
  light: boolean;
  /** The sentence in the patterns' form: what only some messages need is asked of it later. */
  text: string;
  /** Says it is over ("je respire enfin", "went great"): past distress elsewhere in the message is closed. */
  resolved: boolean;
  /** Told in the past tense. */
  past: boolean;
  /** Names a drink or a drug of the writer's, outside a joke, a story or the past. */
  drug: boolean;
  /** Says what something is for: to hold on, to sleep, the only way. */
  coping: boolean;
  /** Gives a help line's number or name: the message informs, it does not confide. */
  helpInfo: boolean;
  /** The sentence's share of the learnt model's scores (model.ts). */
  model: Record<ModelSignal, number>;
  times: TimeFacts;
}

// One scan of the sentence per recogniser (its cues joined in one pattern).
// Built on first use: some cues are read from the packed gazetteer (cues.txt).
const SCANS = RECOGNISERS.map((r) => combine(() => r.cues.map((cue) => cue.re)));
const URGENT_SCAN = combine(() => URGENT_CUES.map((cue) => cue.re));

// The writer is the subject where the cue starts ("ma mère est morte, je bois tous les
// soirs"): a topic cue counts even if someone else is named elsewhere in the sentence.
const SELF_SUBJECT = /^(?:je|i|im|ive|id)\b/;
const WRITER_SUBJECT = /\b(?:je|i|im|ive|id|ill)\b/;
const WRITER_AS_OBJECT = /\b(?:me|m|moi)\b/;

// The nearest subject before a cue is someone else: "il boit pour oublier", "she's suicidal".
const SUBJECT_BEFORE =
  // Its words: cues.txt [subject-before].
  packedRegExp('subject-before', '\\b', 'g');
const NAMED_AS_OBJECT =
  /(?:\b(?:i|je|j) (?:take|took|taking|use|used|steal|stole|prends|prenais|pris|vole|volais)|\b(?:de|du|des|of|from|with|avec|for|pour|to|a|chez|par|by)) $/;
function otherSubject(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  let last: RegExpExecArray | undefined;
  for (const m of before.matchAll(SUBJECT_BEFORE)) last = m;
  if (!last || /^(?:je|i|im|ive|id)$/.test(last[0])) return false;
  // Someone close named after a preposition or as what the writer takes is no subject:
  // "I take my mother's sleeping pills", "les cachets de ma mère".
  if (!THIRD_PERSON.test(last[0]) && NAMED_AS_OBJECT.test(before.slice(0, last.index)))
    return false;
  // The writer as the object in between: "my colleague saw me crying", "il m'a vue pleurer".
  return !WRITER_AS_OBJECT.test(before.slice(last.index + last[0].length));
}
function selfAt(text: string, at: number): boolean {
  return (
    SELF_SUBJECT.test(text.slice(at)) ||
    /\b(?:je|i|im|ive|id)\s+$/.test(text.slice(Math.max(0, at - 4), at))
  );
}

// "giving away my books", "je donne mes livres": things one owns, not a story told.
const GIVEN_AWAY =
  /\b(?:giv\w*|gave|donne\w*|laisse\w*|left|leav\w*)(?: away)? (?:\S+ )?(?:my|mes|mon|ma)\b/;

interface PartContext {
  /** A story, a figure of speech or the past: only an act under way still counts. */
  onlySerious: boolean;
  /** The same for a cue found at a place: "it's over" closes only what comes before it. */
  closedAt: (at: number) => boolean;
  /** A joke marker: only serious cues count. */
  humour: boolean;
  /** Whether the part is about the writer (a topic word counts only then). */
  aboutSelf: () => boolean;
}

// "J'ai cru mourir au fractionné": a figure after a training session, panic otherwise.
// Only this figure: a panic attack at the pool or a wish beside sport still counts.
// Built on first use: their words are read from the packed gazetteer (cues.txt).
let hardSession: RegExp | undefined;
const HARD_SESSION = () =>
  (hardSession ??= new RegExp(
    `\\b(?:cru (?:mourir|crever|y rester)|thought (?:i (?:would|was gonna|was going to)|id) die)\\b(?=.*(?:${EXERTION.source}|\\b(?:${packedWords('[hard-session]')})\\b))`,
  ));
// A thrill or a climb: "hanging off the wall thinking I'm going to die up here… then I
// topped out", "en haut de la voie je me disais que j'allais mourir". Fear of a fall in
// a sport said before or after, not a wish.
let thrillFear: RegExp | undefined;
const THRILL_FEAR = () => {
  const thrill = `\\b(?:${packedWords('[thrill]')})\\b`;
  return (thrillFear ??= new RegExp(
    `\\b(?:${packedWords('[thrill-fear]')}) (?:die|mourir|crever|y rester)\\b(?:(?<=${thrill}.*)|(?=.*${thrill}))`,
  ));
};

// Where the last joke marker and the last "it's over" of a sentence are: each covers
// its own part and those before it. Read once per sentence, so that a long text cut in
// many parts is not read again for each.
// Their words: cues.txt [humour] and [resolved], as HUMOUR's and RESOLVED's.
const LAST_HUMOUR = packedRegExp('humour', HUMOUR_AFTER, 'gu');
const LAST_RESOLVED = packedRegExp('resolved', '\\b', 'g');
function lastAt(re: RegExp, text: string, end = false): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    last = end ? m.index + m[0].length : m.index;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

function partContext(
  text: string,
  starts: readonly number[],
  i: number,
  reach: { humour: number; resolved: number },
  helpInfo: boolean,
): PartContext {
  const start = starts[i];
  const end = starts[i + 1] ?? text.length;
  const own = starts.length === 1 ? text : text.slice(start, end);
  // A joke marker trails what it marks.
  const humour = reach.humour >= start;
  // "Over and done" closes what came before it, not what follows a turn.
  const story =
    isDistantPast(own, starts.length === 1 ? own : text.slice(start)) ||
    // The whole sentence passes a gate whenever a part of it does.
    (mayMatch(MEDIA, text) && MEDIA.test(own) && !OWN_STORY.test(own) && !GIVEN_AWAY.test(own)) ||
    (mayMatch(HYPERBOLE, text) && HYPERBOLE.test(own));
  // "Over and done" closes what came before it, not what follows, even in its own part
  // ("j'étais clean depuis deux ans et je me suis recoupée hier").
  const onlySerious = reach.resolved >= start || story;
  const closedAt = (at: number) => reach.resolved > at || story;
  // A topic word counts only about the writer, never beside a help line's number.
  let self: boolean | undefined = helpInfo ? false : undefined;
  return { onlySerious, closedAt, humour, aboutSelf: () => (self ??= aboutSelf(own, text)) };
}

function readDistress(
  text: string,
  light: boolean,
  helpInfo: boolean,
): Pick<
  SentenceSignals,
  'distress' | 'distressNow' | 'othersOnly' | 'attackNow' | 'resolved' | 'drug' | 'coping'
> {
  const distress: SentenceSignals['distress'] = {};
  let distressNow = false;
  // Whose distress the cues tell: the writer's, or someone else's (the nearest subject).
  let ownCue = false;
  let otherCue = false;
  let attackNow = false;
  // Each part of the sentence (cut at its turns) has its own context, read once.
  const starts = partStarts(text);
  // Said at the end, "it's over" closes the message's past distress before it.
  const resolved = mayMatch(RESOLVED, text) && RESOLVED.test(text.slice(starts[starts.length - 1]));
  const contexts: PartContext[] = [];
  let reach: { humour: number; resolved: number } | undefined;
  const contextAt = (at: number) => {
    const i = partAt(starts, at);
    reach ??= {
      humour: light && !NOT_JOKING.test(text) ? lastAt(LAST_HUMOUR, text) : -1,
      // Where the last "it's over" ends: "je suis sortie de la dépression" closes its own words.
      resolved: mayMatch(RESOLVED, text) ? lastAt(LAST_RESOLVED, text, true) : -1,
    };
    return (contexts[i] ??= partContext(text, starts, i, reach, helpInfo));
  };
  let excited: boolean | undefined;
  // "il tape contre ma porte tous les soirs": a threat that comes back is not one under way.
  let habit: boolean | undefined;
  RECOGNISERS.forEach(({ category, cues }, r) => {
    let total = 0;
    const counted = new Set<number>();
    SCANS[r](text, (index, at) => {
      const cue = cues[index];
      if (counted.has(index)) return;
      const context = contextAt(at);
      if ((context.closedAt(at) && !cue.now) || (context.humour && !cue.serious)) return;
      if (negatedBefore(text, at) || (category === 'substance' && omittedBefore(text, at))) return;
      if (deniedCue(text, cue.re, at)) return;
      if (category === 'panic' && (excited ??= EXCITED.test(text))) return;
      if (cue.topic && !selfAt(text, at) && !context.aboutSelf()) return;
      // The writer named as the act's subject outweighs a "mon poste" before it.
      if (cue.notOther && !selfAt(text, at) && otherSubject(text, at)) return;
      if (cue.unless?.test(text)) return;
      if (scopedAt(text, category, at) || ordinaryObjectAt(text, category, at)) return;
      counted.add(index);
      // Violence is done by someone else to the writer: its subject says nothing of whose it is.
      if (category !== 'violence' && !selfAt(text, at) && otherSubject(text, at)) otherCue = true;
      else ownCue = true;
      total += cue.weight ?? 2;
      // A symptom that comes back "quand…", "every time…" is a state, not a crisis now.
      if (cue.now && category !== 'panic')
        distressNow ||= !(habit ??= TOLD_AS_HABIT.test(text) && !SAID_NOW.test(text));
      else if (cue.now) attackNow ||= !HABITUAL.test(text);
    });
    if (total) distress[category] = (distress[category] ?? 0) + total;
  });
  // The broad layer, part by part: words that mean distress, near the writer, when no
  // joke, story, figure of speech, past, help line or other person takes them away.
  starts.forEach((start, i) => {
    const context = contextAt(start);
    if (context.onlySerious || context.humour || helpInfo) return;
    const part = starts.length === 1 ? text : text.slice(start, starts[i + 1]);
    // "Someone else" only when a person is named: with no pronoun at all, the words'
    // own anchors decide (a farewell says "you").
    for (const category of broadCategories(
      part,
      () => !context.aboutSelf() && FIRST_PERSON.test(part),
    ))
      // Blows and marks beside violence suffered are that violence, not self-harm; a
      // racing heart of joy is no panic.
      if (
        !(category === 'self-harm' && distress.violence && !distress['self-harm']) &&
        !(category === 'panic' && (excited ??= EXCITED.test(text))) &&
        // Out of breath after a run: the body, not an attack nor despair; "j'ai cru
        // mourir au fractionné": a hard session, no wish to be gone.
        !((category === 'panic' || category === 'hopelessness') && EXERTION.test(part)) &&
        !(
          category === 'passive-ideation' &&
          // "chaque fois dans le bus je sens que je vais mourir": beside a panic attack the
          // death words are its fear, not a wish.
          (distress.panic || HARD_SESSION().test(part) || THRILL_FEAR().test(part))
        )
      ) {
        distress[category] = Math.max(distress[category] ?? 0, 2);
        ownCue = true;
      }
  });
  // "right now" makes an act or a threat a crisis and a panic an attack; "en ce moment"
  // does so only for an attack or a plan: for a state that lasts it means "these days".
  const others = Object.keys(distress).filter(
    (c) => c !== 'panic' && !LASTING.has(c as DistressCategory),
  );
  // "je suis dans le train là, j'ai fait une crise la semaine dernière": the place is now, the attack is not.
  const now = mayMatch(UNDER_WAY, text) && UNDER_WAY.test(text) && !DONE_BEFORE.test(text);
  if (others.length && now) distressNow = true;
  else if (distress['active-ideation'] && THESE_DAYS.test(text)) distressNow = true;
  if (distress.panic && (now || THESE_DAYS.test(text) || ATTACK_ONGOING.test(text)))
    attackNow = true;
  // Substance to cope is read across the message (see `combineSignals`).
  const plain = (at: number) => {
    const context = contextAt(at);
    return !context.onlySerious && !context.humour && !helpInfo;
  };
  const at = drugAt(text);
  const drug =
    at >= 0 &&
    plain(at) &&
    !negatedBefore(text, at) &&
    !omittedBefore(text, at) &&
    !OTHER_PERSON.test(text);
  const use = mayMatch(COPING, text) ? COPING.exec(text) : null;
  const coping = use !== null && plain(use.index) && !negatedBefore(text, use.index);
  return {
    distress,
    distressNow,
    othersOnly: otherCue && !ownCue,
    attackNow,
    resolved: resolved || isDistantPast(text),
    drug,
    coping,
  };
}

// Words in quotes are someone else's, or a title: "my mate texted "call me asap" lol".
const QUOTE = /["“”«»]/g;
function quotedAt(text: string, at: number): boolean {
  return (text.slice(0, at).match(QUOTE)?.length ?? 0) % 2 === 1;
}

export function sentenceSignals(sentence: string): SentenceSignals {
  const text = signalText(sentence);
  const light = HUMOUR.test(text);
  const helpInfo = mayMatch(HELP_INFO, text) && HELP_INFO.test(text);
  const distress = readDistress(text, light, helpInfo);
  let urgent = 0;
  let urgentWords = 0;
  let urgentStrong = 0;
  const counted = new Set<number>();
  // "Mon ex m'attend devant le travail tous les soirs": someone who waits as a habit is not waiting now.
  let habit: boolean | undefined;
  URGENT_SCAN(text, (index, at) => {
    const cue = URGENT_CUES[index];
    if (counted.has(index) || negatedBefore(text, at) || quotedAt(text, at)) return;
    if (cue.presence && (habit ??= TOLD_AS_HABIT.test(text) && !SAID_NOW.test(text))) return;
    counted.add(index);
    if (cue.word) urgentWords += helpInfo ? 0 : cue.weight;
    else urgent += cue.weight;
    if (cue.strong && !light) urgentStrong += cue.weight;
  });
  const times = readTimes(text);
  if (mayMatch(OFFERED_TIME, text) && OFFERED_TIME.test(text)) times.soon = false;
  return {
    ...distress,
    urgent,
    urgentWords,
    urgentStrong,
    urgentDismissed: mayMatch(URGENT_DISMISSED, text) && URGENT_DISMISSED.test(text),
    urgentElsewhen: mayMatch(URGENT_ANOTHER_TIME, text) && URGENT_ANOTHER_TIME.test(text),
    light,
    text,
    // Asked only where it can matter: a sentence with distress.
    past: Object.keys(distress.distress).length > 0 && TOLD_IN_PAST.test(text),
    helpInfo,
    // "no i'm not gonna do anything stupid": a denial the rules read sets the model's reading aside.
    model: modelShares(
      text,
      light,
      helpInfo,
      // So does a wish to live when no rule heard distress ("aujourd'hui j'ai envie de vivre").
      () =>
        distress.resolved ||
        (Object.keys(distress.distress).length === 0 &&
          (deniesHarm(text) || WISH_TO_LIVE.test(text) || DENIED_STATE.test(text))),
      times,
    ),
    times,
  };
}

/**
 * The model's share of each signal for this sentence, with the rules' own gates: where
 * they say the sentence tells nothing of the writer's now (a joke, help lines, a story,
 * a figure of speech, long ago, someone else, another time), what it adds is set aside
 * and only what it takes away is kept.
 */
function modelShares(
  text: string,
  light: boolean,
  helpInfo: boolean,
  // Asked only when the model has something to add: most sentences never need it.
  resolved: () => boolean,
  times: TimeFacts,
): Record<ModelSignal, number> {
  const { distress, urgent } = sentenceModelScores(text);
  if (distress <= 0 && urgent <= 0) return { distress, urgent };
  const aside = light || helpInfo;
  const notNow =
    aside ||
    resolved() ||
    (MEDIA.test(text) && !OWN_STORY.test(text)) ||
    HYPERBOLE.test(text) ||
    (OTHER_PERSON.test(text) && !WRITER_SUBJECT.test(text));
  // A time in the sentence is weighed against the clock by the rules, never by words.
  const elsewhen =
    aside ||
    resolved() ||
    hasTime(times) ||
    TOLD_IN_PAST.test(text) ||
    (mayMatch(URGENT_ANOTHER_TIME, text) && URGENT_ANOTHER_TIME.test(text));
  return {
    distress: notNow ? Math.min(distress, 0) : distress,
    urgent: elsewhen ? Math.min(urgent, 0) : urgent,
  };
}

export interface SignalReport {
  signals: SignalType[];
  /** Categories of distress found, strongest first: the panel chooses help from them. */
  distress: DistressCategory[];
  /** Something is happening as the person writes: a life may be in danger. */
  crisisNow: boolean;
  /** An attack of panic or dissociation as the person writes: urgent too. */
  attackNow: boolean;
}

const VAGUE =
  // Its words: cues.txt [vague].
  packedRegExp('vague', '\\s*\\?*\\W*$', '', '^(?:\\W*)(?:et )?(?:alors|du coup|bon)?\\s*');

const hasTime = (t: TimeFacts) =>
  t.soon || t.today || t.deadlines.length > 0 || t.appointments.length > 0;

/** Minutes after midnight of a time given as a Date or a timestamp. */
function minutesOfDay(now: Date | number | undefined): number | null {
  if (now === undefined) return null;
  const date = typeof now === 'number' ? new Date(now) : now;
  return Number.isNaN(date.getTime()) ? null : date.getHours() * 60 + date.getMinutes();
}

/**
 * Adds up a message's sentences. `now` is when the message is written (the caller's
 * clock): deadlines are compared with it. Without it a deadline today counts as close.
 */
export function combineSignals(
  message: string,
  parts: readonly SentenceSignals[],
  now?: Date | number,
): SignalReport {
  const byCategory = new Map<DistressCategory, number>();
  let crisisNow = false;
  let attackNow = false;
  let dismissed = false;
  let light = false;
  // A mentorship that ends, a move, a new job: its goodbyes are not farewells. In the
  // farewell's own sentence always; from another sentence (the writer's, not "mon
  // collègue part à la retraite") only over thanks, not over a goodbye said as the last
  // ("je ne serai plus là demain", "the last time you will hear from me").
  const goodbyeElsewhere = (p: SentenceSignals) =>
    parts.some((q) => q !== p && ORDINARY_GOODBYE.test(q.text) && !OTHER_PERSON.test(q.text));
  const ordinaryGoodbye = (p: SentenceSignals) =>
    p.distress.farewell !== undefined &&
    (ORDINARY_GOODBYE.test(p.text) || (!FINAL_GOODBYE.test(p.text) && goodbyeElsewhere(p)));
  // What comes after the last "it's over" is not closed by it.
  let lastResolved = -1;
  parts.forEach((p, i) => {
    if (p.resolved) lastResolved = i;
  });
  // Someone else's distress asked about ("il pense au suicide, comment je peux l'aider ?").
  const forSomeoneElse =
    parts.some((p) => ASKING_FOR_SOMEONE_ELSE.test(p.text)) &&
    parts.some((p) => p.othersOnly || OTHER_PERSON.test(p.text) || THIRD_PERSON.test(p.text));
  for (const [i, p] of parts.entries()) {
    light ||= p.light;
    // Every cue told of them, not of the writer: the question, not a crisis.
    if (forSomeoneElse && p.othersOnly) continue;
    // "L'ancien manager qui me harcelait a été licencié. Je respire enfin.": closed.
    if (
      i <= lastResolved &&
      p.past &&
      !p.distressNow &&
      !p.attackNow &&
      !Object.keys(p.distress).some(isSevere)
    )
      continue;
    for (const [category, weight] of Object.entries(p.distress) as [DistressCategory, number][])
      if (!(category === 'farewell' && ordinaryGoodbye(p)))
        byCategory.set(category, (byCategory.get(category) ?? 0) + weight);
    crisisNow ||= p.distressNow;
    attackNow ||= p.attackNow;
    dismissed ||= p.urgentDismissed;
  }
  // A drink or a drug in one sentence, what it is for in another, the writer speaking.
  if (
    !byCategory.has('substance') &&
    parts.some(
      (p) => p.drug && (p.coping || parts.some((q) => q.coping && FIRST_PERSON.test(q.text))),
    )
  )
    byCategory.set('substance', 2);
  const total = [...byCategory.values()].reduce((a, b) => a + b, 0);
  // The learnt model reads what no rule lists (model.ts). Alone it must be nearly sure;
  // beside a cue too weak to count on its own, fairly sure. Never in a joke, or in a
  // message that gives help lines.
  // Someone else's distress asked about ("il veut plus vivre, comment je peux l'aider ?"):
  // the model alone reads the other's words as the writer's; only a cue of the rules counts.
  const modelHeard = (signal: ModelSignal, cue: boolean) => {
    if (parts.some((p) => p.helpInfo || p.light) || (forSomeoneElse && !cue)) return false;
    const sure = modelConfidence(
      signal,
      parts.map((p) => p.model[signal]),
    );
    return sure >= MODEL_GATES.alone[signal] || (cue && sure >= MODEL_GATES.withCue);
  };
  const distress = total >= 2 || modelHeard('distress', total > 0);
  const categories = distress
    ? [...byCategory.entries()].sort((a, b) => b[1] - a[1]).map(([category]) => category)
    : [];
  // "Il est 15h50. Je dois rendre à 16h30.": the clock said in one sentence is the
  // message's, and every deadline in it is compared with it.
  const at = parts.find((p) => p.times.clock !== null)?.times.clock ?? minutesOfDay(now);
  let urgent = 0;
  for (const p of parts) {
    // Another time than now undoes its own sentence ("c'était urgent la semaine dernière").
    if (p.urgentElsewhen) continue;
    // A joke anywhere undoes the plain words; a time only in its own sentence.
    const words = p.urgentDismissed
      ? 0
      : (light ? 0 : p.urgentWords) + (p.light ? 0 : timeWeight(p.times, at));
    urgent += dismissed
      ? p.urgentStrong >= 2 && !p.urgentDismissed
        ? p.urgentStrong
        : 0
      : p.urgent + words;
  }
  // "need ur answer asap… pizza ou burger ? 😋": a joke about a small thing.
  // "urgent question pizza or sushi": only the word, about a small choice, is no rush either.
  const smallChoice =
    parts.every((p) => p.urgent === 0 && !hasTime(p.times)) &&
    / (?:or|ou) |\bwho (?:ate|took|stole)\b|\bqui a (?:mange|pris|pique)\b/.test(fold(message));
  if (urgent && (light || smallChoice) && !distress && parts.some((p) => TRIVIAL.test(p.text)))
    urgent = 0;
  // Once distress is established, any cue of passive ideation or worse, even one too weak
  // to count alone, makes it urgent ("j'ai résilié mon bail… prends soin de toi").
  const severe = [...SEVERE].some((c) => byCategory.has(c));
  const signals: SignalType[] = [];
  if (distress) signals.push('DISTRESS');
  if (
    urgent >= 2 ||
    (distress && (severe || crisisNow || attackNow)) ||
    // The rules' reading of a distress as not happening now stands, bar a cue of urgency.
    // Distress the model alone heard has no category to weigh: it is the urgency's cue.
    // Asked for someone else, a weak cue ("what do I say to him") is the question, not the rush.
    ((urgent > 0 || byCategory.size === 0) &&
      modelHeard('urgent', urgent >= (forSomeoneElse ? 2 : 1) || distress))
  )
    signals.push('URGENT');
  if (message.length <= 80 && !signals.includes('URGENT') && VAGUE.test(fold(message.trim())))
    signals.push('VAGUE');
  return {
    signals,
    distress: categories,
    crisisNow: distress && crisisNow,
    attackNow: distress && attackNow,
  };
}
