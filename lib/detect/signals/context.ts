// What changes the meaning of a cue in its sentence: a joke, a film, the past, someone
// else, a figure of speech. Written against `signalText()`'s form.

/** haha, mdr, lol, 😂, "de rire": the sentence is light. */
// "c'est pas une blague", "I'm not joking": the opposite of a joke marker.
export const NOT_JOKING =
  /\b(?:pas une blague|pas pour rire|je rigole pas|je plaisante pas|sans rire|not a joke|not joking|im serious|je suis serieu(?:x|se)|no joke)\b/;

export const HUMOUR =
  /\b(?:lol|lmao|mdr|ptdr|xptdr|xd|haha\w*|hihi\w*|hehe\w*|jk|just kidding|je rigole|je plaisante|de rire|pour rire|blague)\b|[😂🤣😅😆😜🙃😹😝😛🎉😄😁😘🙈😍🥰🤩🥳😋🤤🍕]/u;

/** A film, a book, an article: the sentence tells a story that is not the writer's. */
export const MEDIA =
  /\b(?:film|serie|livre|roman|podcast|article|documentaire|reportage|emission|episode|chanson|manga|personnage|heroine|heros|movie|novel|show|series|book|documentary|song|character|protagonist|netflix|temoignage|testimon\w*|docu\w*|vid|video|reportag\w*|articl\w*|polar|thriller|dissertation|thesis|mon memoire|memoir|essay)s?\b/;

/** The writer takes the story as theirs: "je me reconnais, moi aussi…", "made me realise I…". */
export const OWN_STORY =
  /\b(?:moi aussi|me too|je me (?:reconnais|suis reconnue?|retrouve)|i (?:recognised|recognized|saw) myself|(?:i|je) (?:realised|realized|realise|realize|ai compris|ai realise) (?:que )?(?:i|ive|im|je)\b|comme moi|just like me|same here)\b/;

/** Over and done: "ça va mieux", "c'est derrière moi", "I'm doing well now". */
export const RESOLVED =
  /\b(?:ca va (?:mieux|aller|bien maintenant)|ce est derriere moi|derriere moi|depuis plus rien|ca se est (?:bien|tres bien|super bien) passe|tout se est bien passe|mais (?:finalement|au final|super|tres|trop|hyper|je ai reussi|ce etait|contente?|ravie?|heureuse?|je gere|rien de grave)|finalement tout|rien de grave(?!\W+(?:hein\W+)?(?:juste|que|seulement|a part))|je gere(?! plus| pas| rien)|je vais bien|plus (?:du tout|jamais|rien) depuis|its been years|doing (?:well|better|fine|ok|great) now|much better(?! off)|behind me|im (?:fine|ok|okay|good) now|all good now|went (?:well|fine|great)|but (?:it went|everything went|in the end|it turned out|i feel|im ok|it was worth)|(?<!(?:not|isnt|no longer|arent|wasnt|nothing|nothing feels|nothing seems) )worth it|ce est le jeu|but im (?:fine|ok|okay|good)|mais ca va(?! pas)|je respire enfin|enfin libre|finally free|can breathe again|ce est fini(?! pour moi)|its over now|thats (?:all )?over|its all over now|(?:feel|feeling) like (?:myself|me) again|ca va (?:beaucoup|tellement|vraiment|bien) mieux|et (?:depuis )?tout va (?:bien|mieux)(?! pas)|everything(?:s| is) (?:fine|good|great) now|in a (?:really )?good place|je revis|(?:are|is) (?:old|healed)|havent had (?:one|any) since|(?:ce est|its) (?:du passe|in the past)|(?<!(?:pas|not|never|jamais) (?:\S+ )?)(?:clean|sobre|sober) (?:depuis|since|for)|been (?:clean|sober)|(?:therapy|la therapie) (?:helped|me a aidee?)|je (?:me )?en suis sortie?|sortie? de (?:la|ma) depression|out of (?:the|my) depression|in a (?:much )?better place|ca fait (?:\S+ ){1,3}que (?:je ai arrete(?! de)|ce est fini|je (?:bois|fume) plus)|(?:ce est|its|thats) (?:loin(?! de)|du passe)\b(?! (?:yet|encore))|its passed|(?:they|it|elles|ca) (?:stopped|passed|went away|se sont arretees|est passe) (?:a long time ago|years ago|ages ago|depuis longtemps|il y a longtemps)|remise? sur pied|back on my feet|rebuil(?:t|ding) my life|(?:the|my|la|ma|le|mon) (?:new|nouvelle?) (?:place|job|team|boss|manager|boite|poste|equipe|taf|chef|boulot) (?:is|est) (?:so |really |vraiment |trop )?(?:lovely|great|amazing|good|brilliant|super|top|genial|bien|sympa)|(?:ca|it) (?:me )?fait rire maintenant|maintenant (?:je fais attention|je cours|je fais du sport)|(?:now|maintenant|aujourde hui) (?:\S+ ){0,2}(?:ca va(?! pas)|je vais (?:bien|mieux)|je suis heureuse?|im (?:\w+ )?(?:fine|ok|okay|good|happy|great|well|doing \w+)|doing (?:great|well|fine|better)))\b/;

