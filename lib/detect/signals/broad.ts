import {
  combine,
  DISTRESS_CATEGORIES,
  negatedBefore,
  omittedBefore,
  type DistressCategory,
} from './cue.ts';
import { benignContext, type BenignAt } from './benign.ts';
import { deniedBefore } from './context.ts';
import { scopedAt } from './scope.ts';
import { ordinaryObjectAt } from './ordinary-objects.ts';
import { FIRST_PERSON, INTENSITY, lexicon, LITTLE, STANCE } from './lexicon.ts';

// The broad layer: a weighted lexicon per category that generalises where the
// recognisers' phrasings stop. A word counts when the writer is within a few words of
// it and it is not negated; each word counts once. The caller applies the context
// vetoes (humour, hyperbole, the past, media, help lines, someone else) before it.

/** Score at which a category counts in a sentence as much as a recogniser's strong cue. */
export const BROAD_THRESHOLD = 2;
/** States that last, which "tous les jours" or "again" make heavier. */
const LASTING: ReadonlySet<DistressCategory> = new Set([
  'self-harm',
  'substance',
  'violence',
  'panic',
  'hopelessness',
]);

/** How far (characters) the writer may be from a word. */
const ANCHOR_SPAN = 40;

// One scan per category, compiled once; the stems are read when it first runs (the
// gazetteer carries them).
const SCANS = DISTRESS_CATEGORIES.map((category) => {
  const stems = () => lexicon()[category];
  let weights: ReadonlyArray<1 | 2> | undefined;
  return {
    category,
    weights: () => (weights ??= stems().map(([, weight]) => weight)),
    scan: combine(() => stems().map(([piece]) => new RegExp(`\\b(?:${piece})(?!\\w)`))),
  };
});

// With someone else named, the writer must be the object right by the word ("il me
// frappe", "he hit me", "m'a agressée"), not a reader of the story.
const OBJECT_SPAN = 12;
const WRITER_AS_OBJECT = /\b(?:me|moi)\b/;

// A farewell speaks to the reader: "you", "tu", "toi" anchor it as much as "I".
const READER = /\b(?:you|tu|te|toi|vous)\b/;

function anchored(
  text: string,
  at: number,
  othersNamed: boolean,
  category: DistressCategory,
): boolean {
  if (
    category === 'farewell' &&
    READER.test(text.slice(Math.max(0, at - ANCHOR_SPAN), at + ANCHOR_SPAN))
  )
    return true;
  if (othersNamed)
    return WRITER_AS_OBJECT.test(text.slice(Math.max(0, at - OBJECT_SPAN), at + OBJECT_SPAN));
  return FIRST_PERSON.test(text.slice(Math.max(0, at - ANCHOR_SPAN), at + ANCHOR_SPAN));
}

// "il la frappait", "he hits her": done to someone else.
const OTHER_OBJECT_BEFORE = /\b(?:la|le|les|lui|se|l)\s$/;
const OTHER_OBJECT_AFTER = /^\w*\s(?:her|him|them|his|their)\b/;
function doneToOther(text: string, at: number): boolean {
  return (
    OTHER_OBJECT_BEFORE.test(text.slice(Math.max(0, at - 5), at)) ||
    OTHER_OBJECT_AFTER.test(text.slice(at, at + 30))
  );
}

// "je picole pas": a negation after the verb, for acts (not for "je respire pas").
const ACTS: ReadonlySet<DistressCategory> = new Set(['self-harm', 'substance', 'violence']);
// "je me scarifie plus du tout", "je me coupe plus depuis deux ans": "plus" closing the verb.
const NEGATED_AFTER =
  /^(?!pour\b|de\b)(?:\w+\s){1,2}?(?:pas|jamais|point|plus(?= du tout| jamais| depuis|\s*(?:$|[,.;!?])))\b/;

// "elle se sent comme un fardeau": the nearest subject before the word is someone else.
const SUBJECT = /\b(?:je|i|im|ive|id|me|moi|il|elle|ils|elles|he|she|they|hes|shes|theyre)\b/g;
const THIRD = new Set(['il', 'elle', 'ils', 'elles', 'he', 'she', 'they', 'hes', 'shes', 'theyre']);
function otherSubject(text: string, at: number): boolean {
  let last = '';
  const before = text.slice(Math.max(0, at - 40), at);
  for (const m of before.matchAll(SUBJECT)) last = m[0];
  return THIRD.has(last);
}

/** Categories whose lexicon score passes the threshold in a folded sentence. */
export function broadCategories(
  text: string,
  othersNamed: boolean | (() => boolean) = false,
): DistressCategory[] {
  const found: DistressCategory[] = [];
  // Good news, a small matter, the past, next to a word: read once a word is found
  // (most sentences have none).
  let benign: BenignAt | null | undefined;
  // Whether someone else is named costs a few patterns: asked only once a word is found.
  let others: boolean | undefined = typeof othersNamed === 'boolean' ? othersNamed : undefined;
  const named = () => (others ??= (othersNamed as () => boolean)());
  let intensity: number | undefined;
  let stance: number | undefined;
  for (const { category, weights, scan } of SCANS) {
    // Someone else named: only what is done to the writer still counts.
    if (others && category !== 'violence') continue;
    let score = 0;
    let seen = 0; // bit set of the stems already counted
    scan(text, (index, at) => {
      if (seen & (1 << index)) return;
      if (named() && category !== 'violence') return;
      if ((benign ??= benignContext(text))?.(category, at)) return;
      if (scopedAt(text, category, at) || ordinaryObjectAt(text, category, at)) return;
      if (!anchored(text, at, named(), category) || negatedBefore(text, at)) return;
      if (deniedBefore(text, at)) return;
      if (category === 'violence' ? doneToOther(text, at) : otherSubject(text, at)) return;
      if (ACTS.has(category) && NEGATED_AFTER.test(text.slice(at, at + 30))) return;
      // "forgot a dose of my tablets": an omission, neither a misuse nor a method.
      if ((category === 'substance' || category === 'active-ideation') && omittedBefore(text, at))
        return;
      seen |= 1 << index;
      score += weights()[index];
    });
    // "Every night" deepens a state; it does not make a place word ("le train") a plan.
    if (score === 0) continue;
    stance ??= (STANCE.test(text) ? 1 : 0) - (LITTLE.test(text) ? 1 : 0);
    intensity ??= INTENSITY.test(text) ? 1 : 0;
    const boost = stance + (LASTING.has(category) ? intensity : 0);
    if (score + boost >= BROAD_THRESHOLD) found.push(category);
  }
  // Death words beside panic or a threat are the fear of dying or the threat itself
  // ("j'ai peur de mourir", "il me menace de mort"), not a wish to die.
  if (found.includes('panic') || found.includes('violence')) {
    const at = found.indexOf('passive-ideation');
    if (at >= 0) found.splice(at, 1);
  }
  return found;
}
