import { any, lazyCue, packedCue, packedRegExp, packedWords } from './cue.ts';

// URGENT without times: an answer asked for now, a person waiting, an emergency under
// way. Times and deadlines are read in deadlines.ts. Written against `signalText()`'s form.

export interface UrgentCue {
  re: RegExp;
  weight: 1 | 2;
  /** Holds even where the message says something else is not urgent or was sorted. */
  strong?: boolean;
  /** A plain word ("urgent", "asap") that a joke marker or the past undoes. */
  word?: boolean;
  /** Someone waiting: told as a habit ("every evening"), it is not now. */
  presence?: boolean;
}

/** A habit, not the moment: "tous les soirs", "every evening", "depuis une semaine". */
export const TOLD_AS_HABIT =
  // Its words: cues.txt [told-as-habit].
  packedRegExp('told-as-habit', '\\b');
/** …unless the moment is said too: "il est encore là", "right now". */
export const SAID_NOW =
  /\b(?:maintenant|en ce moment|now|as we speak|encore la|still there)\b|\bla *(?:$|[,.!?])/;

// "call me back when you're free": a request that can wait. Its words: cues.txt [can-wait].
const CAN_WAIT = () => `(?!.*\\b(?:${packedWords('[can-wait]')})\\b)`;
// "urgent question: is a hot dog a sandwich": a game. Its words: cues.txt [game].
const GAME = () => `(?!.*\\b(?:${packedWords('[game]')})\\b)`;
// Another day, the past or a joke: no one waits on the writer now. Its words: cues.txt
// [other-days] and [not-now].
const NOT_TODAY = () => {
  const days = packedWords('[other-days]');
  return `(?<!\\b(?:${days})\\b.{0,140})(?!.{0,80}\\b(?:${days}|${packedWords('[not-now]')})\\b)(?!.*(?:\\b(?:lol|mdr|jk|haha|ptdr)\\b|😂))`;
};
// "fausse alerte", "rien de cassé, je rentre", "pour le chat coincé dans l'arbre 😂": an
// emergency over or laughed at.
const EMERGENCY_UNDONE = () => `(?!.*(?:\\b(?:${packedWords('[emergency-undone]')})\\b|😂|🤣))`;
// "vite vite, je veux savoir comment ça s'est passé !": eager for the reader's news.
const CURIOUS = () => `(?!.*\\b(?:${packedWords('[curious]')})\\b)`;
/** A cue of `pieces` followed by lookarounds over the rest of the sentence, built on first use. */
const cueUnless = (
  options: Omit<UrgentCue, 're'>,
  rest: () => string,
  ...pieces: string[]
): UrgentCue => lazyCue(options, () => any(...pieces).source, rest);