/**
 * The mentorship ends, a move, a new job, a trip: a goodbye and thanks that are not a
 * farewell ("dernier message du programme, merci pour tout, on garde contact ?").
 */
export const ORDINARY_GOODBYE =
  /\b(?:programme|program|promo|mentorat|mentorship|mentoring|mentoree?|mentee|filleule?|parrainage|accompagnement|erasmus|new job|nouveau (?:job|poste|travail|boulot)|new (?:role|position)|(?:pars|partir|part|parte) (?:en|a|au|aux)|(?:pars|partir) pour (?!de bon|toujours)|demenag\w*|(?:me|nous|se|te) (?:installer|installe|installons) (?:a|au|aux|en|dans|pres de)|emmenag\w*|relocat\w*|moving to|keep in touch|stay in touch|garde(?:r|ons)? (?:le )?contact|rester en contact|grab a|a coffee|un cafe|see you|on se voit|on se revoit|a bientot|a plus tard|next (?:year|month|week)|lannee prochaine|le annee prochaine|starts? (?:on )?monday|commence lundi|derniere seance|last (?:day|session|shift)|dernier jour|goodbye emails?|pot de depart|leaving (?:do|cake|party|drinks)|for the move|gone to|away on|while im away|on transfer|pendant (?:le|les|mes) (?:festival|vacances|voyage|stage|sejour)|nouvelle (?:boite|entreprise|equipe)|(?:anciens|old|former) (?:collegues|colleagues))\b/;

/** A goodbye said as the last one: an ordinary goodbye in another sentence does not undo it. */
export const FINAL_GOODBYE =
  /\b(?:(?:mon|my) (?:tout )?(?:dernier message|last message)(?! (?:avant|de la|du|pour|sur|before|of the|for|on|about))|(?:serai|suis|sera) (?:plus|pas) la|derniere fois|last time|quoi que il (?:arrive|se passe)|whatever happens|trop tard|too late|for good|pour (?:de bon|toujours)|forever|(?:reverras|verras|entendras) (?:plus|jamais)|(?:wont|never) (?:see|hear)|wont be (?:here|around))\b/;

/**
 * A wish to live, life enjoyed ("aujourd'hui j'ai envie de vivre", "I love my life"): the
 * opposite of a wish to be gone, unless denied ("plus envie de vivre" is read by the cues).
 */
export const WISH_TO_LIVE =
  /(?<!(?:plus|pas|aucune?|sans|no|not|dont|no longer|never) )\b(?:envie de vivre|want to live|(?:love|enjoy\w*) (?:my )?life|aime (?:la|ma) vie|profiter de la vie|la vie est belle|life is (?:good|beautiful|great))\b/;

/**
 * A state denied outright ("I'm not depressed or anything, just busy", "je suis pas
 * déprimée hein"): when no rule heard distress, the model's reading is set aside.
 */
export const DENIED_STATE =
  /\b(?:(?:im|i am|i was|je suis|suis|je me sens|i feel) (?:not|pas|plus|never|jamais)|not|pas) (?:\S+ )?(?:depressed|deprime\w*|en depression|suicid\w*|en burn ?out|burnt out|burned out|in (?:a )?crisis|en crise|en detresse|in distress)\b(?! (?:mais|but|yet|encore|just|juste)\b)/;

