// What changes the meaning of a cue in its sentence: a joke, a film, the past, someone
// else, a figure of speech. Written against `signalText()`'s form.

import { packedRegExp, packedWords } from './cue.ts';

/** haha, mdr, lol, 😂, "de rire": the sentence is light. */
// "c'est pas une blague", "I'm not joking": the opposite of a joke marker.
export const NOT_JOKING =
  // Its words: cues.txt [not-joking].
  packedRegExp('not-joking', '\\b');

/** After HUMOUR's words: the word's end, or an emoji that laughs. */
export const HUMOUR_AFTER = '\\b|[😂🤣😅😆😜🙃😹😝😛🎉😄😁😘🙈😍🥰🤩🥳😋🤤🍕]';
export const HUMOUR =
  // Its words: cues.txt [humour].
  packedRegExp('humour', HUMOUR_AFTER, 'u');

/** A film, a book, an article: the sentence tells a story that is not the writer's. */
export const MEDIA =
  // Its words: cues.txt [media].
  packedRegExp('media', 's?\\b');

/** The writer takes the story as theirs: "je me reconnais, moi aussi…", "made me realise I…". */
export const OWN_STORY =
  // Its words: cues.txt [own-story].
  packedRegExp('own-story', '\\b');

/** Over and done: "ça va mieux", "c'est derrière moi", "I'm doing well now". */
export const RESOLVED =
  // Its words: cues.txt [resolved].
  packedRegExp('resolved', '\\b');

/**
 * The mentorship ends, a move, a new job, a trip: a goodbye and thanks that are not a
 * farewell ("dernier message du programme, merci pour tout, on garde contact ?").
 */
export const ORDINARY_GOODBYE =
  // Its words: cues.txt [ordinary-goodbye].
  packedRegExp('ordinary-goodbye', '\\b');

/** A goodbye said as the last one: an ordinary goodbye in another sentence does not undo it. */
export const FINAL_GOODBYE =
  // Its words: cues.txt [final-goodbye].
  packedRegExp('final-goodbye', '\\b');

/**
 * A wish to live, life enjoyed ("aujourd'hui j'ai envie de vivre", "I love my life"): the
 * opposite of a wish to be gone, unless denied ("plus envie de vivre" is read by the cues).
 */
export const WISH_TO_LIVE =
  // Its words: cues.txt [wish-to-live].
  packedRegExp('wish-to-live', '', '', '');

/**
 * A state denied outright ("I'm not depressed or anything, just busy", "je suis pas
 * déprimée hein"): when no rule heard distress, the model's reading is set aside.
 */
export const DENIED_STATE =
  // Its words: cues.txt [denied-state].
  packedRegExp(
    'denied-state',
    '\\b(?! (?:mais|but|yet|encore|just|juste)\\b)',
    '',
    '\\b(?:(?:im|i am|i was|je suis|suis|je me sens|i feel) (?:not|pas|plus|never|jamais)|not|pas) (?:\\S+ )?',
  );

/** Told in the past ("qui me harcelait", "a été licencié", "I was having"): a later "je respire enfin" closes it. */
export const TOLD_IN_PAST =
  /\w{3}(?:ait|aient)\b|\b(?:remember (?:when|my|the)|tu te souviens|ai ete|a ete|avais|etais|ancien(?:ne)?|ex|was|were|had|used to|former)\b/;

/** Small things asked for with a joke: "pizza ou burger ? 😋", "qui a pris mon agrafeuse 😂". */
export const TRIVIAL =
  // Its words: cues.txt [trivial].
  packedRegExp('trivial', '\\b');

/** Long ago ("il y a dix ans", "en 2015", "last year", "back then", "à 20 ans")… */
const DISTANT_PAST =
  // Its words: cues.txt [distant-past].
  packedRegExp('distant-past', '\\b');
/** …unless it is back: "encore", "again", "ça revient". */
const STILL =
  // Its words: cues.txt [still].
  packedRegExp('still', '\\b');

// "il y a deux ans je voulais plus vivre et ça revient": what follows the past may bring it back.
export function isDistantPast(text: string, after = text): boolean {
  return DISTANT_PAST.test(text) && !STILL.test(after);
}

/** How to help someone else, or advice asked for them: "comment je peux l'aider ?". */
export const ASKING_FOR_SOMEONE_ELSE =
  // Its words: cues.txt [asking-for-someone-else].
  packedRegExp('asking-for-someone-else', '\\b');
/** Someone else as a subject pronoun. */
export const THIRD_PERSON = /\b(?:il|elle|ils|elles|he|she|they|hes|shes|theyre|theyve)\b/;

/** Help lines and prevention: a message that passes on numbers is not distress. */
export const HELP_INFO =
  // Its words: cues.txt [help-info].
  packedRegExp('help-info', '\\b');

/** Something that comes back, told as a habit: not happening as the person writes. */
export const HABITUAL =
  // Its words: cues.txt [habitual].
  packedRegExp('habitual', '\\b');

/** Joy or impatience: a racing heart or shaking hands of excitement are no panic. */
export const EXCITED =
  // Its words: cues.txt [excited].
  packedRegExp('excited', '\\b|[😍🥰🤩🥳❤]', 'u');

