import { any, packedCue, signs, type Recogniser } from './cue.ts';
import { NOT_A_FAREWELL_AFTER } from './ordinary-uses.ts';

// C-SSRS preparatory acts and farewells: goodbye said as if final, thanks "for
// everything, whatever happens next", things given away, letters written, affairs put
// in order.
/** A note that says what it is for: the rent, a day off, a reminder. */
const ERRAND =
  '(?!(?: \\S{1,20}){0,5} (?:about|re(?:garding)?|asking|to (?:ask|remind|say|tell)|for the (?:rent|bills?|keys?)|pour (?:l\\w*|demander|rappeler|prevenir|dire)|au sujet|anniv\\w*|birthday|noel|christmas)\\b)';

// A letter left for the people closest: what a farewell leaves.
/** Where the message or its clause ends: nothing after says what it is for. */
const END = '(?=\\s*(?:$|[,.!?]|ok\\b|tbh|ngl|honestly|really|vraiment))';
// One group of alternatives, each closed by END.
const ended = (alternatives: string) => [`(?:${alternatives})${END}`];

/** A day, a trip or a while named after the words: a sitter asked for, not a farewell. */
const NO_WHILE =
  '(?!.{0,60}\\b(?:ce soir|demain|week ?end|\\w+di|dimanche|vacances|pendant|jusque|while|during|until|till|tonight|tomorrow|\\w+day|holidays?|trip|away|next|this (?:week|evening)|avant|before|\\d+)\\b)';

