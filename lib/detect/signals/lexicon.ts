import type { DistressCategory } from './cue.ts';
import {
  ACCIDENT,
  DRINKING_HARD,
  FOR_ME,
  GO_AHEAD,
  OFF_CALL,
  NOT_A_FAREWELL_AFTER,
  PARTING_BEFORE,
  STUCK_SOMEWHERE,
} from './ordinary-uses.ts';

// The broad layer's vocabulary: stems and lemmas per category, weighted, written against
// `signalText()`'s form (folded, elisions opened, contractions closed). The recognisers
// match phrasings; these words carry the meaning when the phrasing is new, so a message
// needs several of them, near the writer, to count (see `broad.ts`).

/** [pattern piece, weight]: 2 a word that leans hard on the category, 1 a hint. */
export type Stem = readonly [string, 1 | 2];

// Each category's stems in one string, a stem a line led by its weight (smaller in the
// content script than one pair per stem).
const stems = (lines: string): Stem[] =>
  lines.split('\n').map((line) => [line.slice(1), line[0] === '2' ? 2 : 1]);

export const LEXICON: Readonly<Record<DistressCategory, readonly Stem[]>> = {
  'passive-ideation': stems(
    '2if i (?:was|were) gone|si je (?:partais|disparaissais|mourais)|not being (?:here|around|alive)|plus etre la\n' +
      '2raisons? de (?:vivre|continuer|rester)|reasons? to (?:live|go on|keep going|stay)|que tout se arrete|make it (?:all )?stop|(?:it|everything) (?:all )?to (?:stop|end)\n' +
      '2(?:plus|jamais|pas) (?:me |se )?reveiller|reveille (?:pas|plus)|(?:not|never|wont|didnt) (?:wake|woke) up\n' +
      '2(?:etais|serais|etre|suis) plus la(?! demain| lundi| cette semaine)|plus la pour\n' +
      '2interet de (?:vivre|continuer)|sert de continuer|vaut (?:plus )?la peine|point of (?:living|being alive|going on)|whats (?:even )?the point\n' +
      // "commencez sans moi", "go ahead without me": the writer's own lateness, no wish.
      `2(?<!${GO_AHEAD} )(?:sans moi|without me)|stop existing|not to exist|pour de bon|for good|relief\n` +
      '2mour\\w*|meur\\w*\n' +
      '1(?<!est )(?<!sont )(?<!etait )mort(?:e|s)?\n' +
      '2six pieds sous terre|me effacer|be around|being around|when im gone|quand je (?:serai|ne serai) plus la\n' +
      '1crever(?! (?:le|la|les) (?:abces|pneu|bulle|plafond|ecran|ballon))|creve\\b\n' +
      `2dispara\\w*(?! (?:sous|dans|pour|du bureau|quelques|des reseaux|from social|off social|into|en (?:vacances|week end|weekend|conge))| ${OFF_CALL})\n` +
      '2en finir(?! avec (?:ce|cette|ces|le|la|les|mon|ma|mes) (?!vie))|finir ma vie|mettre fin|fin a mes jours|me foutre en l air\n' +
      '1mieux sans|jamais (?:ete )?ne|plus (?:aucune )?raison|a quoi bon|continuer\n' +
      '2(?:plus|jamais|pas) (?:jamais )?(?:me |se )?(?:reveiller|lever)|pensees noires|idees noires|dark thoughts\n' +
      '2exister|existe plus\n' +
      '1plus vivre|vivre|vie\\b\n' +
      '2suicid\\w*|me tuer\n' +
      '1dormir pour toujours|sommeil eternel|partir pour de bon|partir\\b\n' +
      '2die(?! for)|dying|death|be(?:ing)? dead|better off dead|rather be dead|done with (?:life|living)\n' +
      '1dead\n' +
      `2(?:disappear|vanish)\\w*(?! (?:into|from social|off social|for (?:a|an) (?:bit|while|week|few|hour|minute)|on (?:holiday|vacation))| ${OFF_CALL})|cease to exist|not exist\\w*\n` +
      '2better off|not around|never been born|end my life|take my (?:own )?life|suicidal\n' +
      '2end (?:it|everything)|kill myself|wake up\n' +
      '1alive|living|be gone|not be here|not here anymore|sleep forever',
  ),
  'active-ideation': stems(
    '2avale\\w* tout|swallowed (?:all|a whole|everything)|boite a pharmacie|hidden a knife|cache un couteau|knife under\n' +
      '2ways to (?:go|die|do it)|how to die|comment mourir|facons de mourir|moyens de en finir|pensant a sauter\n' +
      '2sais (?:comment|quand|ou) je vais (?:le faire|me y prendre)|picked the date|choisi (?:la date|le jour)|bord de la fenetre|rebord|ledge\n' +
      '1killing myself|ending my life|how (?:id|i would|to) do it|le faire|do it\n' +
      `2me pendre|corde(?! a sauter)|me jeter|jeter sous|sauter(?! de joie| le repas| une etape| le pas| un repas)|jump(?:s|ed|ing)?(?! at| in| on (?:board|(?:the |a )?(?:\\S+ )?(?:train|bus|call)\\b(?! tracks)))\n` +
      '2sur (?:le|les) (?:pont|toit|balcon|quai|rails|voies?)|au bord du|edge of|on the (?:bridge|roof|ledge)(?! terrace| bar| garden)|into a wall|contre un mur\n' +
      '1paracetamol|lames|combien de\n' +
      '1pendaison|pont\\b|fenetre|rails?\\b|train\\b\n' +
      '1tout prevu|tout prepare|methode|dose\n' +
      '1hang myself|rope|bridge|roof|overdose|planning (?:how|it|to)|planned it|method',
  ),
  farewell: stems(
    '1love you\\b\n' +
      '1dire au revoir|au revoir a tous\n' +
      '1mots de passe|passwords\n' +
      // Affairs settled for afterwards, thanks given while there is time.
      '1pour apres\\b|for afterwards|arrangements|taken care of|so (?:nobody|no one) (?:has|will have) to|pour que personne (?:ait|aura) a|trop tard|too late\n' +
      '1ai tout (?:regle|prevu|prepare|organise)|paid off|rembourse\\w*|my debts|mes dettes\n' +
      '1au cas ou|just in case|make sure|veille sur\n' +
      '2liras apres|(?:after|when) im gone|give\\w* away|donne (?:la plupart de )?mes\n' +
      '1lettres?|note for|a note|remercier|derniere fois|last time|reverras|will not see me|wont see me|au revoir\n' +
      '1compte pour moi|as compte|mattered|meant a lot|tell (?:my|the)|dis a|dites a|loved (?:her|him|you)\n' +
      '2affaires en ordre|(?:sorted|settled|put) (?:out )?my affairs|all settled|tout est (?:pret|range|regle)|codes|il me arrive (?:un truc|malheur)|if anything happens to me|quoi que il arrive|il me arrive quelque chose|before i go(?! in| to| out)|avant de partir(?! en)|je confie|te confie|aurai plus besoin|wont need|fini pour moi|cest fini\n' +
      '1merci|thank you|thanks|desolee?|sorry\n' +
      `2${PARTING_BEFORE}adieu(?! (?:les|la|le|aux|au|a la)\\b)${NOT_A_FAREWELL_AFTER}|dernier message|derniers? mots?\n` +
      '1prends soin|prenez soin|occupe toi de|occupez vous de\n' +
      '1pardon pour tout|desolee? pour tout|pardonne\\w*|pardon\\b\n' +
      '1testament|my will|mes affaires|donne tout\n' +
      '1je vous aime|je te aime|vous aime|merci pour tout|oubliez moi\n' +
      `2(?:goodbye|farewell)${NOT_A_FAREWELL_AFTER}|last message|final message\n` +
      '1take care of|look after|sorry for everything|forgive me\n' +
      '1letter|the note|my things|my stuff|give away|thank you for everything',
  ),
  'self-harm': stems(
    '2me (?:faire|fais|fait) du mal|me suis (?:encore |de nouveau )?(?:coupee?|brulee?|scarifiee?)(?! en| avec un couteau de cuisine)|scratch\\w*|pull\\w* my hair(?! out (?:over|with|about|because|trying|on|at|for)\\b| (?:over|with|about|because|trying)\\b)|me mords|me mordre|bite myself\n' +
      '1saigner|until (?:it hurts|they bleed)|jusque a (?:saigner|avoir mal)|skin|peau|spoon|briquet|lighter|on purpose|expres|pour me calmer|punish\\w*\n' +
      '2me couper|me coupe\\w*|me suis coupee?|coupure\\w*|entaille\\w*\n' +
      '1lame\\w*|rasoir|cutter|couteau|ciseaux\n' +
      '1me bruler|me brule\\w*|me suis brulee?|brulure\\w*|cigarette\n' +
      '2scarif\\w*|me mutil\\w*|automutil\\w*|me griffe\\w*|me gratte\\w* jusque\n' +
      '1cicatric\\w*|sang|saign\\w*|marques?|bleus\n' +
      // "une boule dans le ventre", "mal au ventre", "mon ventre gargouille": no site of harm.
      '1poignets?|bras|cuisses?|(?<!dans le |au |a le )ventre(?! (?:gargouill|grogn|gonfl)\\w*)\n' +
      '2me faire mal|me fais mal|me punir|me taper|me frapper\n' +
      '1cut\\w*(?! (?:my |her |his )?(?:hair|finger|class|costs?|ties|down|back|off|in|out))\n' +
      '2cut(?:ting)? myself|cut (?:again|my (?:arms?|wrists?|legs?|thighs?))|self harm\\w*|harm myself|hurt\\w* myself|burn\\w* myself\n' +
      '1blade|razor|knife|scar\\w*|bleed\\w*|blood|wrist\\w*|thigh\\w*|arm\\b',
  ),
  substance: stems(
    '1(?:so|that) i dont have to feel|pour (?:ne )?(?:plus|pas) (?:rien )?ressentir|to (?:not|stop) feel\\w*\n' +
      '1without (?:a |my )?(?:drink|couple of|few|shots?)|shots?\\b\n' +
      '2mise? a boire|started drinking|(?:drink|drinking|boire|bois) (?:le matin|au reveil|in the morning)\n' +
      '1le matin|au reveil|in the morning|seule?|alone\n' +
      '2valium|codeine|antidepress\\w*|tranquillisants?|besoin de boire|need a drink|pass out|black ?out\n' +
      '1verres?|glass\\w*|(?<!soft )a drink|sinon je (?:dors|tiens|supporte|peux)|or i cant|get through the day|tenir la journee|plus que prevu|than prescribed|prends de la|take my\n' +
      '1cachets?|medocs?|medicaments?|pilules?|comprimes?\n' +
      '2sans (?:la|ma|mes|mon|mon petit) (?:beuh|weed|joint|verre|cachets?|medocs?|bouteille)|without (?:my )?(?:weed|pills|a drink|drinking)|melang\\w*|mix\\w*(?! (?:\\S+ ){0,3}up\\b)|stock(?!room)\\w*|mis de cote|saved up|comme des bonbons|like candy\n' +
      '1anxiolytique\\w*|somnifere\\w*|xanax|lexomil|tramadol|doliprane|benzo\\w*\n' +
      '1boire|bois\\b|boit\\b|bu\\b|bouteilles?|alcool|picol\\w*|vodka|whisky|rhum|vin\\b|bieres?\n' +
      '1ivre|bourree?|saoul\\w*|soul\\b|defonce\\w*|pete\\b|joints?|beuh|shit|coke|fum\\w*\n' +
      '1pour oublier|pour tenir|pour dormir|pour pas penser|pour supporter|avale\\w*\n' +
      // A medicine named is no distress ("forgot to take my meds"); what goes with it may be.
      '2sleeping pills|painkillers|overdos\\w*\n' +
      '1pills?|meds|medication\n' +
      '1(?<!soft )drink\\w*|drunk|wasted|booze|alcohol|bottle|vodka|wine|beer|weed|high\\b|smok\\w*\n' +
      '1to forget|to cope|to numb|to get through|to sleep|so i can (?:deal|cope|face|handle)|swallow\\w*',
  ),
  violence: stems(
    '2comes? into my room|vient dans ma chambre|entre dans ma chambre\n' +
      '2tire\\w* (?:par )?les cheveux|pulled my hair|tape\\w* dessus|oblige\\w* a|makes me do|contre mon gre|against my will\n' +
      '1tape\\w*\n' +
      '2menac\\w* de mort|death threats?|threaten\\w* to kill\n' +
      `2pinned|plaque\\w* contre|coince\\w*(?! ${STUCK_SOMEWHERE})|kiss\\w*|sexual\\w*|sexuel\\w*|main aux fesses|hurt me|me faire du mal si|enfermee?${FOR_ME}|locks? me|smash\\w*|(?<!\\b(?:ai|je|g|i|ive|have|had) )casse\\w*|break the door|banging|get in\n` +
      '1avances|photos|(?<!(?:dans|hors de) mon )corps|body|chest|remarques|commentaires?|comments? about|commente|fesses|moque\\w*|a le ecart|regret|(?<!\\b(?:me|te|se|vais|va) )couch(?:e|er|ait)\\b|suit jusque|follows? me|hiding|cache|hurle\\w*|shouting|scared|peur|controle\\w*\n' +
      '2frapp\\w*(?! par)|(?<!\\b(?:du|premier|deux|tout a|de un|boire un) )coups?(?! de (?:main|fil|pouce|coeur|oeil|stress|chance|genie|boost|barre|mou)| a boire)|gifle\\w*|cogn\\w*|baffe\\w*|claque(?<!\\b(?:suis|suis trop|suis completement|suis vraiment) claque)\\w*\n' +
      '2(?<!je )pouss\\w*(?! (?:a|vers|pour)\\b)|serre\\w* (?:le|mon) cou|etrangl\\w*|(?<!\\b(?:suis|est|etre|etais|etait|sommes|sont)(?: \\w+)? )secou(?:e|es|ent|er|ait|ee)\n' +
      '1menac\\w*|insult\\w*|humili\\w*|rabaiss\\w*|hurl\\w*|crie\\w*\n' +
      '2force\\w*|touche\\w*|viol\\w*|agress(?:e|ee|es|er|ion|ions|ait)|harcel(?<!\\b(?:te|vous|les|le|la|lui|leur) harcel)\\w*|attouch\\w*|abus\\w*\n' +
      '1peur de (?:lui|elle|rentrer)|enferm\\w*|bleus?\\b|surveill\\w*\n' +
      '2hits?(?! (?:me )?up| the (?:gym|road|sack|books|target|deadline|spot|shops|button)| (?:send|submit|enter|publish|post|reply|record|play|save|refresh|snooze|save|it off)\\b)|hitting|slap\\w*|punch\\w*(?! the air| line)|kick\\w*|beat(?:s|ing|en)?|chok\\w*|strangl\\w*|shov\\w*\n' +
      '1push\\w*(?! (?:me |us |him |her )?(?:to|for|back|the)\\b)\n' +
      '1threat\\w*|yell\\w*|scream\\w*|grab\\w*(?= (?:me|at me|my (?:arm|wrist|neck|throat|hair)))\n' +
      '2touch\\w*|rape\\w*|assault\\w*|harass\\w*(?! (?:you|him|her|them)\\b)|bruise\\w*|locked\n' +
      '1afraid of (?:him|her|going home)|scared of (?:him|her)',
  ),
  panic: stems(
    '2a cote de (?:mon corps|moi meme)|hors de mon corps|depersonnalis\\w*|derealis\\w*\n' +
      '2impression que je vais mourir|vais mourir la|peur de mourir|feel like im (?:going to die|dying)|scared (?:im going to die|of dying)|poitrine serree|serre la poitrine|chest (?:is )?tight\\w*\n' +
      '1dream|reve|not really here|pas vraiment la|not in my body|plus dans mon corps|far away|fake|flou|tout tourne|losing my mind|faint|feel my hands|bat a|qui bat\n' +
      '2crises? de (?:panique|angoisse)|anxiety attack|attaque de panique\n' +
      '2respir\\w*|(?<!coupe le )souffle|etouff\\w*|suffoqu\\w*|(?<!(?:changer|prendre|grand) )(?:de|le) air\\b\n' +
      '1coeur|poitrine|palpitation\\w*|tachycard\\w*\n' +
      '1trembl\\w*|shak\\w*\n' +
      '2vertige\\w*|malaise\n' +
      '1panique\\w*|crise\\w*|angoiss\\w*\n' +
      '2irreel|pas reel|deconnecte\\w*|flott\\w*|pas dans la realite|hors de la realite|engourdi\\w*|fourmi\\w*\n' +
      '2breath\\w*|suffocat\\w*|hyperventil\\w*|cant get air|choking\n' +
      '1heart\\w*|chest|palpitation\\w*|dizzy|faint\\w*\n' +
      '2panic attack|unreal|numb|detached|outside my body|floating\n' +
      '1panic\\w*\n' +
      '1devenir folle?|going crazy|perdre la tete|mourir la',
  ),
  hopelessness: stems(
    '2fardeau|burden|vois (?:pas|plus) (?:le )?interet|see no point|dont see the point\n' +
      '1faire semblant|pretend\\w*\n' +
      // A foreshortened future: no future seen, no growing old.
      '2pas de avenir|aucun avenir|no future|dont see (?:a|any) future|me vois pas vieillir|see myself (?:growing|getting) old\n' +
      '2aucune issue|no way out|lost all hope|perdu (?:tout )?espoir|tout est foutu|tout se ecroule|(?:arrangera|ira) jamais|jamais (?:se )?arranger|never (?:get|be) better|nothing will (?:ever )?change|gout a rien|marre de tout|tired of trying|a bout(?! de souffle)|burn(?:ed)? out\n' +
      `1dors plus|mange plus|sors plus|gere plus|tiens plus(?! en place)|not sleeping|not eating|stopped eating|eaten properly|cant get out of bed|au lit|lie there|stuck(?! on\\b| in (?:traffic|the (?:traffic|lift|elevator|train|bus|queue|snow)))|coincee?(?! ${STUCK_SOMEWHERE})|vais pas bien|va pas bien|sans arret|en sortir|nothing i do|matters|lever\n` +
      '2plus la force|plus de force|plus (?:le )?courage|(?:en )?peux plus(?! de attendre| attendre)|arrive plus\n' +
      '1craqu\\w*|pleur\\w*|larmes|effondr\\w*|sombr\\w*|noye\\w*\n' +
      '1vide|inutile|poids|nulle?\\b|bonne? a rien|sers a rien|sert a rien|rate\\w*\n' +
      '1epuis\\w*|vide\\w*|bout du rouleau|cramee?|burn ?out|au fond du trou\n' +
      '2sans espoir|desespoir|desesper\\w*|aucun espoir|envie de rien\n' +
      // "j'abandonne la candidature": a thing given up, not the writer abandoned.
      '1seule?\\b|personne\\b|abandonne\\w*(?! (?:la|le|les|ma|mon|ce|cette) (?!combat|vie)\\w)|hais|deteste|honte|degoute?\\w*\n' +
      '1tout (?:gache|rate|foutu)|foutue?|rien ne va|jamais mieux|ca changera jamais\n' +
      '2cant (?:do (?:this|it)|take (?:it|this)|cope|go on)|anymore|(?:give|giving|gave|given) up(?! (?:on )?(?:the|this|that|a|an) (?!life|world|fight)\\w| (?:smoking|sugar|coffee|meat|alcohol))\n' +
      '1cry\\w*|cried|tears|breaking down|falling apart|drowning\n' +
      '1empty|worthless|useless|failure|hopeless|pointless|no point|exhausted|drained\n' +
      '1alone|nobody|hate myself|ashamed|tired of (?:everything|it all|living)',
  ),
};

