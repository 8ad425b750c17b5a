import { any, signs, type Cue, type Recogniser } from './cue.ts';

// Acute panic (breath, heart, shaking, fear of dying) and dissociation (nothing feels
// real, watching oneself from outside). A symptom told in the present is happening as
// the person writes: an unfolding crisis, urgent too (unless told as a habit, "quand…").
// The topic ("j'ai des crises d'angoisse") is not.
// Out of breath from a run or a bike ride: the body, not an attack.
export const EXERTION =
  /\b(?:couru|courir|running|run|ran|velo|bike|footing|jogging|sport|seance|entrainement|gym|workout|stairs|escaliers|marathon|sprint|cardio|muscu|rando|hike|\d+ ?km)\b/;
const CUES: readonly Cue[] = [
  {
    re: any(
      '(?:je )?(?:arrive|peux) (?:plus|pas) (?:a )?(?:respirer|reprendre mon souffle|me calmer|arreter de (?:trembler|paniquer))|' +
        // An attack coming back, walls closing in, sounds as under water.
        '(?:ca|ce) (?:re)?commence (?:\\S+ )?(?:la|une) crise|murs (?:qui )?se (?:rapprochent|resserrent)|comme sous (?:le eau|une cloche)|' +
        '(?:sais|dont know) (?:plus |pas )?(?:ce qui est|whats) (?:vrai|reel|real)|sais plus qui je suis|' +
        'me (?:vois|regarde) de (?:le exterieur|loin|en haut)(?! (?:sur|on) (?:la|une|the|a) (?:video|photo|film))|' +
        'coeur (?:qui )?(?:se emballe|bat (?:trop |tres |super |a toute )?(?:fort|vite|allure|a (?:100|cent|mille|fond))|va exploser|cogne)|' +
        'je etouffe|' +
        'je fais une crise|' +
        'je vais mourir(?! de| si| quand)|' +
        '(?:tout|rien) (?:me )?(?:semble|parait|est) (?:irreel|pas reel|flou|loin)|' +
        'comme si je (?:me regardais|etais) (?:de le exterieur|dans un film|hors de mon corps|pas la|a cote de moi)|' +
        'hors de mon corps|' +
        'impression de (?:etouffer|mourir|devenir folle?|manquer de air|plus respirer|plus etre la)|' +
        '(?:plus|pas) dans mon corps|' +
        'comme dans un reve|' +
        '(?:tout|le monde|la piece) (?:\\S{1,20} )?(?:a le air|semble|parait|est) (?:faux|fausse|irreel|lointain|loin|dans le brouillard|comme un film)|' +
        'peur de devenir folle?|' +
        '(?:me sens|je suis|je etais) (?:pas|plus) (?:reel(?:le)?|vraie?|moi meme|dans mon corps|vivante?)\\b|' +
        'pas vraiment la|' +
        'deconnecte\\w* (?:de tout|de moi|de la realite|du monde)|' +
        'comme dans du coton|' +
        '(?:detached|disconnected) from (?:everything|myself|reality|my body)|' +
        '(?:mains|jambes) qui tremblent (?:et|,)|' +
        'je (?:tremble|panique) (?:de partout|sans pouvoir|et je arrive)|' +
        '(?:je ai|ai) plus de air|manque de air|je suffoque|(?:impression|sensation) que je vais (?:mourir|crever|y passer|faire un malaise|etouffer)|' +
        // Dissociation: watching oneself, sounds far away, not here.
        '(?:me vois|me regarde|me entends) (?:\\S{1,20} ){0,3}comme si (?:ce etait|je etais) (?:quelque un|une autre|un autre|quelqu un)|' +
        'comme si (?:ce etait|je etais) (?:quelque un|quelqu un) de autre|' +
        '(?:a cote|en dehors) de (?:mon corps|moi meme)|' +
        '(?:je )?vais (?:faire un malaise|tomber dans les pommes|me evanouir|tomber)(?! (?:amoureuse?|malade|enceinte|sur|dans le|de))',
    ),

    unless: EXERTION,
  },
  {
    re: any(
      'crises? de (?:angoisse|panique|tetanie)|' +
        'attaques? de panique|' +
        'panic attacks?|' +
        'anxiety attacks?',
    ),

    topic: true,
  },
  {
    re: any(
      'cant (?:breathe|catch my breath|stop shaking|calm down)|' +
        'heart (?:is )?(?:pounding|racing|beating so fast|going (?:mad|crazy)|hammering)|' +
        '(?:room|walls) (?:is |are )?closing in(?! at)|like (?:im )?underwater|' +
        'feel like im not (?:real|here|really here)|watching (?:a film|a movie) of myself|hyperventil\\w*|' +
        'en pleine crise de (?:angoisse|panique|tetanie)|' +
        '(?:not|out of) (?:in )?my (?:own )?body|' +
        'nothing (?:feels|seems|is) real|' +
        'feel (?:so )?(?:unreal|detached from (?:myself|everything))|' +
        'watching myself from (?:outside|above)|' +
        'im (?:shaking|hyperventilating|freaking out) (?:and|so|right)|' +
        'think im (?:going to die|dying|having a heart attack)|' +
        'feel like im (?:going crazy|losing my mind|dying|going to die|suffocating)|' +
        '(?:feels|seems|is) like a dream|' +
        'not really here|' +
        '(?:floating|float|drifting) (?:outside|above|out of) (?:myself|my body)|' +
        'nothing (?:\\S{1,20} )?(?:looks|feels|seems) real|' +
        '(?:je fais|je suis en train de faire|je refais|im having|i am having|having) (?:encore )?(?:une|an?|une de (?:ces|mes)|one of (?:those|my)) (?:crises?|attaques?|panic attacks?|anxiety attacks?|attacks)(?! de (?:rire|jalousie|foie|nerfs pour))\\b|' +
        'je suis en (?:pleine )?crise(?! de (?:rire|jalousie|foie|nerfs))|' +
        'dont feel (?:real|alive|present|in my body)\\b|' +
        '(?:dont|do not) feel like im (?:here|real|in my body|really here)|' +
        '(?:everything|things|voices|sounds|it all) (?:sounds?|feels?|seems?|looks?) (?:so )?(?:muffled|far away|far|distant|underwater)|' +
        '(?:tout|les sons?|les voix|le bruit) (?:\\S{1,20} )?(?:semble|parait|est|sont|semblent) (?:etouffee?s?|lointaine?s?|loin|ouatee?s?|sous le eau)|' +
        '(?:im|i am) (?:having|in the middle of) (?:a|an) (?:full |full blown |massive |bad )?(?:panic|anxiety) attack|' +
        '(?:think|feel like) im (?:going to|gonna|about to) (?:faint|pass out|collapse)|' +
        '(?:everything|nothing|things|it all|the world|the room) (?:\\S{1,20} )?(?:looks|feels|seems|is) (?:so )?(?:fake|unreal|far away|distant|foggy|muffled|like a movie|not real)|' +
        'losing my mind (?:and|,)? ?(?:cant|my|i)|(?:scared|afraid|terrified|feel like) (?:im |i am )?losing my mind',
    ),

    unless: EXERTION,
  },
  // Weaker signs, one cue each, so that two different symptoms add up.
  ...signs('poitrine (?:serree|qui serre|oppressee)'),
  ...signs('je tremble'),
  ...signs('mains qui tremblent'),
  ...signs('je panique'),
  ...signs('chest (?:is )?(?:tight|pain|pains)'),
  ...signs('im (?:shaking|hyperventilating)'),
  ...signs('freaking out'),
  ...signs('boule au ventre'),
  ...signs('palpitations'),
  {
    re: any('tete qui tourne', 'tout tourne', '(?:everything|room|ground) is (?:spinning|tilting)'),
    weight: 1,
  },
  {
    re: any('(?:peux|arrive) plus bouger', 'cant (?:move|stand up|see straight)'),
    weight: 1,
  },
  { re: any('vois noir', 'dont know where i am', 'everything is too loud'), weight: 1 },
  { re: any('gorge (?:se serre|serree|nouee)', 'throat (?:is )?(?:tight|closing)'), weight: 1 },
  ...signs('(?:perds|perdre|losing) (?:le )?control'),
  { re: any('peur de mourir', 'scared (?:im going to|ill) die'), weight: 1 },
  { re: any('(?:numb|engourdie?) (?:all over|de partout)', 'cant think straight'), weight: 1 },
  {
    re: any('(?:je )?(?:sens|sentir) plus mes (?:bras|jambes|mains)', 'whole body is shaking'),
    weight: 1,
  },
  ...signs('je respire (?:plus|mal)'),
  ...signs('fourmis dans les (?:mains|bras|jambes|doigts)'),
  ...signs('chest (?:is )?(?:so |really )?(?:tight|hurts)'),
  ...signs('going crazy'),
  ...signs('devenir folle?'),
  ...signs('vertiges?'),
  ...signs('cant feel my (?:hands|legs|face|arms)'),
  ...signs('(?:going|about) to (?:faint|pass out)'),
  ...signs('vais (?:faire un malaise|tomber dans les pommes|me evanouir)'),
  ...signs('reprendre mon souffle'),
  {
    re: any('(?:hands|fingers|arms|face|lips) (?:are )?(?:tingling|numb|pins and needles)'),
    weight: 1,
  },
  {
    re: any('(?:mains|doigts|bras|levres) (?:qui )?(?:fourmillent|picotent|engourdi\\w*)'),
    weight: 1,
  },
  { re: any('(?:cant|can not|couldnt) (?:get|take) a (?:full|deep|proper) breath') },
  {
    re: any(
      '(?:hands|legs|body|whole body) (?:wont|cant|wouldnt|will not) stop (?:shaking|trembling)',
    ),
    weight: 1,
  },
  ...signs('coeur (?:qui )?(?:tape|cogne|bat) (?:a|a fond|trop|si|tellement|comme)'),
];

export const panic: Recogniser = {
  category: 'panic',
  cues: CUES.map((cue) => (cue.topic ? cue : { ...cue, now: true })),
};