/** Told in the past ("qui me harcelait", "a été licencié", "I was having"): a later "je respire enfin" closes it. */
export const TOLD_IN_PAST =
  /\w{3}(?:ait|aient)\b|\b(?:remember (?:when|my|the)|tu te souviens|ai ete|a ete|avais|etais|ancien(?:ne)?|ex|was|were|had|used to|former)\b/;

/** Small things asked for with a joke: "pizza ou burger ? 😋", "qui a pris mon agrafeuse 😂". */
export const TRIVIAL =
  /\b(?:pizza|sushi|burger|tacos|kebab|resto|restaurant|apero|biere|beer|pinte|dessert|chocolat|croissants?|cafe|coffee|scotch|agrafeuse|stapler|stylo|pen|chargeur|charger|tenue|robe|outfit|chaussures|shoes|playlist|netflix|karaoke|yoghurt|yogurt|yaourt|fridge|frigo|pineapple|ananas)\b/;

/** Long ago ("il y a dix ans", "en 2015", "last year", "back then", "à 20 ans")… */
const DISTANT_PAST =
  /\b(?:back (?:then|in (?:19|20)\d\d)|in my (?:teens|twenties|\d0s)|(?<=^|, )a (?:1\d|20) ans|(?:quand|when) (?:je etais|i was) (?:au|a la|at|in) (?:lycee|college|fac|uni|school|high school)|il y a (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs) (?:ans|annees)|il y a longtemps|long ago|en (?:19|20)\d\d|in (?:19|20)\d\d|il y a (?:un|1) an|(?:a|one|two|three|\d+) years? ago|(?:a few|several|\d+|six|some) months ago|used to(?<!(?:things|what|everything|that|which|stuff|all) i used to)|je avais (?:souvent )?(?:des|de les)|le an (?:dernier|passe)|le annee derniere|last year|years ago|a le epoque|autrefois|quand je etais (?:petite?|ado|jeune|etudiante?|enfant)|when i was (?:young|a kid|a teen(?:ager)?|at school|a student)|as a (?:teenager|teen|kid|child|student)|pendant mes etudes|quand je etais ado|adolescente?|plus jeune|(?:when i was|at age|aged) (?:1\d|20|[5-9])\b(?! ?(?:h\b|pm|am|:|min|minutes|hours|heures|mois|months|weeks))|(?<=\bwas \w+ )at (?:1\d|20)(?! ?(?:h\b|pm|am|:|\d))|quand je avais (?:\d+|\w+) ans|(?<!(?:depuis|since) )(?:le (?:hiver|ete|automne|printemps) (?:dernier|passe)|last (?:winter|summer|autumn|fall|spring))|je ai longtemps)\b/;
/** …unless it is back: "encore", "again", "ça revient". */
const STILL =
  /\b(?:encore|again|recommence\w*|are back|relapse|rechute|toujours|still|de nouveau|a nouveau|revient|reviennent|come back|coming back|depuis (?:des|quelques))\b/;

// "il y a deux ans je voulais plus vivre et ça revient": what follows the past may bring it back.
export function isDistantPast(text: string, after = text): boolean {
  return DISTANT_PAST.test(text) && !STILL.test(after);
}

/** Help lines and prevention: a message that passes on numbers is not distress. */
export const HELP_INFO =
  /\b(?:3114|3919|119|114|988|116 ?123|sos amitie|samaritans|numeros?|hotline|helpline|ligne (?:de ecoute|nationale)|prevention|lifeline)\b/;

/** Something that comes back, told as a habit: not happening as the person writes. */
export const HABITUAL =
  /\b(?:quand|lorsque|chaque fois|a chaque|tous les|toutes les|souvent|parfois|des fois|avant (?:chaque|les|mes)|when|whenever|every time|each time|before (?:every|each|my|exams)|often|sometimes|usually|depuis (?:des|le|la|les|que|plusieurs)|en arrivant|le matin|le soir|for (?:months|years|weeks))\b/;

