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

/**
 * What one ends that is no life: a contract, a lease, a subscription, a trial period
 * ("mettre fin à mon bail", "thinking of ending my contract early").
 */
export const ENDED_THING =
  '(?:(?:my|the|this|our|mon|ma|mes|le|la|ce|cette|notre|son|sa|leur) (?:\\S+ )?(?:contra\\w*|cdd|cdi|bail|lease|tenancy|abonnement|subscription|membership|adhesion|forfait|plan|(?:periode de )?essai|trial|probation|mission|stage|internship|placement|alternance|apprentissage|apprenticeship|interim|partenariat|partnership|collaboration|formation|course|studies|etudes|pret|loan|credit|assurance|insurance|mutuelle|location|rental|job|boulot|poste|emploi))\\b';

/** A kitchen's service, where "un coup de feu" is the rush, not a shot. */
export const RUSH = '\\b(?:service|cuisine|resto|restaurant|brasserie|couverts|commandes|rush)\\b';

/** Stuck in traffic, at work, in a meeting: a place, not a trap. */
export const STUCK_SOMEWHERE =
  '(?:au (?:boulot|bureau|travail)|dans (?:le|les) (?:bouchons?|trafic)|sur )';

/** An accident: a kitchen, a tool at work, a slip, first aid. No harm done to oneself. */
export const ACCIDENT =
  '(?:accident\\w*|slipped|a glisse|en (?:cuisinant|epluchant)|chopping|peeling|epluch\\w*|tray|plaque|frying pan|poele|casserole|mandoline|friteuse|fryer|fer a repasser|box cutter|first aid\\w*|secouriste|plaster|pansement)';
/**
 * Drinking said to be for coping, alone or too much: "pour oublier", "to cope", "seule",
 * "a whole bottle" (a drink with colleagues then counts).
 */
export const DRINKING_HARD =
  '\\b(?:pour (?:oublier|tenir|supporter)|to (?:cope|forget|numb|get through)|seul moyen|only way|seule?|alone|bottle|bouteille|too much|every (?:night|day)|tous les (?:soirs|jours))\\b';

/**
 * Sleep lost to joy or to a busy day: "can't sleep, so excited", "interview tomorrow",
 * "because I'm finishing the portfolio".
 */
export const SLEEP_EXPLAINED =
  /\b(?:excitee?|excited|impatiente?|(?:trop|si|ai) hate|hate de|cant wait|thrilled|interview|entretien|exams?|examen|oral|big days?|flight|avion|voyage|trip|portfolio|inventaire|deadline|baby|bebe)\b/;

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
  ENDED_THING,
  FOR_ME,
  GO_AHEAD,
  NEW_START,
  NO_DANGER_AFTER,
  NOT_A_FAREWELL_AFTER,
  OFF_CALL,
  RUSH,
  PARTING_BEFORE,
  STUCK_SOMEWHERE,
};

/** A line of lexicon.txt or cues.txt with its {NAME}s replaced by the pieces above. */
export function withFragments(line: string, file: string): string {
  return line.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    if (!(name in FRAGMENTS)) throw new Error(`${file}: no fragment {${name}}`);
    return FRAGMENTS[name];
  });
}