/** Told as happening while the person writes. */
export const UNDER_WAY =
  // Its words: cues.txt [under-way].
  packedRegExp('under-way', '\\b');
/**
 * An attack told as it goes on: for minutes or hours until now ("ça dure depuis une
 * heure"), or written from where it strikes ("je t'écris depuis la réserve"). Said of a
 * state that lasts ("depuis des mois"), it is no attack.
 */
export const ATTACK_ONGOING =
  // Its words: cues.txt [attack-ongoing].
  packedRegExp('attack-ongoing');
/** "En ce moment": "right now" for an attack, "these days" for a state that lasts. */
export const THESE_DAYS = /\ben ce moment\b(?! meme)/;

/** Figures of speech: "mourir de faim", "dying to see", "ce dossier va me tuer". */
export const HYPERBOLE =
  // Its words: cues.txt [hyperbole].
  packedRegExp('hyperbole');

// Someone else is the subject: "ma collègue est en burn-out", "my friend has panic
// attacks". Report verbs ("told me", "m'a dit") do not make it the writer's own.
export const OTHER_PERSON =
  // Its words: cues.txt [other-person].
  packedRegExp('other-person', '\\b');
// "comment prévenir le burn-out…", "how do I support someone who…": the topic, asked about.
const TOPIC_QUESTION =
  // Its words: cues.txt [topic-question].
  packedRegExp(
    'topic-question',
    '\\b',
    '',
    '\\b(?<!\\b(?:sais|sait|savais) (?:pas|plus) (?:trop |vraiment |bien |du tout )?)',
  );
const REPORTED =
  // Its words: cues.txt [reported].
  packedRegExp('reported', '\\b', 'g');
const SELF = /\b(?:je|me|moi|mon|ma|mes|i|im|ive|id|ill|my|myself|mine)\b/;

/**
 * Whether a part of a sentence is about the writer: needed for a topic noun to count.
 * Someone else named in the part takes it; the writer may be anywhere in the sentence
 * ("le médecin parle de burn-out mais je ne peux pas m'arrêter").
 */
export function aboutSelf(part: string, sentence = part): boolean {
  if (OTHER_PERSON.test(part) || TOPIC_QUESTION.test(part)) return false;
  return SELF.test(sentence.replace(REPORTED, ' '));
}

// A denial, French and English. French drops "ne", so the negation may follow the verb
// ("je me scarifie plus du tout", "je me coupe plus depuis deux ans"); it may sit inside
// a cue's gap ("je pense pas à me tuer"); and a negation denies a wish only when what it
// bears on is harm or death, not life ("pas me réveiller", "plus envie de vivre",
// "can't stop cutting" and "don't care if I die" say the wish).
// Harm or death, and life, as a negation may bear on them: cues.txt [denied-harm] and
// [denied-life], read on first use.
let negatedWord: RegExp | undefined;
const NEGATED_WORD = () =>
  (negatedWord ??= new RegExp(
    // A subject after the negation opens a new clause ("je dors pas je veux mourir").
    `(?<!\\b(?:derangerait|generait|deplairait|embeterait) )\\b(?:pas|plus(?<!(?:de|en) plus)(?! (?:en plus|que|souvent))|jamais|aucune?|sans|not|never|no|dont|wont|isnt|nothing)\\b(?: (?!(?:je|i|im|il|elle|on|you|he|she|they)\\b)\\S+){0,4}? (?:((?:${packedWords('[denied-life]')}))|(?:me )?(?:${packedWords('[denied-harm]')}))\\b(?! (?:exactly|as such|exactement|a proprement parler))`,
    'g',
  ));
/** The negation in `text` bears on harm or death ("pas d'idées noires", "not gonna do anything stupid"). */
export function deniesHarm(text: string): boolean {
  for (const m of text.matchAll(NEGATED_WORD())) if (m[1] === undefined) return true;
  return false;
}

// "je me scarifie plus du tout", "je bois pas", "je me coupe plus depuis 2 ans": the verb
// the cue ends on, closed by its negation.
const DENIED_AFTER =
  /^ (?:pas|plus|jamais)(?: du tout| jamais)?(?= *(?:$|[,.;!?]|(?:mais|et|depuis|promis)\b))/;
const STICKY = new Map<string, RegExp>();

/** A negation on harm from the start of the clause to a word found at `at` ("je pense plus du tout au suicide"). */
export function deniedBefore(text: string, at: number, reach = 24): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return deniesHarm(before.slice(before.search(/[^,.;!?]*$/)) + text.slice(at, at + reach));
}

/** Whether a cue found at `at` is denied: by a negation on harm inside it, or right after it. */
export function deniedCue(text: string, re: RegExp, at: number): boolean {
  let sticky = STICKY.get(re.source);
  if (!sticky) STICKY.set(re.source, (sticky = new RegExp(re.source, 'y')));
  sticky.lastIndex = at;
  const match = sticky.exec(text)?.[0];
  if (match === undefined) return false;
  // From the start of its clause: "je pense plus du tout au suicide". After "personne"
  // or "nobody", "jamais" says "ever" ("personne ne m'écoute jamais").
  return (
    (!/^(?:personne|nobody|no one)\b/.test(match) &&
      DENIED_AFTER.test(text.slice(at + match.length))) ||
    deniedBefore(text, at, match.length)
  );
}
