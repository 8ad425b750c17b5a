import { packedWords } from './cue.ts';

// Ordinary uses of distress words, as pattern pieces (`signalText()`'s form) that the
// cues and the broad layer put in their lookarounds: a session's logistics, a goodbye to
// colleagues or to an old phone, being stuck at work. Each piece names what the words
// are about, never one sentence, and leaves the writer's own life to the cues.

/** Carry on without the writer, who is late or busy: "commencez sans moi", "go ahead and eat". */
export const GO_AHEAD =
  '(?:commenc\\w*|start\\w*|begin|go ahead(?: and \\w+)?|allez y|vas y|partez|mang\\w*|eat|order|lance[rz]?)';

/** Leaving a call or a chat: "si je disparais de la visio", "if I vanish from the zoom". */
export const OFF_CALL =
  '(?:de|from|du) (?:la |le |the )?(?:visio|appel|call|zoom|teams|chat|reunion|meeting|groupe|radar)';

/** What a goodbye is written or held for: "une carte d'adieu", "a goodbye lunch". */
const PARTING_EVENT_FR = '(?:carte|repas|pot|fete|soiree|diner|cadeau|discours|apero) de';
const PARTING_EVENT_EN = '(?:cards?|party|lunch|dinner|drinks|meal|gift|cake|speech|emails?)';

/** The people one leaves with a job, a class or a club: no farewell to life. */
const GROUP =
  '(?:team|colleagues|coworkers|residents|patients|clients|class\\w*|students|pupils|club|crew|staff|choir)';

/** Things one says goodbye to: "goodbye old phone", "adieu ma vieille voiture". */
const THING =
  '(?:(?:my |ma |mon )?(?:old |vieux |vieille )?(?:phone|laptop|ordi|car|voiture|flat|appart|job|boulot))\\b';

/** After "goodbye" or "adieu": a card or a party, the team, an old phone. */
export const NOT_A_FAREWELL_AFTER = `(?!s? ${PARTING_EVENT_EN}|s? to (?:the|my|our|all (?:the|my)) (?:\\w+ )?${GROUP}| ${THING})`;
/** Before "adieu": "une carte d'adieu", "un pot d'adieu". */
export const PARTING_BEFORE = `(?<!${PARTING_EVENT_FR} )`;

/** A kitchen's service, where "un coup de feu" is the rush, not a shot. */
export const RUSH = '\\b(?:service|cuisine|resto|restaurant|brasserie|couverts|commandes|rush)\\b';

/** Stuck in traffic, at work, in a meeting: a place, not a trap. */
export const STUCK_SOMEWHERE =
  '(?:au (?:boulot|bureau|travail)|dans (?:le|les) (?:bouchons?|trafic|ascenseur|train|metro|rer|bus|tram)|dans la (?:neige|file)|derriere (?:un|une|des|les|le|la) |sur )';

/** A new start told with "tout arrêter": "envie de tout arrêter pour ouvrir une boulangerie". */
export const NEW_START =
  '(?: (?:et|pour) (?:de )?(?:me reconvertir|me lancer|devenir|ouvrir|partir))';

// Shut in for the writer's own ends ("enfermée dans la chambre pour réviser", "locked in my
// room to study"), not to get away from someone ("pour qu'il me trouve pas").
export const FOR_ME =
  '(?!(?: \\S+){0,3} (?:pour|to) (?!.{0,25}\\b(?:il|elle|lui|eux|que|he|she|him|her|them|away)\\b))';

/**
 * Locked out of one's own place ("je suis enfermée dehors", "locked myself out"), told
 * with no danger after it: the cold, the night, a child, no battery, nobody coming.
 */
export const NO_DANGER_AFTER =
  '(?!.{0,60}\\b(?:froid|cold|freezing|gele|nuit|night|bebe|baby|enfants?|kids|batterie|battery|personne (?:ne )?vient|nobody)\\b)';
export const LOCKED_OUT = `(?:je|i|im|i am) (?:\\S+ ){0,2}(?:enfermee?|locked) (?:myself )?(?:dehors|out)${NO_DANGER_AFTER}`;

// The pieces above that lexicon.txt and cues.txt name as {NAME}.
const FRAGMENTS: Readonly<Record<string, string>> = {
  // What one ends that is no life: a contract, a lease, a trial period ("mettre fin à mon
  // bail"). Its words: cues.txt [ended-thing], read when a line names it.
  get ENDED_THING() {
    return packedWords('[ended-thing]');
  },
  FOR_ME,
  GO_AHEAD,
  NEW_START,
  NO_DANGER_AFTER,
  NOT_A_FAREWELL_AFTER,
  OFF_CALL,
  RUSH,
  PARTING_BEFORE,
  STUCK_SOMEWHERE,
  // A way of life after "la vie": "la vie parisienne", "la vie de bureau" (no life at
  // stake). Its words: cues.txt [way-of-life].
  get WAY_OF_LIFE() {
    return ` (?:${packedWords('[way-of-life]')})\\b`;
  },
};

/** A line of lexicon.txt or cues.txt with its {NAME}s replaced by the pieces above. */
export function withFragments(line: string, file: string): string {
  return line.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    if (!(name in FRAGMENTS)) throw new Error(`${file}: no fragment {${name}}`);
    return FRAGMENTS[name];
  });
}