/** Joy or impatience: a racing heart or shaking hands of excitement are no panic. */
export const EXCITED =
  /\b(?:excitee?s?|excited|impatiente?|hate|amoureuse|amoureux|in love|so happy|trop contente?|ravie?|thrilled|cant wait|de joie)\b|[😍🥰🤩🥳❤]/u;

/** Told as happening while the person writes. */
export const UNDER_WAY =
  /\b(?:je suis en train de|en train de|en ce moment meme|right now|as we speak|as i write|la maintenant|tout de suite la|a le instant|currently|je suis (?:dans|devant|sur|a|au) (?:\S{1,20} ){1,3}la(?= *(?:$|[,.!?]))|(?:im|i am) (?:in|at|on|outside) (?:the|my|a) (?:\S{1,20} ){0,2}(?:now|right now)|me (?:\S{1,20} )?\S+ la(?= *(?:$|[,.!?])))\b/;
/**
 * An attack told as it goes on: for minutes or hours until now ("ça dure depuis une
 * heure"), or written from where it strikes ("je t'écris depuis la réserve"). Said of a
 * state that lasts ("depuis des mois"), it is no attack.
 */
export const ATTACK_ONGOING =
  /\b(?:(?:ca|ce|it|its|this) (?:dure|has been going on|s been going on|been going on|lasts?) (?:depuis|for) (?:une|deux|trois|dix|vingt|trente|quarante|an|one|two|three|ten|twenty|thirty|forty|\d+) ?(?:min\w*|heures?|h|hours?)\b|je (?:te|vous) ecris (?:de|depuis) (?:la|le|les|mon|ma|un|une) |(?:im )?(?:writing|texting) (?:to )?(?:you )?from (?:the|my|a) )/;
/** "En ce moment": "right now" for an attack, "these days" for a state that lasts. */
export const THESE_DAYS = /\ben ce moment\b(?! meme)/;

/** Figures of speech: "mourir de faim", "dying to see", "ce dossier va me tuer". */
export const HYPERBOLE =
  /\b(?:(?:mourir|meurs|meurt|mourais|mourrais|mourait|morte?|crever|creve|crevais) de (?:faim|chaud|froid|rire|honte|envie|fatigue|ennui|soif|peur|jalousie)|(?:ennuie|ennuye\w*|bete|rire) a mourir|(?:dying|die|died|dead) (?:of|from) (?:laughter|laughing|embarrassment|boredom|hunger|thirst|heat|shame|cringe)|dying (?:to|for)|to die for|kill for|could kill|(?<!\b(?:back|feet|foot|head|knees?|legs?|neck|shoulders?|tooth|teeth|hips?|stomach|arms?|wrists?|hands?|dos|pieds|genoux|jambes) (?:is|are|s|me) )killing me|(?<!je )va me tuer|vont me tuer|me tuer si|me tuer (?:a la tache|au travail|a le travail|au boulot|a le boulot|au sport)|kill me if|kill myself if|me achever|me acheve|(?:me )?pendre\W{0,4} a (?:ton|son|votre|leur) cou|ce est la mort|nearly died|almost died|(?:ri|rire|rigole|ris|laughed|laughing|laugh) (?:\S+ ){0,12}(?:etouffer|etouffe|etouffais|mourir|choke|choking|choked|suffocate|die|died|wet myself)|(?:si|if) (?:je dois|il faut que je|on me|encore un|i have to|ive to|ive got to|i gotta|i need to|i must|they make me|one more) .{0,60}(?:me jette|me tue|me pends|kill myself|jump))/;

