import { gazetteer } from '../gazetteer.ts';
import { DISTRESS_CATEGORIES, type DistressCategory, packedRegExp } from './cue.ts';
import { readSections } from './sections.ts';
import { LOCKED_OUT, NO_DANGER_AFTER, withFragments } from './ordinary-uses.ts';

// The broad layer's vocabulary (`broad.ts`): the stems of each category, written in
// lexicon.txt and read here, and the words that weigh on them (intensity, stance, the
// ordinary contexts that explain them away).

/** [pattern piece, weight]: 2 a word that leans hard on the category, 1 a hint. */
export type Stem = readonly [string, 1 | 2];

/** lexicon.txt's text, comments left out, read into each category's stems. */
export function readLexicon(text: string): Record<DistressCategory, Stem[]> {
  const sections = readSections(text, 'lexicon.txt');
  const stem = (line: string): Stem => {
    if (!/^[12]./.test(line)) throw new Error(`lexicon.txt: cannot read "${line}"`);
    const piece = withFragments(line.slice(1), 'lexicon.txt');
    return [piece, line[0] === '2' ? 2 : 1];
  };
  return Object.fromEntries(
    DISTRESS_CATEGORIES.map((category) => {
      const lines = sections.get(category);
      if (!lines) throw new Error(`lexicon.txt: no [${category}]`);
      return [category, lines.map(stem)];
    }),
  ) as Record<DistressCategory, Stem[]>;
}

let read: Record<DistressCategory, Stem[]> | undefined;

/** Each category's stems (lexicon.txt), read from the gazetteer on first use. */
export function lexicon(): Readonly<Record<DistressCategory, readonly Stem[]>> {
  return (read ??= readLexicon(gazetteer().signalLexicon));
}

/** Intensity and time: it goes on, or it is now. Adds to a category already hinted at. */
export const INTENSITY =
  // Its words: cues.txt [intensity].
  packedRegExp('intensity', '\\b');

/** A wish, a thought or a state of the writer: "envie de", "I wish", "je me sens". */
export const STANCE =
  // Its words: cues.txt [stance].
  packedRegExp('stance', '\\b');

/**
 * What takes a word away when it is what the word is about: good news, a small matter
 * (the oven, the stairs, a coffee), the past, a client's story, an appointment
 * ("j'ai hâte", "out of breath after the stairs", "I used to", "une cliente pleure").
 * Each veto is local: it holds only over the words of its own clause, close to it, so
 * that work talk beside distress ("j'en peux plus, les clients me hurlent dessus") does
 * not hide it. `reach` says how far:
 * - 'clause': the same clause, within a few words, either side;
 * - 'subject': the same clause, before the word, with the writer not in between (the
 *   client is who the word is about: "une cliente pleure", not "les clients me hurlent");
 * - 'sentence': the whole sentence ("merci pour tout, à demain !": a farewell with a
 *   tomorrow is none).
 * `only` limits a veto to the one category it can explain. Words written `[name]` are
 * those of that section of cues.txt (`packedWords()`), read on first use.
 */
export type Benign = readonly [
  words: string,
  reach: 'clause' | 'subject' | 'sentence',
  only?: DistressCategory,
];

export const BENIGN: readonly Benign[] = [
  // Good news, pride, relief, a laugh, "like everyone"; a small matter that explains a
  // body word (water, the oven, sport, the cold, a roof to mend); an ordinary event the
  // words are about (an exam, holidays, a party, dinner with the team); the past, helping
  // someone else.
  ['[benign-good-news-small-matters]', 'clause'],
  // Someone else's story, told by the writer: only when they are who the words are about.
  ['[benign-someone-else-story]', 'subject'],
  // An accident at work or in the kitchen, blood given or taken, a first-aider: no harm done to oneself.
  ['[benign-accident-blood]', 'clause', 'self-harm'],
  // A drink with colleagues, a tasting, a soft drink: company, not coping, in the whole
  // sentence, unless it says what the drink is for or that it is drunk alone.
  ['[benign-drink-in-company]', 'sentence', 'substance'],
  // A medicine prescribed, or taken for an illness, is a treatment, not a way to cope.
  ['[benign-medicine-prescribed-taken]', 'clause', 'substance'],
  // A glass at a family outing: a meal, a wedding, a barbecue, unless it is drunk to cope.
  ['[benign-drink-in-family]', 'sentence', 'substance'],
  // Tired by a move, a trip or a night shift, or tired then sleeping well: the body, no despair.
  ['[benign-tired-move-trip]', 'clause', 'hopelessness'],
  // A phone or a battery "about to die", a plant dying: no life of the writer's.
  ['[benign-phone-battery-about]', 'clause', 'passive-ideation'],
  // A wish to live, life enjoyed: the opposite of a wish to be gone.
  ['[wish-to-live]', 'clause', 'passive-ideation'],
  // Locked out of one's own place, keys forgotten: no one shut the writer in or out.
  [
    `${LOCKED_OUT}|(?:oublie|forgot|lost|perdu) (?:mes|my) (?:cles|clefs|keys|badge)${NO_DANGER_AFTER}|serrurier|locksmith`,
    'clause',
    'violence',
  ],
  // Things given to a charity or sold are no farewell.
  ['asso\\w*|charity|vinted|leboncoin|vide grenier|vieux|vetements|clothes', 'clause', 'farewell'],
  // A tomorrow, a next week, thanks for feedback: a goodbye that is no farewell.
  ['[benign-tomorrow-next-week]', 'sentence', 'farewell'],
  // A train late, a ticket, a connection: a platform told as a journey, not an edge.
  ['[benign-journey-logistics]', 'sentence', 'active-ideation'],
  // An absence with its end ("pendant mon absence", "while I'm away"): no wish to be gone.
  ['[benign-absence-bounded]', 'sentence', 'passive-ideation'],
  ['[benign-absence-bounded]', 'sentence', 'farewell'],
];

/** A little: one hint is not enough then. */
export const LITTLE = /\b(?:un peu|a bit|a little|legerement|kind of)\b/;

/** The writer near the cue. */
export const FIRST_PERSON = /\b(?:je|me|moi|mon|ma|mes|i|im|ive|id|ill|my|myself)\b/;
