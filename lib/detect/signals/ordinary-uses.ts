// Ordinary uses of distress words, as pattern pieces (`signalText()`'s form) that the
// cues and the broad layer put in their lookarounds: a session's logistics, a goodbye to
// colleagues or to an old phone, being stuck at work. Each piece names what the words
// are about, never one sentence, and leaves the writer's own life to the cues.

/** Carry on without the writer, who is late or busy: "commencez sans moi", "go ahead and eat". */
export const GO_AHEAD =
  '(?:commenc\\w*|start\\w*|begin|go ahead(?: and \\w+)?|allez y|vas y|va y|partez|pars|mangez|mange|eat|order|commande[rz]?|lance[rz]?|faites|fais|(?:la|le|les|the) (?:reunion|seance|session|meeting|call|visio|cours|class|repas|dejeuner|diner|lunch|dinner|apero|match|film|partie|game))';

/** Take or book something for the writer, who is not there yet: "prends les billets sans moi". */
export const TAKE_FOR_ME =
  '(?:prends|prenez|take|book|buy|achete[sz]?|reserve[sz]?|order|commande[sz]?)(?: \\S+){1,2}';

/** Leaving a call or a chat: "si je disparais de la visio", "if I vanish from the zoom". */
export const OFF_CALL =
  '(?:de|from|du|off) (?:la |le |the |my |ma |mon )?(?:visio|appel|call|zoom|teams|meet|chat|reunion|meeting|ecran|screen|video|groupe|group|seance|session|radar)';

/** What a goodbye is written or held for: "une carte d'adieu", "a goodbye lunch". */
export const PARTING_EVENT_FR =
  '(?:carte|repas|pot|fete|soiree|diner|dejeuner|cadeau|discours|tournee|concert|apero|gouter|cocktail|buffet|match|bisou|mail|email|message collectif) de';
export const PARTING_EVENT_EN =
  '(?:cards?|party|parties|lunch|dinner|drinks|meal|gift|present|cake|speech|emails?|do|tour|hug|bash|barbecue|bbq)';

/** The people one leaves with a job, a class or a club: no farewell to life. */
export const GROUP =
  '(?:team|colleagues|coworkers|co workers|residents|patients|clients|customers|class|classmates|students|pupils|kids at|club|crew|shift|staff|neighbours|neighbors|office|department|squad|choir|group|volunteers|regulars)';

/** Things one says goodbye to: "goodbye old phone", "adieu ma vieille voiture". */
export const THING =
  '(?:(?:my |mon |ma |mes )?(?:old |little |dear |vieux |vieille |vieil |cher |chere )?(?:phone|telephone|laptop|computer|ordi|pc|car|voiture|bike|velo|flat|appart|apartment|house|maison|desk|bureau|uniform|uniforme|sofa|canape|jeans|shoes|chaussures|job|boulot|commute|weekends?|lie ins?|grasses? matinees?|summer|ete|holidays?|vacances|sugar|sucre|coffee|cafe|cigarettes?|clopes?|hair|cheveux|beard|barbe))\\b';

/** Stuck in traffic, at work, in a meeting: a place, not a trap. */
export const STUCK_SOMEWHERE =
  '(?:au (?:boulot|bureau|travail|taf|telephone)|a le (?:bureau|travail|hopital|aeroport|gare)|dans (?:le|les|un) (?:bouchons?|trafic|train|metro|bus|rer|tram|embouteillages?|transports?|ascenseur)|en reunion|sur (?:le|la|un|une|les|ce|cette|mon|ma|l) )';

/** What one jumps on or into to get somewhere: "jump on the 8:15 train", "je saute dans le bus". */
export const VEHICLE_EN =
  '(?:train|bus|tram|metro|subway|tube|plane|flight|ferry|boat|bike|scooter|taxi|uber|call|zoom|teams|bandwagon|opportunity|chance)';
export const VEHICLE_FR =
  '(?:train|bus|taxi|metro|rer|tram|avion|voiture|uber|bateau|douche|piscine|tgv|ter)';

/**
 * An accident: a kitchen, a tool at work, a slip, first aid. Takes a cut or a burn away
 * from self-harm, unless the sentence says it was meant (`DELIBERATE`).
 */
export const ACCIDENT =
  '(?:by accident|accidentally|accidentellement|par accident|sans faire expres|slipped|a glisse|en (?:cuisinant|epluchant|coupant|bricolant|jardinant|ouvrant|rangeant|cuisine)|while (?:cooking|chopping|cutting|opening|peeling|gardening|shaving|unpacking)|chopping|peeling|epluch\\w*|oven tray|plaque (?:du four|de cuisson|chauffante)|frying pan|poele|casserole|saucepan|hob|kettle|bouilloire|fer a repasser|mandoline|box cutter|cardboard|paper cut|first aid\\w*|secouriste|plaster|pansement|just a (?:nick|scratch))';
const ACCIDENT_NEAR = new RegExp(`\\b(?:${ACCIDENT}|four|oven|stove|cuisine|kitchen)\\b`);

/** A cut or a burn told beside an accident, and nothing says it was meant. */
export function accidentalAt(text: string, at: number): boolean {
  return (
    ACCIDENT_NEAR.test(text.slice(Math.max(0, at - 60), at + 80)) && !DELIBERATE.test(text)
  );
}

/** Said to be meant, or a habit: a cut is self-harm whatever the tool. */
export const DELIBERATE =
  /\b(?:expres|on purpose|deliberately|volontairement|pour (?:me punir|sentir|oublier|me calmer|arreter)|to (?:feel|punish|calm|forget|stop)|quand (?:ca va pas|je)|when i|again|encore|de nouveau|recommence|every|chaque|tous les|toutes les)\b/;

/**
 * Drinking said to be for coping, alone or too much: "pour oublier", "to cope", "seule",
 * "a whole bottle" (a drink with colleagues then counts).
 */
export const DRINKING_HARD =
  '\\b(?:pour (?:oublier|tenir|supporter|dormir|pas penser|ne plus penser)|to (?:cope|forget|numb|get through|sleep)|only way|seul moyen|tenir le coup|seule?|alone|by myself|whole bottle|bouteille entiere|toute la bouteille|too much|trop bu|blackout|black out|every (?:night|day|morning)|tous les (?:soirs|jours|matins))\\b';

/**
 * Sleep lost to joy or to a busy day: "can't sleep, so excited", "interview tomorrow",
 * "because I'm finishing the portfolio".
 */
export const SLEEP_EXPLAINED =
  /\b(?:excitee?s?|excited|impatiente?s?|(?:trop|tellement|si|tres|ai|je ai) hate|hate de|cant wait|so happy|trop contente?|ravie?|thrilled|pumped|interview|entretien|exams?|examen|oral|partiels?|big days?|grand jour|flight|avion|voyage|trip|portfolio|inventory|inventaire|deadline|rendu|bebe|baby|newborn|nourrisson|jet ?lag|decalage horaire|travaux|noise|bruit|voisins|neighbou?rs|canicule|heatwave|premier jour|first day|commencer (?:demain|lundi)|start(?:ing)? (?:tomorrow|on monday|monday))\b/;

/** A new start told with "tout arrêter": "envie de tout arrêter pour ouvrir une boulangerie". */
export const NEW_START =
  '(?: (?:et|pour) (?:de )?(?:me reconvertir|me lancer|devenir|ouvrir|monter|lancer|reprendre|faire (?:un|une|le|la|du|des)|partir (?:en|a|au|vivre|voyager)|voyager|vivre (?:a|en|au)))';
