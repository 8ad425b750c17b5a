import { any } from './cue.ts';

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
  /\b(?:tou(?:s|tes) les (?:soirs|jours|matins|nuits)|chaque (?:soir|jour|matin|nuit|fois)|(?:every|each) (?:evening|night|day|morning|time)|most (?:nights|evenings|days)|souvent|often|depuis (?:une|des|plusieurs|\d+) (?:semaines?|mois|jours)|for (?:weeks|months|days))\b/;
/** …unless the moment is said too: "il est encore là", "right now". */
export const SAID_NOW =
  /\b(?:maintenant|en ce moment|now|as we speak|encore la|still there)\b|\bla *(?:$|[,.!?])/;

// A clause that ends the message's present: "là", "now", "right now".
const NOW =
  '(?:la|maintenant|tout de suite|now|right now|vite|immediatement|asap|quick|quickly|fast)';

// The emergency services, as people name them, and what says they are not coming now.
const SERVICES =
  '(?:le samu(?! social)|les pompiers|le 15|le 18|le 112|le 17|les secours|une ambulance|le ambulance|la police|les flics|les gendarmes|sos medecins?)';
const SERVICES_EN_NOUNS =
  '(?:ambulance|paramedic|firefighter|fire brigade|fire engine|fire department|police)';
const SERVICES_EN = `(?:(?:an |the )?${SERVICES_EN_NOUNS}s?|911|999|112|(?:the )?emergency services|for an ambulance)`;
// Who is "on fire" in a figure: a team, sales, a person.
const FIGURE_ON_FIRE = '\\b(?:teams?|equipes?|sales|ventes|tu|il|elle|you|he|she)';
// "we called the ambulance, she's fine now": the emergency is over.
const OVER_NOW = '(?!.{0,80}\\b(?:s?hes|theyre|(?:il|elle) va) (?:fine|ok|bien)\\b)';
// "call me back when you're free": a request that can wait.
const CAN_WAIT =
  '(?!.*\\b(?:when(?:ever)? (?:you|u)\\w*|sometime|later|plus tard|quand (?:tu|te)|this week|cette semaine|less busy)\\b)';
// "urgent question: is a hot dog a sandwich": a game.
const GAME =
  '(?!.*\\b(?:hot dog|cake|gateau|chouquettes|crisps|vending|emoji|series|tiktok|who wants)\\b)';
const DAYS =
  '(?:demain|tomorrow|\\w+di|dimanche|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next (?:week|time)|prochaine?|la semaine|le \\d+|on the \\d+\\w*|quand \\w+ (?:aura|sera))';
// Another day, the past or a joke: no one waits on the writer now.
const NOT_TODAY = `(?<!\\b${DAYS}\\b.{0,140})(?!.{0,80}\\b(?:${DAYS}|hier|yesterday|earlier|ce matin|this morning|last|tous les|every|all day|sorted)\\b)(?!.*(?:\\b(?:lol|mdr|jk|haha|ptdr)\\b|😂))`;
/** `any()` followed by a lookaround over the rest of the sentence. */
const anyUnless = (rest: string, ...pieces: string[]) => new RegExp(any(...pieces).source + rest);
const NOT_NOW_AFTER =
  '(?! (?:demain|lundi|mardi|mercredi|jeudi|vendredi|la semaine|toujours|jamais|tomorrow|next|always|never|every))';

