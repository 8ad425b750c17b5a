import { fold } from './fold.ts';

// Message signals for the charter's rules 4 and 6. Patterns run on accent-folded
// lower-case text, one sentence at a time (so results can be cached per sentence), and
// each carries a weight; a message is flagged when its weights add up to 2.
type Cue = readonly [RegExp, number];

const DISTRESS_CUES: Cue[] = [
  // Thoughts of death or of disappearing, phrased directly or not.
  [
    /\b(?:en finir|idees noires|dark thoughts|mettre fin a (?:mes jours|ma vie|tout)|me suicider|suicid\w*|me tuer|envie de mourir|veux mourir|plus envie de (?:vivre|rien)|me faire du mal|me foutre en l'air|me jeter (?:sous|par|du))/,
    3,
  ],
  [
    /\b(?:(?:pas|plus|jamais) (?:me )?reveiller|si je n'etais plus la|ne plus etre la|plus (?:simple|facile) sans moi|mieux sans moi|(?:pense|penser|envie) (?:a|de) tout arreter|si je disparaissais|envie de disparaitre|disparaitre de la surface|personne ne (?:s'en rendrait compte|remarquerait|me regretterait|verrait la difference)|a quoi bon|plus de raison de)/,
    3,
  ],
  [
    /\b(?:end(?:ing)? it all|kill myself|killing myself|want to die|wanna die|better off without me|not (?:want to )?wake up|never wake up|wish i (?:was|were) (?:dead|gone)|not be here anymore|don'?t want to wake up|don'?t want to be here|no reason to (?:live|go on)|self[- ]harm|hurt myself|disappear(?:ed)? (?:and|forever)|nobody would (?:notice|care))/,
    3,
  ],
  [
    /\b(?:(?:don'?t|do not|can'?t) see the point|no point (?:in|to) (?:anything|living|going on)|what'?s the point)/,
    2,
  ],
  // Exhaustion, burn-out, breaking down.
  [
    /\b(?:burn[- ]?out|burnt out|burned out|epuisement|depression|deprim\w*|depressed|je craque|craquer|je (?:ne )?tiens plus|je (?:ne )?tiens pas le coup|une torture|un enfer|j'?e?n peux plus|jpeux plus|je n'en peux plus|a bout\b|au bout du rouleau|tout lacher|fatiguee? de faire semblant|faire semblant|au fond du trou|je coule|je sombre|je m'effondre|effondre\w*|can'?t (?:cope|take (?:it|this) anymore|go on|do this anymore|keep going)|breaking down|broke down|falling apart|at (?:my|the end of my) (?:limit|rope|tether)|breaking point)/,
    2,
  ],
  [
    /\b(?:je pleure|jpleure|j'pleure|je pleurs|pleure tous|pleurer tous|en larmes|fondu en larmes|crying|cry (?:every|all)|keep crying|can'?t stop crying)/,
    2,
  ],
  [
    /\b(?:crise d'angoisse|crises d'angoisse|crise de panique|crises de panique|attaques? de panique|panic attacks?|anxiety attacks?)/,
    2,
  ],
  [
    /\b(?:n'?arrive plus a (?:respirer|dormir|manger|me lever|ouvrir|aller|sortir|bouger|travailler|me concentrer|rien|avancer|faire face)|narrive plus|can'?t (?:breathe|sleep|eat|get out of bed|stop shaking))/,
    2,
  ],
  [
    /\b(?:je ne dors plus|je dors plus|j'arrive plus a dormir|insomnies?|nuits blanches|je me reveille (?:a \d|toutes les nuits|chaque nuit|en pleine nuit)|haven'?t slept)/,
    1,
  ],
  [
    /\b(?:boule au ventre|coeur qui s'emballe|palpitations|je tremble|tremble en arrivant|des malaises|fais des malaises|migraines? tous les jours|mal au ventre (?:en|avant|le)|nausee\w* (?:en|avant)|sans pouvoir bouger|paralyse\w*)/,
    2,
  ],
  // Feeling alone, worthless, humiliated; harassment.
  [
    /\b(?:je me sens (?:\w+ )?(?:seule?|vide|nulle?|inutile|minable|perdue?|ecrasee?|detruite?|brisee?|pieg\w*|tellement mal|mal)|je suis (?:si |tellement |completement )?(?:seule?|nulle?|minable) (?:au|dans|face|avec)|personne ne (?:le remarque|me voit|m'ecoute|m'aide)|je me deteste|honte de moi|je ne vaux rien|je culpabilise)/,
    2,
  ],
  [
    /\b(?:i feel (?:so |completely |really )?(?:alone|empty|numb|worthless|useless|hopeless|trapped|invisible|broken)|i'?m (?:not (?:ok|okay|fine)|so tired of|drowning|a failure|worthless|broken)|hate myself|heavy and grey|hopeless|worthless|nobody (?:notices|cares))/,
    2,
  ],
  [
    /\b(?:harcel\w*|harass\w*|bull(?:y|ied|ying)|humili\w*|me rabaisse|rabaisse\w*|m'insulte|me hurle dessus|crie sur moi|yells at me|screams at me|belittl\w*|put me down)/,
    2,
  ],
  [
    /\b(?:je ne vois plus (?:mes amis|personne|le bout|d'issue)|plus d'issue|pas d'issue|je ne m'en sors plus|peur d'aller (?:au travail|bosser)|dread (?:going|work|mondays?)|je n'ai plus goût|plus gout a rien|plus envie de rien|(?:ne|n') ?vois (?:plus|pas) (?:l'interet|le sens|le but|la fin)|plus aucun sens|n'a plus de sens|tout me (?:parait|semble) (?:inutile|vain|insurmontable|gris|lourd)|je ne sers a rien|je suis un poids|coquille vide|vide a l'interieur|empty inside|plus la force|n'ai plus (?:la force|l'energie|le courage)|malade a l'idee|gorge nouee|ne m'en remets pas|(?:traitee?|dit que j'etais) (?:une? )?(?:incapable|nulle?|idiote?|bonne? a rien)|(?:comme )?un fantome|personne ne me (?:parle|dit bonjour|regarde)|mise? au placard|placardise\w*|suffocat\w*|j'etouffe|can'?t talk to anyone|personne a qui (?:parler|en parler)|combien de temps je vais tenir|(?:je ne|je) vais pas tenir|chest pains?|douleurs? (?:a|dans) la poitrine|je ne me reconnais plus|de disparaitre|disparaitre quelque part|i feel like (?:a |an )?(?:complete |total |such a )?(?:failure|fraud|burden)|i'?m such a failure|i'?m a burden|(?:n'arrete|arrete) pas de (?:trembler|pleurer)|can'?t stop (?:shaking|crying))/,
    2,
  ],
  // Weaker signs, which need another.
  [
    /\b(?:epuisee?|exhausted|stresse\w*|angoiss\w*|anxious|triste|sad|deprimant|mal-etre|mal etre|tous les matins|tous les soirs|tous les jours|every (?:day|morning|night)|(?:for|in) (?:weeks|months)|dread\w*|tout plaquer|irritable|mecaniquement|je lache (?:l'affaire|prise)|ca fait (?:\w+ )?(?:semaines|mois)|depuis (?:des|deux|trois|quatre|six|\d+) (?:semaines|mois))/,
    1,
  ],
  [/\b(?:arret (?:maladie )?pour|m'a mise? en arret|signed off|sick leave for)/, 1],
];

// Thoughts of death weigh 3: they count even in a sentence about someone else.
const SUICIDAL_CUES = DISTRESS_CUES.filter(([, weight]) => weight >= 3);

// A sentence that ends well ("mais finalement ça s'est bien passé") is not distress.
const DISTRESS_RESOLVED =
  /\b(?:mais (?:finalement|au final|super|tres|trop|hyper|j'ai reussi|ca s'est|tout s'est|c'etait)|finalement tout|s'est bien passe|ca va mieux|but (?:it went|everything went|all went|it turned out|in the end)|went (?:well|fine|great)|all good now)/;

// The third element marks a crisis going on now: it holds even when the message
// says elsewhere that something is not urgent or was sorted.
const URGENT_CUES: Array<readonly [RegExp, number, boolean?]> = [
  // Something happens within minutes or today.
  [
    /\bdans (?:\d+|une?|deux|cinq|dix|quinze|vingt|trente|quelques) ?(?:min|minutes?|mn)\b/,
    2,
    true,
  ],
  // A plea for help, or a crisis happening as the person writes: each adds to another.
  [
    /\b(?:aidez?[- ]moi|help me|j'ai besoin d'aide|tu peux m'aider|peux-tu m'aider|can you help|i need help|besoin de toi|au secours)|\bhelp\W*$/,
    1,
  ],
  [
    /\b(?:je suis enfermee?|je suis en pleine crise|n'arrete pas de (?:trembler|pleurer)|can'?t stop (?:shaking|crying)|i'?m shaking)/,
    1,
  ],
  [
    /\bdans (?:une|1) ?(?:demi[- ]heure|heure|h)\b|\bdans un quart d'heure|\bdans (?:\d+|deux) ?h(?:eures?)?\b(?! demain)/,
    2,
    true,
  ],
  [
    /\bin (?:\d+|a few|five|ten|fifteen|twenty|thirty) ?(?:min|mins|minutes)\b|\bin (?:an|half an|one) hour\b/,
    2,
    true,
  ],
  [
    /\b(?:avant|d'ici) (?:ce soir|midi|\d{1,2} ?h(?:\d\d)?\b(?! demain)|la fin de (?:la )?journee|ce midi|cet aprem|(?:une|1|deux|\d+) ?(?:heures?|h|min|minutes)\b)|\b(?:by|before) (?:tonight|noon|the end of (?:the )?day|end of (?:the )?day|eod|\d{1,2} ?(?:am|pm))\b/,
    2,
    true,
  ],
  // Asking for an answer now.
  [
    /\b(?:need (?:your )?help (?:now|asap|urgently|right now)|\bsos\b|asap|right now|tout de suite|immediatement|au plus vite|des que possible|please (?:answer|reply|respond|call)|answer me|reponds?[- ]moi|rappelle[- ]moi|rappelles?[- ]moi|call me (?:back|asap|now|right)|tu peux m'appeler|can you call me|appelle[- ]moi)/,
    2,
    true,
  ],
  [/\burgent(?:e|ly)?\b|\burgence\b|\bemergency\b/, 2],
  // A crisis in progress.
  [
    /\b(?:serveur|site|prod|production|appli|application|reseau|systeme|plateforme|logiciel|server|website|system|app)\b(?: \w+){0,2} (?:est |sont |is )?(?:tombee?s?|en panne|down|plante|hs\b|ne (?:marche|fonctionne|repond) plus|crashed)/,
    2,
    true,
  ],
  [
    /\b(?:incendie|evacue\w*|accident|blesse\w*|agress\w*|inconscient|fuite de gaz|inondation|il me reste (?:une|\d+) (?:heure|minutes?)|des que tu (?:vois|lis|peux)|les secours|pompiers|samu|ambulance|appele le 15|le 112|injoignable|unreachable|ne repond pas au telephone|je suis en train de|en ce moment meme|vient de (?:me )?(?:virer|licencier|convoquer|menacer|frapper|agresser|faire un malaise|m'envoyer|m'appeler|me convoquer)|just (?:got )?(?:called|fired|told|threatened|sent|summoned|asked)|mise? a pied|n'?arrive plus a respirer|can'?t breathe)(?![a-z])/,
    2,
    true,
  ],
  [/\b(?:crise de panique|panic attack)\b/, 1],
  // Something went wrong and must be handled: it adds to a question of what to do.
  [
    /\b(?:il y a (?:\d+|cinq|dix|quelques) ?(?:min|minutes)|(?:\d+|five|ten|a few) minutes ago)\b/,
    1,
  ],
  [/\b(?:par erreur|by mistake|accidentally)\b/, 1],
  [
    /\b(?:stolen|vole|volee|pirate|piratee|hacked|cyberattaque|ransomware|rancongiciel|fuite de donnees|data (?:breach|leak)|menacent de|menace de|threaten\w* to)\b/,
    1,
  ],
  [
    /\b(?:comment je rattrape|how do i (?:fix|undo)|who should i (?:tell|call|contact)|je previens qui|qui (?:je dois|dois-je) prevenir|qui j'appelle|je dois prevenir qui)/,
    1,
  ],
  // Softer signs that add to another.
  [
    /\?\?|!!|\b(?:je fais quoi|qu'est-ce que je fais|je dois faire quoi|what (?:do|should) i do)\b/,
    1,
  ],
  [
    /\b(?:aujourd'hui|ce soir|ce matin|cet apres-midi|cet aprem|tonight|today|this morning|this afternoon|maintenant|now)\b/,
    1,
  ],
];

// Not urgent, or no longer: "rien d'urgent", "c'était urgent mais c'est réglé".
const URGENT_DISMISSED =
  /\b(?:rien d'urgent|pas urgent|pas d'urgence|pas presse|no rush|not urgent|no urgency|nothing urgent|quand tu (?:auras|as|peux|trouveras) (?:le )?temps|when(?:ever)? you (?:have|get|find) (?:the )?time|c'est (?:regle|fait|bon|passe)|tout est (?:ok|bon|regle|rentre dans l'ordre)|all done|c'est urgent pour toi|est-ce (?:que c'est )?urgent|is (?:it|this) urgent|how urgent|la semaine prochaine|next week|c'etait|etait urgent|was (?:\w+ )?urgent|all (?:is )?good now|it'?s fine now|sorted now|resolved|finalement|s'est bien passe|la semaine derniere|last week|a eu une urgence|avons eu une urgence|on a eu une urgence|we had an? (?:urgent|emergency)|l'a geree?|on a gere|handled it|sorted it)/;

const VAGUE =
  /^(?:\W*)(?:et )?(?:alors|du coup|bon)?\s*(?:je fais quoi|j'?fais quoi|on fait quoi|tu ferais quoi|t'?en penses quoi|tu en penses quoi|des conseils|un conseil|une idee|des idees|c'est normal|ca te va|qu'en penses-tu|what should i do|what do i do|any (?:advice|tips|ideas|thoughts)|thoughts|ideas|help|aide[- ]moi|comment je fais|je dois faire quoi|qu'est-ce que je fais|tu me conseilles quoi|ok)\s*\?*\W*$/;

// Talking about the topic or about someone else is not one's own distress (suicidal
// words excepted: those always count).
const ABOUT_OTHERS =
  /\b(?:(?:gerer|manager|accompagner|aider|soutenir|recadrer) (?:un|une|mon|ma|des|mes) |un article|article sur|un sujet|le sujet|sujet (?:important|sensible)|comment (?:en )?parler|sensibilis\w*|formation sur|conference sur|(?:ma|mon|une|un) (?:collegue|collaborat\w*|salarie\w*|stagiaire|alternant\w*|employe\w*|amie?|soeur|frere|mere|pere|fils|fille|mari|femme|conjoint\w*) (?:est|a|fait|traverse|vit|subit|me dit|m'a dit|semble)|how (?:can|do|should) i (?:support|help)|comment (?:je peux |puis-je |on peut )?(?:la |le |les |l')?(?:aider|soutenir|accompagner))/;

export interface SentenceSignals {
  distress: number;
  urgent: number;
  /** Weight of urgency cues that still hold when the message dismisses urgency. */
  urgentStrong: number;
  urgentDismissed: boolean;
}

const sum = (
  cues: ReadonlyArray<readonly [RegExp, number, boolean?]>,
  text: string,
  onlyMarked = false,
): number => {
  let total = 0;
  for (const [re, weight, marked] of cues)
    if ((!onlyMarked || marked) && re.test(text)) total += weight;
  return total;
};

export function sentenceSignals(sentence: string): SentenceSignals {
  const text = fold(sentence).replace(/\s+/g, ' ');
  const distress = DISTRESS_RESOLVED.test(text)
    ? 0
    : ABOUT_OTHERS.test(text)
      ? sum(SUICIDAL_CUES, text)
      : sum(DISTRESS_CUES, text);
  return {
    distress,
    urgent: sum(URGENT_CUES, text),
    urgentStrong: sum(URGENT_CUES, text, true),
    urgentDismissed: URGENT_DISMISSED.test(text),
  };
}

export function combineSignals(
  message: string,
  parts: readonly SentenceSignals[],
): Array<'DISTRESS' | 'URGENT' | 'VAGUE'> {
  const signals: Array<'DISTRESS' | 'URGENT' | 'VAGUE'> = [];
  let distress = 0;
  let urgent = 0;
  let dismissed = false;
  for (const p of parts) {
    distress += p.distress;
    dismissed ||= p.urgentDismissed;
  }
  for (const p of parts)
    urgent += dismissed
      ? p.urgentStrong >= 2 && !p.urgentDismissed
        ? p.urgentStrong
        : 0
      : p.urgent;
  if (distress >= 2) signals.push('DISTRESS');
  if (urgent >= 2) signals.push('URGENT');
  if (message.length <= 80 && !signals.includes('URGENT') && VAGUE.test(fold(message.trim())))
    signals.push('VAGUE');
  return signals;
}