/** Intensity and time: it goes on, or it is now. Adds to a category already hinted at. */
export const INTENSITY =
  /\b(?:tous les (?:jours|soirs|matins)|chaque (?:jour|soir|nuit|matin)|toutes les nuits|(?<!merci )encore|ce soir|cette nuit|maintenant|tout le temps|de plus en plus|depuis des (?:semaines|mois)|trop|tellement|vraiment|again|every (?:day|night|morning)|right now|tonight|all the time|constantly|so much|really|anymore)\b/;

/** A wish, a thought or a state of the writer: "envie de", "I wish", "je me sens". */
export const STANCE =
  /\b(?:envie de|je aimerais|je voudrais|je veux|je pense a|je me sens|je suis fatiguee? de|marre de|je prefererais|serait mieux|seraient mieux|plus simple si|want to|wanna|wish|would rather|rather be|think\w* (?:of|about)|thought (?:of|about)|i feel|tired of|sick of|better off|easier if|keep)\b/;

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
 * `only` limits a veto to the one category it can explain.
 */
export type Benign = readonly [
  words: string,
  reach: 'clause' | 'subject' | 'sentence',
  only?: DistressCategory,
];

export const BENIGN: readonly Benign[] = [
  [
    [
      // Good news, pride, relief, a laugh, "like everyone".
      'vivement|trop bien|motivante?|genial|contente?|ravie?|fiere?|proud|excited|cant wait|got it|phew|ouf|fou rire|on rigole|got the job|got in|accepted|reussi|decroche|sympa|(?:ai|trop|tellement|si) hate|hate (?:de|que)|breathing again|respire (?:enfin|a nouveau)|comme tout le monde|like everyone|flemme|lazy|(?:son|his) style',
      // A small matter that explains a body word: water, the oven, sport, the cold, a roof to mend.
      'eau|water|cafe|coffee|migraine|mal de tete|headache|four|oven|stove|cuisin\\w*|cooking|gratin|tennis|foot|match|footing|jogging|running|velo|stairs|escaliers?|bout de souffle|essouffle\\w*|out of breath|leg day|ski|marathon|gym|workout|tension|froid|cold|freezing|pour (?:reparer|installer|nettoyer|changer|poser|verifier)|antenne|gouttieres?|tuiles|chantier|software|logiciel|excel',
      // An ordinary event the words are about: an exam, holidays, a party, dinner with the team.
      'entretien|interview|exams?|examen|partiels?|soutenance|audition|vacances|holidays?|vacation|conges?|apero|fete|party|celebrat\\w*|feter|feliciter|congratulat\\w*|au diner|at dinner|avec le equipe|with the team|copains|copines|amis|potes|friends',
      // The past; helping someone else.
      'used to|avant je|a une epoque|help (?:her|him|them)|(?:la|le|les) aider|aider (?:la|le|les)',
    ].join('|'),
    'clause',
  ],
  // Someone else's story, told by the writer: only when they are who the words are about.
  [
    'clients?|clientes?|patients?|beneficiaires?|(?:her|his|their) (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|mom)|(?:son|sa) (?:mari|femme|conjoint|conjointe|copain|copine|pere|mere)',
    'subject',
  ],
  // An accident at work or in the kitchen, blood given or taken, a first-aider: no harm done to oneself.
  [
    `${ACCIDENT}|don\\w* (?:du |de |mon )?sang|(?:give|gave|giving|donat\\w*) blood|blood (?:donation|test)|prise de sang`,
    'clause',
    'self-harm',
  ],
  // A drink with colleagues, a tasting, a soft drink: company, not coping, in the whole
  // sentence, unless it says what the drink is for or that it is drunk alone.
  [
    `(?:colleagues|collegues|coworkers|after ?work|office|bureau|tasting|degustation|birthday|anniversaire|soft drink|coca)(?!.*${DRINKING_HARD})(?<!${DRINKING_HARD}.*)`,
    'sentence',
    'substance',
  ],
  // A medicine prescribed is a treatment, not a way to cope.
  ['(?<!(?:than|que) )(?:prescri\\w*|ordonnance)|mon medecin|my doctor', 'clause', 'substance'],
  // Things given to a charity or sold are no farewell.
  ['asso\\w*|charity|vinted|leboncoin|vide grenier|vieux|vetements|clothes', 'clause', 'farewell'],
  // A tomorrow, a next week, thanks for feedback: a goodbye that is no farewell.
  [
    'see you|a demain|a lundi|a bientot|a la semaine|a plus|a tout a le heure|next week|bonne (?:soiree|journee|continuation|semaine)|bon (?:weekend|week end)|have a (?:good|nice|great)|merci pour (?:ton|votre) retour|thanks for (?:your|the) feedback',
    'sentence',
    'farewell',
  ],
];

/** A little: one hint is not enough then. */
export const LITTLE = /\b(?:un peu|a bit|a little|legerement|kind of)\b/;

/** The writer near the cue. */
export const FIRST_PERSON = /\b(?:je|me|moi|mon|ma|mes|i|im|ive|id|ill|my|myself)\b/;