export const URGENT_CUES: readonly UrgentCue[] = [
  // Asking for an answer or a call now, unless it can wait.
  {
    re: anyUnless(
      CAN_WAIT,
      `(?:reponds?|repondez|rappelle|rappelles|appelle|decroche|call|answer|reply|respond|text|pick up) ?(?:moi|me|me back|back)? ?${NOW}`,
      '(?:reponds?|repondez|rappelle|appelle|decroche|call|answer|reply|respond|text|pick up) ?(?:moi|me|me back)? (?:please|je te en supplie|i beg (?:you|u))',
      'please (?:reponds?|rappelle|appelle|decroche|call|answer|reply|respond|text|pick up)',
      // "réponds-moi c'est grave", "answer me, it's important".
      '(?:reponds?|rappelle|appelle|decroche|call|answer|reply|pick up) ?(?:moi|me|me back)?,? (?:ce est|its|it is) (?:grave|important|serieux|serious)',
      `besoin de (?:toi|une reponse|ta reponse|ton avis|ton aide|aide|te parler|parler|savoir) ${NOW}`,
      `(?:need|needs) (?:an answer|your answer|a reply|your help|help|you|to talk(?: to you)?|to know) (?:now|right now|asap|urgently|immediately|today)`,
      '(?<!quand |when )(?:tu es|es tu|est ce que tu es|te es|tes|tas|are you|r you|you) (?:dispo|disponible|libre|la|around|there|free|available|reveillee?|awake|up)(?: (?:la|maintenant|now|right now|tout de suite))?\\s*\\?',
      'tout de suite',
      'right away',
      '(?:call|ring|text|phone) me (?:back )?(?:when|as soon as|the (?:second|minute|moment)) (?:you|u) (?:see|get|read) (?:this|it)',
      '(?:appelle|rappelle) moi (?:des que|quand) tu (?:vois|lis|auras) (?:ca|ce message|mon message)',
      '(?:stepped out|left the room|est sortie?|vient de sortir) (?:for|pour) (?:\\d+|two|deux|cinq|five|a) ?(?:min|minutes|sec|seconds|secondes)',
      'straight away',
      '(?:besoin|need) (?:de |of )?(?:une |a |an |ta |your )?(?:reponse|answer|reply|retour|avis) (?:rapide|vite|quick|fast|urgente?)',
      '(?:need|want) (?:a )?(?:quick|fast|rapid) (?:answer|reply|response|decision)',
      '(?:reponse|answer|reply|retour) (?:rapide|quick|vite) (?:please|svp|stp)',
      'reponds vite|reponds moi vite|reponds rapidement',
      'immediatement',
      'au plus vite',
      'des que (?:possible|tu (?:vois|lis|peux|as))',
      '(?:ca|ce) peut pas attendre',
      'it cant wait',
      // Not "can't wait!": looking forward.
      'cant wait(?! to| for|\\W*$)',
      'answer me',
      '(?:tu peux|peux tu|can you|could you) (?:me appeler|call me)(?! demain| tomorrow| plus tard| later| la semaine| next| quand| when| cette semaine| this week| ce week end| le week end| this weekend)',
      `(?:tu peux|peux tu|can you|could you) (?:me repondre|me rappeler|answer|reply|call me back) ${NOW}`,
      'est (?:dans|devant|a cote|en bas|a le accueil)\\b.{0,40}\\bme attend',
      'me attend(?:ent)? (?:la|maintenant|en ce moment|deja)\\b',
    ),
    weight: 2,
    strong: true,
  },
  // An answer needed before a moment close at hand: "before I hang up", "the second you
  // see this", "c'est maintenant ou jamais", at a counter with a question.
  {
    re: anyUnless(
      NOT_TODAY + GAME,
      '(?:before|avant que) (?:i|je) (?:hang up|raccroche)|(?:maintenant|now) (?:ou|or) (?:jamais|never)',
      'vite (?:vite|fait)|(?:tu me dis|dis moi) vite|please (?:\\S+ ){0,6}immediately',
      '(?:tu peux|can you|could you) (?:\\S+ ){1,5}(?:maintenant|right now)\\s*\\?',
    ),
    weight: 2,
  },
  // Someone there now, waiting on the writer: a client at the counter, the bailiff at
  // the door, a recruiter on the line, a taxi outside. Not another day, not the past.
  {
    presence: true,
    re: anyUnless(
      NOT_TODAY + CAN_WAIT + '(?!.*\\b(?:je y vais|je file|gotta go))',
      '(?<!(?:was|were|be|im|je suis) )waiting (?:on (?:zoom|the line|me)|(?:\\S+ ){0,3}for (?:me to|my (?:answer|decision|signature)|the (?:deposit|report|form)))',
      '(?:attend(?:ent)?|a attendre) (?:que je|le rapport)',
      '(?:hes|shes|he is|she is|il|elle) (?:still )?(?:waiting|holding|attend)\\s*(?:$|[,.!?])',
      '(?:is|s|est) (?:holding the line|on hold|en attente|on the other line|en ligne)',
      '(?:client|customer|patient|famil|landlord|proprio|huissier|bailiff|serrurier|locksmith|mechanic|garagiste|police|agent|candidat|examin|recrut|superv|boss|chef|patron|taxi|uber|driver|chauffeur|courier|livreur|medecin|doctor|dame|guy|gars)\\w* (?:(?:\\S+ ){0,3}(?:is|s|est|dey) )?(?:\\w+ly |\\w+ment )?(?:(?:standing|sitting|sat|waiting) )?(?:here|la|outside|downstairs|en bas|derriere moi|behind me|devant (?:moi|la|ma)|at (?:the|my) (?:door|counter|desk|till|nurses)|a (?:ma|la) porte|au (?:comptoir|guichet|poste|tel\\w*)|a le accueil|in (?:reception|the car)|on the (?:phone|line))\\b(?=.*(?:\\?|\\b(?:now|rn|maintenant|waiting|attend\\w*|help|vite|which|what|do i|quoi|comment)\\b))',
    ),
    weight: 2,
    strong: true,
  },
  {
    re: anyUnless(
      GAME,
      // "urgent care" is a clinic, told like a doctor's visit.
      'urgent(?:e|ly)?\\b(?! care)',
      'urgence(?!s)',
      'emergency',
      'code rouge',
      'sos(?! amitie)',
      'asap',
    ),
    weight: 2,
    word: true,
  },
  {
    re: any(
      'aidez? moi|' +
        'help me|' +
        'besoin de (?:toi|aide|ton aide)|' +
        'need (?:help|you)|' +
        'tu peux me aider|' +
        'peux tu me aider|' +
        'can you help|' +
        'au secours|' +
        'rappelle moi|' +
        'appelle moi|' +
        'call me',
    ),
    weight: 1,
  },
  { re: /\bhelp\W*$/, weight: 1 },
  // The writer at a counter or a desk, asked something now: "je suis au guichet, la dame
  // demande quel document ??", "I'm at the counter and they're asking which form".
  {
    presence: true,
    re: anyUnless(
      NOT_TODAY + CAN_WAIT + '(?=.*(?:\\?|\\b(?:demande|asking|asks)\\b))',
      '(?:je suis|suis|im|i am) (?:la |deja |encore |still |now )?(?:au (?:guichet|comptoir)|a la (?:caisse|pharmacie|banque|mairie|prefecture)|at the (?:counter|till|front desk|pharmacy|bank|checkout))\\b',
    ),
    weight: 2,
    strong: true,
  },
  // A person waiting now.
  {
    presence: true,
    re: anyUnless(
      '(?!.*\\bje (?:y vais|file)\\b)',
      '(?:me |nous )?attend(?:ent)? (?:devant|dans|a cote|en bas|a la porte|a le accueil|au telephone|en ligne|sur le parking|en salle|en reunion)',
      '(?:is|are|hes|shes|theyre) (?:waiting (?:for me|for my|outside|in|at|right)|on the (?:other )?(?:line|phone)|on hold|outside my (?:office|door)|at reception|in the lobby)',
      'est en ligne',
      '(?:le|la|mon|ma|les|mes) (?:client|cliente|clients|recruteur|recruteuse|directeur|directrice|manager|chef|cheffe|boss|rh|notaire|banquier|banquiere|acheteur|acheteuse) (?:est|sont) (?:la|ici|arrivee?s?|au telephone)\\b(?! (?:demain|lundi|mardi|mercredi|jeudi|vendredi|la semaine|a \\d|depuis))',
      '(?:est|sont|attend\\w*) (?:la |juste )?(?:devant moi|en face de moi|a cote de moi|derriere (?:la|ma) porte|dans mon bureau|devant mon bureau)',
      'fuite de (?:eau|gaz)',
      '(?:est|sont) (?:au telephone|sur le fil|on the phone) (?:la|maintenant|en ce moment)',
      'attend(?:ent)? (?:ma|une|mon|ta) (?:decision|reponse|signature|accord|validation) (?:en salle|dans|devant|a cote|la|maintenant|tout de suite|au telephone)',
      'au bout du fil',
      '(?:on the other line|holding on the line|on hold (?:right now|now))',
      // Someone standing by while the writer answers: "mon boss est à côté de mon bureau et attend".
      '(?:debout|assise?|plante|juste|la|right|standing|sitting) (?:\\S{1,20} )?(?:a cote de (?:moi|mon bureau)|en face de moi|devant (?:moi|mon bureau)|next to (?:me|my desk)|in front of (?:me|my desk)|at my desk|right here|here next to me)\\b.{0,60}\\b(?:attend\\w*|waiting|wait)',
      '(?:attend\\w*|waiting) (?:\\S{1,20} ){0,4}(?:a cote de moi|en face de moi|devant moi|next to me|in front of me|at my desk)',
      // Waiting in the call already: "je suis dans la salle zoom, je t'attends".
      '(?:je te|je vous|on te|on vous) attend(?:s|ons)?\\b(?! (?:pour|demain|lundi|la semaine|avec impatience|de pied))',
      '(?:im |i am |were |we are )?waiting for you(?! to (?:send|finish|decide|get back)| next| tomorrow| on)',

      'waiting for (?:my|an) answer',
      // Someone at the door, the desk or reception now, in any wording of presence.
      '(?<!(?:was|were|been) )(?:standing|stood|sitting|sat|hovering|waiting|pacing|lurking) (?:right )?(?:at|in|outside|by) (?:my |the |our )?(?:front )?(?:door|doorstep|reception|desk|office|lobby|hall|entrance|gate|counter)',
      '(?:poireaute|patiente|plantee?s?|fait le pied de grue) (?:la |juste |encore )?(?:devant|dans|a le accueil|a la porte|a la reception|en bas|a le entree)',
      '(?<!(?:je|i|im|ive been|weve been|was|were|suis) )(?:attend\\w*|poireaute|patiente|waiting) (?:\\S{1,20} ){0,4}(?:depuis|for) (?:\\d+|une|deux|dix|vingt|trente|ten|twenty|thirty|an) ?(?:min|mins|minutes|mn|h|heure|hour)s?\\b',
    ),
    weight: 2,
    strong: true,
  },
  {
    re: any(
      '(?:veut|veulent|exige|exigent|wants|want|demands) (?:une|ma|an|my) (?:reponse|decision|answer|signature|remboursement)|' +
        'personne (?:me )?repond',
    ),
    weight: 1,
  },
  {
    // Asked something now and not knowing what to answer: "le policier me demande mes
    // papiers, je fais quoi", "she's asking me to confirm, what do I say".
    re: any(
      '(?<!\\b(?:si|quand|lorsque|if|when)\\b.{0,40})(?:me demande(?:nt)? (?:de |mes |ma |mon |si )|(?:is|are|s|re) asking (?:me|for)\\b)(?=.{0,80}\\b(?:je (?:fais|dis|reponds|lui dis|leur dis) quoi|je dis (?:oui|non)|what (?:do|should) i (?:do|say|tell)|do i say (?:yes|no))\\b)',
    ),
    weight: 2,
  },
  {
    re: any('me attend(?:ent)?', 'attend(?:ent)? ma reponse', 'is waiting', 'are waiting'),
    weight: 1,
    presence: true,
  },
  {
    // A call that should have started: "on devait s'appeler à 14h, tu viens ?".
    re: any(
      '(?:are you|r u|you) (?:joining|coming|on your way)\\b|' +
        '(?:tu viens|vous venez|tu es ou|te es ou|tes ou|vous etes ou|where are you)\\s*\\?',
    ),
    weight: 1,
  },
  {
    re: any(
      '(?:on devait|we were supposed to|were supposed to|was supposed to) (?:se |nous )?(?:appeler|voir|parler|commencer|start|call|talk|meet)(?! (?:demain|hier|lundi|mardi|mercredi|jeudi|vendredi|la semaine|tomorrow|yesterday|next|last))|' +
        '(?:je suis|im|i am|were|on est) (?:dans|in) (?:la salle|le lien|la visio|le call|la reunion|the (?:zoom|meet|teams|call|room|link|meeting))',
    ),
    weight: 1,
  },
  // An emergency under way.
  {
    re: any(
      'vient de (?:se effondrer|faire un malaise|tomber|se evanouir|perdre connaissance|me virer|me licencier|me menacer|me frapper|me agresser|me convoquer|se blesser)|' +
        'just (?:collapsed|fainted|passed out|fell|got fired|fired me|threatened|attacked|hit me|called me in|summoned)|' +
        'just (?:got )?(?:called|fired|told|threatened|summoned|asked) (?:in|into|to|me)|' +
        // Not a drill, a training or a fire door.
        '(?<!\\b(?:exercices?|securite|formation|portes?) (?:de )?)incendie|' +
        'fuite de gaz|' +
        'inondation|' +
        '(?:smoke|fumee) (?:coming|qui sort|sort|everywhere|partout|dans)|' +
        '(?:everyone|tout le monde) (?:is leaving|is out|evacue|sort|est dehors)|' +
        // "l'équipe est en feu", "you're on fire": a figure for a person or a team.
        `(?<!${FIGURE_ON_FIRE} )(?:est|sont) (?:inonde|en feu)|` +
        'evacu\\w*|' +
        `(?<!${FIGURE_ON_FIRE} )(?:is|are) (?:flooding|on fire)|` +
        'caught fire|' +
        'fire alarm|' +
        'gas leak|' +
        'inconsciente?|' +
        'unconscious|' +
        '(?:respire|breathing) (?:plus|not)|' +
        'not breathing|' +
        'injoignable|' +
        'unreachable|' +
        'je suis enfermee?|' +
        'je suis en pleine crise|' +
        'en ce moment meme|' +
        'mise? a pied|' +
        '(?:serveur|site|prod|production|appli|application|reseau|systeme|plateforme|logiciel|server|website|system|app)(?: \\w+){0,2} (?:est |sont |is )?(?:tombee?s?|en panne|down|plante|hs|crashed|ne (?:marche|fonctionne|repond) plus)\\b',
    ),
    weight: 2,
    strong: true,
  },
  // Emergency services called, on their way or there, and the writer at the emergency
  // ward: not the word alone ("the ambulance drove past", "j'ai regardé Urgences", "mon
  // brevet de secouriste", "il est aux urgences" said of a colleague).
  {
    re: any(
      `(?:je ai|on a|nous avons|ai|avons|jai|g|viens de|vient de|venons de|a|ont) (?:appele|fait venir|prevenu) ${SERVICES}${OVER_NOW}|` +
        `(?:i|we|ive|weve|i have|we have|just|they|theyve|someone|somebody|has|have|she|he) (?:called|phoned|rang|dialled|dialed|(?:am|are|is) calling) ${SERVICES_EN}${OVER_NOW}|` +
        `${SERVICES} (?:arrive(?:nt)?|(?:est|sont) (?:en route|en chemin|la|ici|en bas|sur place|devant)|(?:vient|viennent) de arriver|(?:le|la|les|me) (?:emmene(?:nt)?|embarque(?:nt)?))\\b${NOT_NOW_AFTER}|` +
        `(?:the |an )?${SERVICES_EN_NOUNS}s? (?:(?:is|are|s|re) )?(?:on (?:its|their|the) way|coming|here|there|outside|downstairs|arriving|just arrived|(?:has|have) arrived|taking (?:him|her|them|me|my \\w+))\\b${NOT_NOW_AFTER}|` +
        `(?:je suis|on est|nous sommes|suis|sommes|je me retrouve|on se retrouve|on va|je vais|on part|on fonce|je le emmene|je la emmene|on le emmene|on la emmene|on file) (?:actuellement |encore |en ce moment |deja |la )?(?:aux urgences|dans le ambulance)|` +
        '(?:im|i am|were|we are|on (?:our|my) way|heading|rushing|taking (?:him|her|them|my \\w+)) (?:at|in|to|into) (?:the )?(?:a&e|er|emergency room|emergency department|ambulance)\\b',
    ),
    weight: 2,
    strong: true,
  },
  // Something went wrong and must be handled: it adds to a question of what to do.
  {
    re: any(
      'il y a (?:\\d+|cinq|dix|quelques) ?(?:min|minutes)|' +
        '(?:\\d+|five|ten|a few) minutes ago|' +
        'par erreur|' +
        'by mistake|' +
        'accidentally|' +
        'stolen|' +
        'volee?|' +
        'piratee?|' +
        'hacked|' +
        'cyberattaque|' +
        'ransomware|' +
        'fuite de donnees|' +
        'data (?:breach|leak)|' +
        'menacent de|' +
        'menace de|' +
        'threaten\\w* to|' +
        'blessee?|' +
        'accident(?! de parcours)',
    ),
    weight: 1,
  },
  {
    re: any(
      'comment je rattrape|' +
        'how do i (?:fix|undo)|' +
        'who (?:should|do) i (?:tell|call|contact)|' +
        'je previens qui|' +
        'qui (?:je dois|dois je) prevenir|' +
        'je appelle qui|' +
        'je dois prevenir qui|' +
        'je fais quoi|' +
        '(?:(?:je dis|do i say) (?:oui|yes|non|no)\\b|(?:should|do) i (?:open|sign|accept|say yes)\\b)(?!.{0,30}\\b(?:when|if|quand|si)\\b)|' +
        'je (?:lui |leur )?(?:dis|reponds) quoi|' +
        'what do i (?:say|tell (?:him|her|them))|' +
        'que est ce que je fais|' +
        'je dois faire quoi|' +
        'what (?:do|should) i do|' +
        'je panique|' +
        'im panicking',
    ),
    weight: 1,
  },
  { re: /\?\?|!!/, weight: 1, word: true },
  // "today", "tonight" are read with the times (deadlines.ts).
  { re: any('maintenant', 'now'), weight: 1, word: true },
];

