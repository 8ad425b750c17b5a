import { any, type Recogniser } from './cue.ts';

// Where people cut, burn or hit themselves.
const BODY =
  '(?:bras|poignets?|cuisses?|jambes?|ventre|peau|arms?|wrists?|legs?|thighs?|skin|stomach)';

// A word and its space, in the gaps between the words of a cue.
const W = '(?:\\S+ )';

// Self-harm without (said) intent to die: cutting, burning, hitting oneself, told as a
// habit, a relapse or an act of last night.
export const selfHarm: Recogniser = {
  category: 'self-harm',
  cues: [
    {
      re: any(
        'me (?:faire|fais|fait|suis fait|suis faite|faisais|refais) du mal(?! a (?:la tete|le dos|me lever))|' +
          `me (?:couper|coupe|coupais|suis coupee?|recoupe) (?:les |le |la |aux |au )?(?:veines|${BODY})|` +
          `me (?:suis )?(?:encore |de nouveau |re)?(?:entaille\\w*|taillade\\w*|ouvert|ouverte) (?:les |le |la |un |une )?(?:veines|${BODY})|` +
          `me suis ${W}?(?:brulee?|coupee?|frappee?|griffee?|mordue?|tapee?|blessee?) (?:expres|volontairement|pour (?:me punir|sentir|oublier|me calmer))|` +
          'je me (?:coupe|recoupe|brule|mutile|griffe|scarifie|tailllade)(?=\\s*$|\\s*[,.!]| encore| souvent| tous| chaque| quand| pour| des que| le soir| la nuit| en cachette| avec)|' +
          `me (?:suis |etais )?(?:encore |de nouveau |re)?(?:fait|faite|faire|fais) mal (?:a le |aux |a la |au |sur le |sur les )?(?:mains?|${BODY}) (?:avec|expres|pour|quand|jusque)|` +
          `me ${W}{1,6}avec (?:le |un |une |mon |ma |des |mes )?(?:cutter|lame|lames|rasoir|compas|briquet|clopes?|cigarettes?)\\b|` +
          `myself ${W}{0,3}with (?:a |the |my )?(?:razor|blade|lighter|knife|compass)|` +
          '(?:retombee?|rechute|replonge) dans (?:les coupures|la scarification|le automutilation)|' +
          // Not "je me suis brûlé la main sur la plaque": a hand on the oven is an accident.
          'me (?:bruler|brule|brulais|suis brulee?) (?:les |le |la )?(?:bras|mains?(?! (?:sur|avec) (?:le|la) (?:four|plaque|poele|fer))|peau|poignets?|cuisses?)|' +
          'me (?:bruler|brule|brulais|suis brulee?) (?:\\w+ )?(?:avec|a la) (?:une |ma |des )?(?:cigarettes?|briquet|fer)|' +
          'me (?:taper|tape|tapais|cogner|cogne) la tete contre|' +
          // "mon conjoint me frappe quand…" is violence suffered: the writer is the subject here.
          'me(?<!\\b(?:il|elle|ils|elles|qui|on|(?:mon|ma|son|sa|le|la) \\w+) me) (?:frapper|frappe|frappais|griffer|griffe|griffais|mordre|mords|pince) (?:jusque|jusqua|fort|pour|quand)|' +
          `je me (?:frappe|tape|cogne|mords|pince|griffe|gifle|donne des (?:coups|claques|gifles))(?: (?:les |la |le |aux |au |mes |ma |mon )?(?:tete|visage|poings?|mains?|${BODY}))?(?= quand| des que| pour| jusque| chaque| tous| a chaque| des fois| parfois| souvent|\\s*[,.!]|\\s*$)|` +
          'automutil\\w*|' +
          'recommence a me (?:faire du mal|couper|bruler|scarifier|frapper)|' +
          // Stopped, and back: "j'avais arrêté de me couper mais ça recommence", "I used to cut and I started again".
          '(?:avais|had|ive) (?:arrete|stopped) (?:de )?(?:me couper|me scarifier|me faire du mal|cutting|self harming|hurting myself)\\b.{0,40}\\b(?:recommence|revient|again|back)|' +
          'used to (?:cut|self harm|burn)\\b.{0,40}\\b(?:started|again|back)|' +
          'me (?:gratte|griffe) (?:\\S+ ){0,3}(?:jusqua|jusque a|jusque au) (?:l os|le os|sang|saigner)|' +
          `cicatrices? (?:sur|de) mes ${BODY}|` +
          'me suis (?:encore |de nouveau |a nouveau )(?:coupee?|brulee?|frappee?|scarifiee?|fait du mal)|' +
          'me (?:suis )?(?:encore |de nouveau |re)?(?:scarifi|taillad|mutil)\\w*|' +
          'me (?:punis|punir|punissais|punis en)|' +
          'me (?:fais|faire) mal (?:expres|volontairement|quand|pour)|' +
          'jusque a (?:avoir mal|saigner)|' +
          'me (?:recoupe|suis recoupee?)|' +
          'me suis (?:re)?fait (?:des|de nouvelles) (?:coupures|brulures|marques|entailles)|' +
          'me (?:couper|coupe|suis coupee?|bruler|brule|griffer|griffe) (?:\\w+ ){0,3}pour (?:plus|oublier|sentir|me punir|arreter de penser|me calmer)|' +
          '(?:jusque au|jusqu au|jusqua) (?:sang|saigner)|' +
          `(?:mes|my) ${BODY} (?:sont |are )?(?:couverte?s|pleine?s|covered) (?:de|in) (?:marques|cicatrices|coupures|bleus|brulures|marks|scars|cuts|burns|bruises)`,
      ),
      serious: true,
    },
    {
      // Self-harm as people type it: made to vomit, punches to the legs, scars reopened,
      // hurt "on purpose" or "to feel something", a blade taken out, food refused as
      // a punishment, the pain deserved, the cuts worse, a cover story.
      re: any(
        '(?:me fais|me suis fait|me faire|made myself|make myself|making myself) (?:vomir|throw up|sick|vomit)|' +
          '(?:soulage|calme|apaise)\\b.{0,30}\\bquand je me (?:fais mal|coupe|brule)|' +
          `me (?:donne|donnais|suis donne\\w*) des coups (?:de poing |de pied )?(?:dans|sur) (?:les |la |le |mes |ma |mon )?(?:tete|visage|${BODY})|` +
          `(?:rouvert|reouvert|reopened|opened up|picked (?:at|open)) ${W}?(?:cicatrices|scars|plaies|wounds|cuts|coupures)|` +
          `(?:me suis ${W}?(?:brule|cogne|tape|frappe|ecrase|coupe|plante|griffe)e?|(?:brule|burned|burnt|pressed|held|cut|hit|scratched) ${W}{0,4}(?:mon|ma|mes|my) (?:mains?|hands?|${BODY}))(?: \\S+){0,9} (?:expres|volontairement|pas un accident|not an accident|on purpose|deliberately|to feel something|pour (?:ressentir|sentir) quelque chose)|` +
          '(?:arrache\\w*|tire|tirer) (?:les |mes )?cheveux (?:jusq|quand|pour|par poignees)|hair (?:out )?in clumps|' +
          `(?:(?:havent|not|pas|plus) ${W}{0,2})?(?:eat\\w*|ate|mange\\w*|food|repas)\\b.{0,50}\\b(?:dont deserve|merite pas)|` +
          '(?:deserve|merite) (?:the |la )?(?:pain|douleur)|deserve to (?:hurt|suffer)|merite de souffrir|' +
          `(?:cuts|marks|scars|burns|coupures|marques)(?: on my ${BODY})? (?:are|sont) (?:getting |de plus en plus )?(?:worse|deeper|plus profondes|pires)|` +
          `(?:took|taken|got|sorti|ressorti) (?:the |my |la |ma )?${W}{0,2}(?:blade|lame)s? (?:out|de)\\b|` +
          `(?:dug|dig|digging|plante|enfonce) (?:my |mes )?(?:nails|ongles) (?:in|into|dans) (?:my |ma |la )?${BODY}|` +
          '(?:havent|hasnt|cant|couldnt) stop(?:ped)? (?:hurting|cutting|burning|harming) myself|' +
          '(?:je dis|dit|i say|i tell \\w+) (?:que )?(?:ce est|its|it was) (?:la cuisine|le chat|un accident|the cat|an accident|the kitchen)|' +
          '(?:compas|lame|blade)\\b.{0,50}\\b(?:je me|jm|me) en sers|' +
          '(?:jusque a|jusqua) ce que (?:ca|il|elle) saigne|(?:till|until|til) (?:it|they) bled|' +
          'pour me (?:faire (?:du )?mal|punir|blesser)\\b(?! a| au| aux)|to (?:hurt|punish|harm) myself',
      ),
      serious: true,
    },
    {
      // Bleeding that will not stop, said as the person writes.
      re: any('bleeding (?:a lot|so much|heavily)?(?: \\S+){0,2} (?:cant|wont) (?:make it )?stop'),
      now: true,
      serious: true,
      notOther: true,
    },
    {
      // Gone too far: bleeding that will not stop, a cut too deep.
      re: any(
        `me suis (?:coupee?|entaillee?|taillade\\w*) ${W}?trop profond\\w*|` +
          '(?:wont|cant|doesnt|will not|isnt going to) stop bleeding|' +
          '(?:arrete|arrive a arreter|arrive pas a arreter) (?:pas |plus )?(?:de )?(?:saigner|le sang|le saignement)|' +
          'saigne (?:beaucoup|enormement|trop|partout|sans arret)',
      ),
      // Bleeding alone may be anyone's accident ("il s'est coupé au travail, il saigne
      // beaucoup"): the writer's, and beside a sign of self-harm, to count.
      weight: 1,
      now: true,
      serious: true,
      notOther: true,
    },
    { re: any(`cut ${W}?too deep`), weight: 1, now: true, serious: true },
    {
      re: any(
        'je recommence (?:chaque|tous les)|' +
          // "i relapsed on sugar haha": a relapse with something else named is not this.
          'relapsed?(?! (?:on|into|with) (?!self|cutting|sh\\b))|' +
          '(?:rechute|rechuter|rechutee?)(?! (?:sur|dans (?!les coupures|la scarification)))|' +
          '\\d+ (?:days|jours|weeks|semaines|months|mois) (?:clean|sans (?:me couper|me faire du mal|rechuter))|' +
          `(?:clean|streak) ${W}{0,2}(?:gone|broken|fini|perdu|over)`,
      ),
      weight: 1,
    },
    {
      // Blows to a wall or a door, until it bleeds or swells.
      re: any(
        `(?:punched|punch|punching|hit|hitting|slammed|slamming|smashed|bashed) ${W}{0,2}(?:the |a |my )?(?:wall|walls|door|mirror|fist)(?: \\S{1,20}){0,4} (?:until|till|til) ${W}{0,3}(?:bled|bleed|bleeding|split|broke|swell|swelled|swollen|bruised|numb|hurt)|` +
          '(?:slammed|smashed|punched|bashed) my (?:fist|hand|head) (?:into|against) (?:the |a )?(?:wall|door|mirror)|' +
          `(?:tape|tapais|cogne|frappe|frappais|donne des coups de poing) ${W}{0,2}(?:dans|contre) (?:le|les|un) (?:mur|murs|porte|miroir)(?: \\S{1,20}){0,4} (?:jusque a|jusqu a|jusque au) ${W}{0,2}(?:saigner|sang|ouvrir|casser|avoir mal|gonfler|voir des etoiles)|` +
          'me suis (?:cognee?|tapee?|frappee?) (?:la tete|le poing|les poings|la main) (?:contre|dans) (?:le|les|un) (?:mur|murs|porte)|' +
          // The marks hidden: sleeves, foundation, bracelets.
          '(?:hide|hid|hiding|cover|covered|covering) (?:up )?(?:the |my )?(?:marks|cuts|scars|burns)(?! (?:on|in) (?:the|a) (?:wall|floor|table|car|door|sofa|carpet|couch|desk))|' +
          '(?:cache|cacher|cachais|camoufle\\w*) (?:mes |les )?(?:marques|coupures|cicatrices|brulures)|' +
          `(?:manches longues|long sleeves|bracelets?) ${W}{0,3}(?:pour (?:cacher|que personne)|so (?:nobody|no one)|to hide|to cover)(?: \\S{1,20}){0,4} (?:marques|marks|cuts|${BODY})|` +
          `(?:cache|cacher|hide) (?:mes |my )${BODY}(?=.{0,60}\\b(?:marques|marks|cuts|coupures|se voient|show|cicatrices|scars)\\b)|` +
          '(?:sleeves|manches) (?:on|longues) (?:in|en) (?:july|june|august|summer|juillet|juin|aout|ete|plein ete)|' +
          // Cutting again, said in two words.
          '(?:i|ive) (?:cut|relapsed|burned|burnt) (?:last night|yesterday|again|today|this morning|tonight|for the first time|after)|' +
          'self harm(?:ed|ing)? again|' +
          '(?:cutting|cut|burning|hurting myself|harming) again\\b|' +
          'ma lame(?: \\S{1,20}){0,3} (?:me manque|y repense|je y pense)|' +
          'my blade(?: \\S{1,20}){0,3} (?:miss|calls|think)|' +
          `me (?:suis )?(?:re)?fait (?:des|de nouvelles|encore des) (?:marques|coupures|entailles|brulures) (?:sur|aux|a les) (?:les |mes )?${BODY}|` +
          '(?:scratched|scratch|scratching) (?:myself|my skin|my arms?) (?:raw|bloody|until)',
      ),
      serious: true,
    },
    {
      re: any('scarification', 'coupures', 'lame de rasoir', 'self[- ]?harm\\w*'),
      weight: 1,
      topic: true,
    },
    {
      re: any(
        'cut(?:ting)? myself|' +
          `(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|scratch|scratching|scratched|carve|carving|carved) ${W}?my (?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|hands?(?! on (?:the|a)\\b))|` +
          `burn(?:ed|t|ing)? (?:myself|my ${BODY})|` +
          'hurt(?:ing)? myself|' +
          'harm(?:ing)? myself|' +
          '(?:hit|hitting|punch|punching|scratch|scratching) myself|' +
          'started (?:hurting|cutting|burning|harming) (?:myself )?again|' +
          'relapsed?(?: on| into)? (?:self[- ]harm|cutting)|' +
          `scars on my ${BODY}|` +
          `(?:scratch|scratching|scratched|pinch|pinching|bite|biting) my (?:hands?|${BODY}) (?:until|till|so hard)|` +
          'until (?:they|it) bleeds?|' +
          'punish(?:ing|ed)? myself|' +
          '(?:ive been|im|i am|been|started|keep|still) self[- ]?harming|' +
          // Not the figure of speech: "pulling my hair out over the tax form".
          'pull(?:ing|ed)? (?:out )?my hair(?! out (?:over|with|about|because|trying|on|at|for)\\b| (?:over|with|about|because|trying)\\b)(?: out)?|' +
          'until it hurts|' +
          '(?:im|i am|ive been) (?:cutting|burning|hurting|harming)(?=\\s*(?:$|[,.!])| again| myself| my (?:arms?|legs?|wrists?|thighs?|skin)| (?:a lot|more|lately|every))|' +
          '(?:hit|hitting|bang|banging|bash|bashing|slam|slamming) my head (?:against|on|into)|' +
          '(?:cut|burned|burnt|hurt|hit|scratched) (?:myself )?again|' +
          '(?:burn\\w*|brule\\w*)\\b.{0,40}\\b(?:held it there|kept it there|laisse (?:ma main |mon bras )?dessus)',
      ),
      serious: true,
    },
  ],
};