// Someone else is the subject: "ma collègue est en burn-out", "my friend has panic
// attacks". Report verbs ("told me", "m'a dit") do not make it the writer's own.
export const OTHER_PERSON =
  /\b(?:(?:ma|mon|une?|sa|son|notre|nos|mes|my|a|our|her|his|their) (?:(?:meilleure?|best|petite?|grande?|ancienne?|old|new|nouvelle?|nouveau|jeune|young|close|vieille?|vieil) )?(?:mentee|mentees|mentoree?|filleule?|collegue|collegues|collaborat\w*|pote|potes|coloc|colocataire|flatmate|roommate|housemate|mate|buddy|copine|copines|salarie\w*|stagiaire|alternant\w*|employee?s?|amie?s?|soeur|frere|mere|pere|fils|fille|cousine?|voisine?|n-1|direct report|report|colleague|coworker|co-worker|friend|sister|brother|mother|father|mom|dad|son|daughter|intern|employee|teammate|team member|member of my team|binome|tutrice|tuteur|grand (?:mere|pere)|grand(?:mother|father|ma|ad)|mamie|papi|(?:belle|beau) (?:soeur|frere|mere|pere)|(?:sister|brother|mother|father) in law|in laws|residente)|(?:one|two) of (?:my|our|the) (?:\w+ )?(?:reports|residents|students|pupils|engineers|colleagues|friends|nurses|patients|clients|team)|(?:une?|l une?|deux) (?:de|des) (?:mes|nos) (?:amie?s|collegues|eleves|apprentie?s|residente?s|patiente?s)|(?:une|un) (?:personne|proche|membre de mon equipe)|(?:un|une|a|le|la|the) (?:mec|gars|guy|type|benevole|adherente?|chanteur|chanteuse|singer|actor|actress|acteur|actrice|rappeur|rapper)|quelque un de mon equipe|quelqu un de mon equipe|someone (?:in|on) my team)\b/;
// "comment prévenir le burn-out…", "how do I support someone who…": the topic, asked about.
const TOPIC_QUESTION =
  /\b(?<!\b(?:sais|sait|savais) (?:pas|plus) (?:trop |vraiment |bien |du tout )?)(?:comment (?:prevenir|gerer|reconnaitre|aborder|eviter|parler|accompagner|soutenir|aider|reagir|signaler|reperer|detecter)|how (?:do|can|should|could) (?:i|we|you|one) (?:support|help|prevent|handle|spot|deal with|talk about|recognise|recognize|report)|how to (?:support|help|prevent|spot|handle)|(?:talk|speak) to (?:her|him|them) about|lui en parler|comment je (?:le|la|les) aide|comment (?:le|la|les) aider|signes? (?:de|du|d un|de un)|signs of)\b/;
const REPORTED =
  /\b(?:me a (?:dit|confie|raconte|avoue|ecrit)|me dit|told me|asked me|texted me|me demande)\b/g;
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
const HARM =
  '(?:me )?(?:tuer|suicid\\w*|mourir|en finir|faire du mal|couper|scarifi\\w*|betise|connerie|kill\\w*|die|hurt(?:ing)? (?:myself|me)|cut\\w*|end it|stupid|idees noires|dark thoughts)';
const LIFE =
  '(?:vivre|vie|exister|reveiller|continuer|la|live|living|life|alive|wake|exist|here|around|go on|keep going|stop\\w*|arret\\w*|care|mind|sure|know|sais|see|vois|why|pourquoi|peur|scared|reason|raison|point|sens|courage|guts)';
const NEGATED_WORD = new RegExp(
  // A subject after the negation opens a new clause ("je dors pas je veux mourir").
  `\\b(?:pas|plus(?<!(?:de|en) plus)(?! (?:en plus|que|souvent))|jamais|aucune?|sans|not|never|no|dont|wont|isnt|nothing)\\b(?: (?!(?:je|i|im|il|elle|on|you|he|she|they)\\b)\\S+){0,4}? (?:(${LIFE})|${HARM})\\b(?! (?:exactly|as such|exactement|a proprement parler))`,
  'g',
);
/** The negation in `text` bears on harm or death ("pas d'idées noires", "not gonna do anything stupid"). */
export function deniesHarm(text: string): boolean {
  for (const m of text.matchAll(NEGATED_WORD)) if (m[1] === undefined) return true;
  return false;
}

// "je me scarifie plus du tout", "je bois pas", "je me coupe plus depuis 2 ans": the verb
// the cue ends on, closed by its negation.
const DENIED_AFTER =
  /^ (?:pas|plus|jamais)(?: du tout| jamais)?(?= *(?:$|[,.;!?]|mais|et|depuis|promis)\b)/;
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