export const farewell: Recogniser = {
  category: 'farewell',
  cues: [
    // Phone-typed families, first: where two cues start together the earlier is read.
    {
      re: any(
        ...ended(
          '(?:nobody|no one|personne) (?:has|ait) (?:to|a) (?:deal with|gerer) (?:\\S+ ){0,2}(?:after|apres)|' +
            '(?:wont|dont) need (?:them|it|anything)(?: anymore)?|' +
            '(?:ai|aurai) plus besoin de rien',
        ),
        '(?:my|mon|ma|the|le|la) (?:cat|dog|chat|chien) (?:\\S+ ){0,4}(?:for good|pour (?:de bon|toujours))',
        // A pet placed "in case", a goodbye asked "for me", all one's things given.
        '(?:(?:gave|given|confie|trouve|found)\\b.{0,30} )?(?:cat|dog|chat|chien|pet|lapin)s? (?:(?!pendant|during|while)\\S+ ){0,6}(?:just )?(?:in case|au cas ou)\\b',
        'prends soin de toi pour moi|(?:take care of|look after) (?:yourself|urself) for me',
        `(?:last time|the last) (?:you will|youll) hear (?:from|of) me${NO_WHILE}`,
        // Thanks for everything, then a last word: "thanks for everything u did, i mean it, bye".
        `(?:(?:thanks|thank you) for everything|merci pour tout)\\b.{0,40}\\bbye${END}`,
        // Children or pets entrusted "for me", with no day or trip to explain it.
        `(?:take (?:good )?care of|look after|(?:occupe|occuper|occupes) (?:toi|te)? ?de|prends soin de) (?:my|mes|mon|ma) (?:kids|children|son|daughter|babies|cat|dog|pets?|enfants|fils|fille|bebe|chat|chien) (?:for me|pour moi)\\b${NO_WHILE}`,
        // No news any more: "tu auras plus de nouvelles de moi", "won't hear from me after today".
        `(?:tu|vous) (?:auras|aurez|recevras) (?:plus|jamais) (?:de )?(?:nouvelles|messages?) de moi${NO_WHILE}`,
        'you wont (?:hear from|see) me (?:after (?:today|tonight|this))',
        'been nice knowing you',
        '(?:when|after) im gone(?! (?:to|for|on)\\b)',
      ),
    },
    // Everything one owns given or sorted, what is left for after, a last message, a
    // goodbye said to everyone, a will, "tell her it's not her fault".
    packedCue('farewell-things-given', { notOther: true }),
    {
      // Signs that add up: if something happens, a pet that will live elsewhere, a note left.
      re: any(
        'if (?:anything|something) happens|si il me arrive (?:quelque chose|un truc)|if (?:u|you) dont hear from me|' +
          '(?:prendra|gardera|will take|will have) (?:\\S+ ){0,2}(?:chat|chien|cat|dog)|(?:chat|chien|cat|dog|poisson rouge) (?:ira|will go) chez|' +
          '(?:letter|lettre) (?:in|dans) (?:my|mon)',
      ),
      weight: 1,
      notOther: true,
    },
    // Signs that need another, each counted on its own.
    ...[
      ...ended('(?:remember me|garde un bon souvenir de moi)(?: well)?'),
      ...ended('you were (?:a )?(?:good|great|kind|the best)(?: mentor| friend)?'),
      ...ended('tout (?:explique|arrange|prevu|regle)|sorted (?:out )?everything(?: out)?'),
      '(?:deleted|supprime|efface) (?:all )?(?:my|mes) (?:socials|comptes|accounts)(?! for| pour)',
      '(?:made|updated|changed|rewrote|mis a jour|change|refait) (?:my|a|mon) (?:will|testament)\\b(?! with| chez)',
      'dont blame yourself',
      // A last word, a task beyond the writer, something left "for after".
      ...ended(
        '(?:for|pour) (?:after|apres)|(?:je )?(?:pourrai|pourrais) plus|i wont be able to(?: anymore)?',
      ),
      '(?:je )?(?:te|vous) (?:embeterai|derangerai|ennuierai|embete|derange) plus(?! (?:avec|pour|a propos|au sujet|de|ce))',
      // Things handed on, a will, what the reader meant: "you can have my bike", "left
      // everything to my niece", "know that you mattered".
      '(?:you can (?:have|keep)|je te laisse|tu peux garder) (?:my|mon|ma|mes)\\b',
      '(?:left|leave|leaving) everything to',
      '(?:know|sache) (?:that )?(?:you|tu|que tu) (?:mattered|as compte)',
      `(?:merci (?:de|pour) (?:avoir ete|etre) la|(?:thank you|thanks) for (?:always )?being there)${END}`,
    ].flatMap((sign) => signs(sign)),
    packedCue('farewell-adieu'),
    packedCue('farewell-goodbye'),
    ...signs('quoi que il (?:arrive|se passe)'),
    // Debts settled: a sign, beside another.
    ...signs('(?:paid off|settled|rembourse|regle) (?:all |toutes )?(?:my|mes) (?:debts|dettes)'),
    {
      // A note, or a letter to someone not close, is an everyday thing ("a note for my
      // flatmate about the rent"): a sign only, and none when it says what it is for.
      re: any(
        `(?:ecrit|laisse|prepare|redige) (?:des|une|mes|quelques|un) (?:lettres?|mots?) (?:pour|a) (?:ma|mon|mes|ceux)${ERRAND}|` +
          `(?:wrote|written|writing|left) (?:letters|a letter|a note|notes) (?:for|to) (?:my|the|everyone)${ERRAND}`,
      ),
      weight: 1,
    },
    {
      // Meant to be read afterwards: "she'll understand when she finds it".
      re: any(
        '(?:il|elle|ils|elles) (?:comprendr\\w*|(?:la|le) (?:trouvera|trouveront|lira|liront))|' +
          '(?:shell|hell|theyll|she will|he will|they will) understand|' +
          'when (?:she|he|they) (?:finds?|reads?) (?:it|them|this)',
      ),
      weight: 1,
    },
    {
      // "If you don't hear from me…": told as the end, not as a reminder "by Monday".
      re: any(
        '(?:si|if) (?:jamais )?(?:tu|vous|you) (?:as|avez|ai|have|get|dont (?:hear|get)|no longer (?:hear|get)|stop hearing) (?:plus|aucune|any more|anymore|no)? ?(?:de |des )?(?:nouvelles|news|from me)(?!.{0,30}\\b(?:de ici|avant|by|before|until|jusque|lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday|demain|tomorrow|ce soir|tonight|dans)\\b)|' +
          '(?:if|when) you (?:dont|never|no longer) hear from me (?:after|again|anymore|ever)|' +
          'si (?:jamais )?je (?:reponds|reponde|donne) plus(?! a (?:ce|cette|ces|le|la|les))|' +
          'si (?:jamais )?je (?:suis|serai) plus la(?! (?:demain|lundi|la semaine|cet))',
      ),
      weight: 1,
    },
    // "t'inquiète pas pour moi après", "don't worry about me afterwards".
    ...signs(
      '(?:inquiete|inquietez) (?:\\S+ )?pas pour moi apres(?=\\s*(?:$|[,.!?]))|(?:dont|do not) worry about me (?:after|afterwards)(?=\\s*(?:$|[,.!?]))',
    ),
    {
      // Absolving the reader of what comes next: "tu n'y es pour rien dans la suite", "none
      // of what happens next is on you".
      re: any(
        '(?:tu|vous) y (?:es|etes) pour rien (?:dans|pour) (?:la suite(?! (?:du|de|des)\\b)|ce qui (?:va )?(?:suivre|arriver|se passer))|' +
          '(?:none of )?what(?:s| is)? (?:comes|happens|coming|happening|going to happen) (?:next )?(?:is|isnt|will be|wont be) (?:not )?(?:on you|your fault)',
      ),
    },
    {
      // Absolving the reader: "ce n'est pas ta faute", "t'en veux pas", "none of this is on you".
      re: any(
        '(?:none of )?(?:this|it|that) (?:is|isnt|was) (?:not )?on you|' +
          'none of (?:this|it|that) (?:is|was) (?:your|anyones|his|her) fault|' +
          '(?:ne )?(?:te|vous) en (?:veux|voulez) (?:pas|surtout pas|jamais)|' +
          '(?:tu as|te as|vous avez|you did|youve done) (?:fait )?(?:tout|everything|all) (?:ce que|ce qui etait|you) (?:tu pouvais|vous pouviez|tu as pu|te as pu|vous avez pu|could|possible|en ton pouvoir)|' +
          '(?:tu|vous) y (?:es|etes) pour rien(?! (?:dans|pour) (?:le|la|les|ce|cette|mon|ma) (?!suite\\b))|' +
          'you did (?:everything|all) you could',
      ),
      weight: 1,
    },
    {
      re: any(
        '(?:tu|te|vous) (?:as|avez) ete (?:\\S{1,20} )?(?:geniale?|top|super|incroyable|formidable|parfaite?|adorable|la meilleure?|tellement bien)(?: avec moi)?|' +
          '(?:thanks|thank you) for believing in me|' +
          'merci de avoir cru en moi',
      ),
      weight: 1,
    },
    {
      re: any(
        '(?:se en occupera|se en occuperont|en prendra soin|en prendront soin) mieux|' +
          '(?:saura|sauront|will) (?:mieux|better) (?:se en occuper|en prendre soin|take care of (?:it|him|her|them)|look after (?:it|him|her|them)) (?:que moi|than me|than i)|' +
          '(?:vous|tu) (?:aurez|auras) plus (?:besoin de|a) (?:me|moi)(?! (?:courir apres|relancer|rappeler|chercher|attendre|supporter))',
      ),
      weight: 1,
    },
    {
      // "You won't need to chase me any more": told as an absence to come.
      re: any(
        '(?:vous|tu) (?:aurez|auras) plus besoin de me (?:courir apres|relancer|rappeler a le ordre|chercher|attendre|supporter)|' +
          'you (?:wont|will not|wont ever) (?:have|need) to (?:chase|remind|check on|worry about|put up with|deal with) me (?:anymore|again|ever)',
      ),
    },
    {
      re: any(
        '(?:sorted|organised|organized|wrote down|left|put) (?:out )?(?:all )?my (?:passwords|bank|accounts|papers|paperwork|codes|will|insurance|affairs)(?! into| in a| in the app)|' +
          '(?:ecrit|note|range|laisse|organise|trie) (?:tous )?mes (?:mots de passe|codes|papiers|comptes|affaires bancaires)',
      ),
      weight: 1,
    },
    {
      re: any(
        '(?:everythings|everything is|its all|all) in order(?! for| before| to)|' +
          'tout est en ordre(?! pour| avant)',
      ),
      weight: 1,
    },
    {
      re: any(
        '(?:ecrit|laisse|envoye) (?:un mot |une lettre |un message )?a (?:chacun|chacune|tous|toutes) (?:de mes|mes) (?:proches|amis|amies|enfants|freres|soeurs)(?! pour (?:annoncer|inviter|dire que|les inviter|leur annoncer))|' +
          '(?:wrote|written|texted|messaged) (?:to )?(?:each of|every one of|all of) my (?:friends|family|loved ones|kids)(?! (?:to|about) (?:invite|announce|tell them about))|' +
          '(?:wrote|written) to everyone i love',
      ),
    },
    {
      re: any(
        'if (?:anything|something) happens\\b|' +
          'si (?:jamais )?il (?:se passe|arrive|me arrive) (?:quelque chose|qqch|un truc|malheur)|' +
          '(?:password|passcode|pin|code|key|mot de passe)s? (?:\\S{1,20} ){0,3}(?:is|est|are|sont) (?:\\S{1,20} ){0,2}(?:in|dans|sous|under|on|sur) (?:the|my|le|la|mon|ma) (?:drawer|tiroir|desk|bureau|notebook|carnet|fridge|frigo)|' +
          '(?:found|find|finding|trouve|cherche) (?:a |une |un )?(?:new )?(?:home|family|famille|foyer|quelque un) (?:for|pour) (?:my|mon|ma|mes) (?:dog|cat|pets?|rabbit|bird|chien|chat|chats|chiens|lapin)',
      ),
      weight: 1,
    },
    ...signs(
      '(?:shell|hell|theyll|she will|he will|they will|il sera|elle sera|ils seront) (?:be )?(?:happier|better off|plus heureux|plus heureuse|plus heureux|mieux) (?:there|with them|la bas|avec eux|avec elle|avec lui)',
    ),
    ...signs(
      'avant (?:que je parte|de partir|mon depart)(?! en| pour| a | au| lundi| demain| ce soir| en vacances)',
    ),
    ...signs(
      'merci pour tout(?!.{0,60}\\b(?:stage|semaine|soiree|job|poste|equipe|accueil|pot|vacances|bientot|lundi|demain|super|genial|top)\\b)',
    ),
    ...signs(
      'prends soin de toi',
      'ce est mieux comme ca',
      'tout est range',
      'pardon pour tout',
      'vous inquietez pas pour moi',
      'merci (?:de|pour) (?:avoir ete|etre) la pour moi',
      '(?:je )?(?:te |vous |le )?oublierai (?:pas|jamais)',
    ),
    ...signs(
      'au revoir(?! et a| a| et bonne)(?!.{0,60}\\b(?:stage|semaine|soiree|job|poste|equipe|accueil|pot|vacances|bientot|lundi|demain|super|genial|top)\\b)',
    ),
    ...signs(
      'desolee? pour tout',
      '(?:une|pour la) derniere fois',
      '(?:range|trie|vide) (?:mon|ma|mes|tout)(?! bureau| mails| dossiers)',
    ),
    ...signs('tu as ete (?:\\S{1,20} ){0,3}(?:important|importante|precieux|precieuse) pour moi'),
    // The end told quietly: "moi je n'irai pas plus loin", "none of it will matter soon",
    // a good memory of what we had; signs that add up.
    ...signs(
      `(?:je )?(?:irai|vais|ira|continuerai) (?:pas|plus) (?:plus )?loin${END}`,
      `i (?:wont|will not|cant|cannot) go (?:on )?(?:any )?(?:further|farther)(?: than this)?${END}(?<!\\b(?:hike|walk|run|trail|road|path|climb)\\b.{0,60})`,
      '(?:ca|cela|tout ca|plus rien|rien) (?:\\S+ )?(?:aura|auront|aurait|va avoir) (?:bientot )?(?:plus |aucune )?(?:de )?importance(?! pour (?:le|la|les|ce|cette|mon|ma|la suite de le|le projet))',
      '(?:(?:it|none of (?:it|this|that)|nothing) (?:wont|will not|wont even|will no longer|isnt going to)|(?:none of (?:it|this|that)|nothing) (?:will|is going to)) matter (?:anymore|any more|soon|by then|after (?:today|tonight|this))',
      '(?:garde|gardez|keep) (?:un bon souvenir|a good memory|good memories) (?:de|of) (?:moi|nous|nos|notre|me|us|our)\\b',
    ),
    // A last message said as such, nothing after it: "ce sera sans doute mon dernier
    // message", "this will be my last message" (not "of the day", "before the holidays").
    {
      re: any(
        '(?:ce (?:sera|est)|voici|here is|heres|this (?:will be|is)) (?:sans doute |surement |probablement |probably |likely |surely |prob )?(?:mon|my) (?:tout )?(?:dernier message|last message|last text)(?! (?:avant|de la|du|pour|sur|before|of the|for|about|re|regarding|a le|au|today|tonight|ce soir|aujourde hui))(?=\\s*(?:$|[.!?]))',
      ),
    },
    ...signs(
      '(?:oublie|forget) (?:pas|jamais|never) (?:ca|cela|that|me|moi)',
      '(?:occupe toi|te occuper|vous occuper) de (?:mon|ma|mes) (?:chat|chien|enfants|plantes)',
      '(?:look after|take care of) my (?:cat|dog|kids|children|plants|pets?)',
      'thank you for everything',
      'thanks for everything',
      'you meant (?:a lot|so much|everything)',
      // Not "whatever happens with the interview": an outcome, not what comes after.
      'whatever happens(?! (?:next )?(?:with|at|in|on|to|for)\\b)',
      'take care of (?:yourself|my)',
      'sorry for everything',
    ),
    {
      re: any(
        '(?:wanted|want|needed) (?:you|someone|somebody|anyone) to know|' +
          '(?:voulais|voulait|veux) (?:juste )?que (?:tu|vous|quelque un) (?:le )?(?:saches|sachiez|sache)',
      ),
      weight: 1,
    },
    // Not a goodbye card, a goodbye to the team or to an old phone.
    ...signs(`goodbye${NOT_A_FAREWELL_AFTER}`),
    {
      re: any(
        '(?:given|gave|giving) (?:away )?my \\w+ to|' +
          '(?:donne|offert|laisse) (?:mon|ma|mes) \\w+ a (?:ma|mon|mes)',
      ),
      weight: 1,
    },
    ...signs(
      'wont be (?:playing|using|needing|seeing|doing) (?:it|them|you|this|that|anything) (?:again|anymore)',
    ),
    {
      re: any(
        'merci (?:de|pour) (?:avoir essaye|tout ce que tu as fait|avoir tente)|' +
          'thank you for trying|' +
          'thanks for trying',
      ),
      weight: 1,
    },
    {
      re: any(
        '(?:wasnt|isnt|was not|is not) (?:your|their|his|her|anyones) fault|' +
          '(?:ce est|ce etait) pas (?:ta|leur|sa|votre) faute',
      ),
      weight: 1,
    },
    {
      re: any('(?:te|vous) legue', 'legue (?:mes|mon|ma|tout)', '(?:leave|leaving) you my'),
      weight: 1,
    },
    { re: any('prends en (?:bien )?soin', 'take (?:good )?care of (?:it|them) for me'), weight: 1 },
    {
      re: any(
        'youve been (?:such )?(?:a )?(?:good|great|true|real|wonderful|amazing) (?:friend|mentor)|' +
          'tu as ete (?:une? )?(?:vraie? |super |bonne? |belle )?(?:amie?|mentor|soutien)',
      ),
      weight: 1,
    },
    {
      re: any(
        'si (?:jamais )?il me arrive (?:quelque chose|qqch|un truc|malheur)|' +
          'if (?:anything|something) (?:ever )?happens to me',
      ),
      weight: 1,
    },
    ...signs(
      '(?:mes |les |my )?(?:codes|mots de passe|papiers|cles|passwords|keys|documents|bank details|pins?)(?: (?:de|of|for) \\S+)? (?:sont|are) (?:\\S{1,20} ){0,2}(?:dans|in|sous|under|chez)',
    ),
    ...signs('before i (?:go|leave|die)(?! to| on| for| home| out| back)\\b'),
    {
      re: any(
        '(?:prends|prenez) (?:bien )?soin de (?:ma|mon|mes) \\w+ pour moi|' +
          'take (?:good )?care of my \\w+ for me',
      ),
      weight: 1,
    },
    { re: any('promets? le moi', 'promise me'), weight: 1 },
    // Preparatory acts in any words: a note for each one, a last message to all.
    {
      re: any(
        '(?:un mot|une lettre|a note|a letter|written) (?:\\S{1,20} ){0,2}(?:pour|a|for|to) (?:chacune?|each|every one) (?:de |of )?(?:mes|my)|' +
          '(?:dernier message|last message|last text) (?:a|to) (?:tout le monde|everyone)',
      ),
    },
    {
      re: any(
        '(?:gave|given|donne) (?:away )?(?:my|mes|mon|ma) \\w+ (?:a|to)|' +
          '(?:merci|thank you|thanks) (?:de avoir|for) (?:essaye|trying)',
      ),
      weight: 1,
    },
  ],
};