// Not urgent, or no longer: "rien d'urgent", "c'était urgent mais c'est réglé", "I'll
// call you back in an hour".
export const URGENT_DISMISSED =
  /\b(?:(?:asap|urgent|sos) = \w+|veut dire quoi|ca veut dire|what does (?:asap|urgent) mean|rien de urgent|pas urgent|whenever|quand tu veux|pas besoin de (?:me )?repondre|no need to (?:reply|answer)|pas de urgence|pas presse|no rush|not urgent|no urgency|nothing urgent|quand tu (?:auras|as|peux|trouveras) (?:le )?temps|quand tu peux|when(?:ever)? you (?:have|get|find|can) (?:the )?(?:time|a moment)?|ce est (?:regle|fait|bon|passe)|tout est (?:ok|bon|regle|rentre dans le ordre)|all done|ce est urgent pour toi|est ce (?:que ce est )?urgent|is (?:it|this) urgent|how urgent|etait (?:\w+ )?urgent|was (?:\w+ )?(?:urgent|an emergency)|all (?:is )?good now|its fine now|sorted now|resolved|se est bien passe|a eu une urgence|avons eu une urgence|on a eu une urgence|we had an? (?:urgent|emergency)|le a geree?|on a gere|handled it|sorted it|we fixed it|est reglee?|on le a livre|merci encore|of the utmost importance|de la plus haute importance)\b|["'](?:urgent|urgente)["']/;

// Another time than now ("c'était la panique la semaine dernière", "next week"): it
// undoes its own sentence's urgency only; a deadline beside "merci pour hier" still holds.
export const URGENT_ANOTHER_TIME =
  /\b(?:finalement|ce etait|a le epoque|back then|la semaine (?:derniere|prochaine)|le (?:an|mois) (?:dernier|prochain)|(?:last|next) (?:week|month|year)|hier|yesterday|turned out|ended up)\b/;

// "I'll call you back in an hour": the writer gives a time, nobody needs an answer.
export const OFFERED_TIME =
  /\b(?:on se (?:appelle|parle|voit|capte|rappelle)|(?:talk|speak|catch up) (?:to you )?in|je te (?:rappelle|appelle|reponds|ecris|recontacte|envoie|transmets|fais suivre)|ill send|i will send|je reviens vers toi|ill (?:call|text|get back|ring|message)|i will (?:call|text|get back)|call you back|get back to you)\b/;