export const URGENT_CUES: readonly UrgentCue[] = [
  // Asking for an answer or a call now, unless it can wait.
  packedCue<UrgentCue>('urgent-answer-now', { weight: 2, strong: true }, CAN_WAIT),
  // An answer needed before a moment close at hand: "before I hang up", "the second you
  // see this", "c'est maintenant ou jamais", at a counter with a question.
  cueUnless(
    { weight: 2 },
    () => NOT_TODAY() + GAME(),
    '(?:before|avant que) (?:i|je) (?:hang up|raccroche)|(?:maintenant|now) (?:ou|or) (?:jamais|never)',
    'please (?:\\S+ ){0,6}immediately',
    '(?:tu peux|can you|could you) (?:\\S+ ){1,5}(?:maintenant|right now)\\s*\\?',
  ),
  // "Vite vite", "dis-moi vite": not when eager for the reader's news.
  cueUnless(
    { weight: 2 },
    () => NOT_TODAY() + GAME() + CURIOUS(),
    // Not a heart beating "vite vite".
    '(?<!\\bcoeur (?:\\S+ )?)vite vite|(?:tu me dis|dis moi) vite',
  ),
  // Someone there now, waiting on the writer: a client at the counter, the bailiff at
  // the door, a recruiter on the line, a taxi outside. Not another day, not the past.
  packedCue<UrgentCue>(
    'urgent-someone-there',
    { presence: true, weight: 2, strong: true },
    () => NOT_TODAY() + CAN_WAIT() + '(?!.*\\b(?:je y vais|je file|gotta go))',
  ),
  cueUnless(
    { weight: 2, word: true },
    GAME,
    // "urgent care" is a clinic, told like a doctor's visit.
    'urgent(?:e|ly)?\\b(?! care)',
    'urgence(?!s)',
    'emergency',
    'code rouge',
    'sos(?! amitie)',
    'asap',
  ),
  packedCue('urgency-aidez-moi', { weight: 1 }),
  { re: /\bhelp\W*$/, weight: 1 },
  // The writer at a counter or a desk, asked something now: "je suis au guichet, la dame
  // demande quel document ??", "I'm at the counter and they're asking which form".
  packedCue<UrgentCue>(
    'urgent-at-a-counter',
    { presence: true, weight: 2, strong: true },
    () => NOT_TODAY() + CAN_WAIT() + '(?=.*(?:\\?|\\b(?:demande|asking|asks)\\b))',
  ),
  // A person waiting now.
  packedCue<UrgentCue>(
    'urgent-person-waiting',
    { presence: true, weight: 2, strong: true },
    '(?!.*\\bje (?:y vais|file)\\b)',
  ),
  packedCue('urgency-veut-veulent-exige', { weight: 1 }),
  // Asked something now and not knowing what to answer: "le policier me demande mes
  // papiers, je fais quoi", "she's asking me to confirm, what do I say".
  packedCue('urgency-asked-something-now', { weight: 2 }),
  packedCue('urgency-attend-ent', { weight: 1, presence: true }),
  // A call that should have started: "on devait s'appeler à 14h, tu viens ?".
  packedCue('urgency-call-that-should', { weight: 1 }),
  packedCue('urgency-devait-were-supposed', { weight: 1 }),
  // An emergency under way.
  // Not a false alarm, nothing broken, a joke: cues.txt [emergency-undone].
  packedCue('urgent-emergency', { weight: 2, strong: true }, EMERGENCY_UNDONE),
  // Emergency services called, on their way or there, and the writer at the emergency
  // ward: not the word alone ("the ambulance drove past", "j'ai regardé Urgences", "mon
  // brevet de secouriste", "il est aux urgences" said of a colleague).
  packedCue('urgent-services-called', { weight: 2, strong: true }, EMERGENCY_UNDONE),
  // Something went wrong and must be handled: it adds to a question of what to do.
  packedCue('urgency-cinq-dix-quelques', { weight: 1 }),
  packedCue('urgency-comment-rattrape', { weight: 1 }),
  { re: /\?\?|!!/, weight: 1, word: true },
  // "today", "tonight" are read with the times (deadlines.ts).
  // Not "maintenant que j'ai mon diplôme", "now that it's over": a conjunction.
  // Nor "most days now", "tous les jours maintenant": a habit of these days.
  {
    re: any(
      `(?<!\\b(?:(?:most|every|all|tous les|toutes les|chaque|presque tous les) \\S+|all the time|tout le temps|souvent|often) )(?:maintenant(?! que)|now(?! that))`,
    ),
    weight: 1,
    word: true,
  },
  // "… je lui accorde ou pas ? vite": a hurry said alone, as its own sentence.
  { re: /^(?:vite|quick|hurry(?: up)?|grouille toi|depeche toi)\W*$/, weight: 1, word: true },
];

// Not urgent, or no longer: "rien d'urgent", "c'était urgent mais c'est réglé", "I'll
// call you back in an hour".
export const URGENT_DISMISSED =
  // Its words: cues.txt [urgent-dismissed].
  packedRegExp('urgent-dismissed', '\\b|["\'](?:urgent|urgente)["\']');

// Another time than now ("c'était la panique la semaine dernière", "next week"): it
// undoes its own sentence's urgency only; a deadline beside "merci pour hier" still holds.
// Not inside a relative clause, which dates a thing, not the need: "renvoie-moi le chiffre
// que tu m'avais montré la semaine dernière, la réunion est dans 20 minutes".
export const URGENT_ANOTHER_TIME =
  // Its words: cues.txt [urgent-another-time].
  packedRegExp(
    'urgent-another-time',
    '\\b',
    '',
    '(?<!\\b(?:que|that|which) (?:tu|vous|on|il|elle|je|you|we|he|she|i|they) (?:\\S+ ){0,4})\\b',
  );

// "I'll call you back in an hour": the writer gives a time, nobody needs an answer.
export const OFFERED_TIME =
  // Its words: cues.txt [offered-time].
  packedRegExp('offered-time', '\\b');
