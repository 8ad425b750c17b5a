import { any, packedCue, signs, type Recogniser } from './cue.ts';
import { NOT_A_FAREWELL_AFTER } from './ordinary-uses.ts';

// C-SSRS preparatory acts and farewells: goodbye said as if final, thanks "for
// everything, whatever happens next", things given away, letters written, affairs put
// in order.
// ERRAND (spelt out in cues.txt, where the cues that used it now live): A note that says what it is for: the rent, a day off, a reminder.

// A letter left for the people closest: what a farewell leaves.
/** Where the message or its clause ends: nothing after says what it is for. */
const END = '(?=\\s*(?:$|[,.!?]|ok\\b|tbh|ngl|honestly|really|vraiment))';
// One group of alternatives, each closed by END.
const ended = (alternatives: string) => [`(?:${alternatives})${END}`];

// NO_WHILE (spelt out in cues.txt, where the cues that used it now live): A day, a trip or a while named after the words: a sitter asked for, not a farewell.

export const farewell: Recogniser = {
  category: 'farewell',
  cues: [
    // Phone-typed families, first: where two cues start together the earlier is read.
    // A pet placed "in case", a goodbye asked "for me", all one's things given.
    // Thanks for everything, then a last word: "thanks for everything u did, i mean it, bye".
    // Children or pets entrusted "for me", with no day or trip to explain it.
    // No news any more: "tu auras plus de nouvelles de moi", "won't hear from me after today".
    packedCue('farewell-pet-placed-case'),
    // Everything one owns given or sorted, what is left for after, a last message, a
    // goodbye said to everyone, a will, "tell her it's not her fault".
    packedCue('farewell-things-given', { notOther: true }),
    // Signs that add up: if something happens, a pet that will live elsewhere, a note left.
    packedCue('farewell-signs-that-add', { weight: 1, notOther: true }),
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
    // A note, or a letter to someone not close, is an everyday thing ("a note for my
    // flatmate about the rent"): a sign only, and none when it says what it is for.
    packedCue('farewell-note-letter-someone', { weight: 1 }),
    // Meant to be read afterwards: "she'll understand when she finds it".
    packedCue('farewell-meant-read-afterwards', { weight: 1 }),
    // "If you don't hear from me…": told as the end, not as a reminder "by Monday".
    packedCue('farewell-you-don-hear', { weight: 1 }),
    // "t'inquiète pas pour moi après", "don't worry about me afterwards".
    ...signs(
      '(?:inquiete|inquietez) (?:\\S+ )?pas pour moi apres(?=\\s*(?:$|[,.!?]))|(?:dont|do not) worry about me (?:after|afterwards)(?=\\s*(?:$|[,.!?]))',
    ),
    // Absolving the reader of what comes next: "tu n'y es pour rien dans la suite", "none
    // of what happens next is on you".
    packedCue('farewell-absolving-the-reader'),
    // Absolving the reader: "ce n'est pas ta faute", "t'en veux pas", "none of this is on you".
    packedCue('farewell-absolving-the-reader-two', { weight: 1 }),
    packedCue('farewell-vous-avez-ete', { weight: 1 }),
    packedCue('farewell-occupera-occuperont-prendra', { weight: 1 }),
    // "You won't need to chase me any more": told as an absence to come.
    packedCue('farewell-you-won-need'),
    packedCue('farewell-sorted-organised-organized', { weight: 1 }),
    packedCue('farewell-everythings-everything-its', { weight: 1 }),
    packedCue('farewell-ecrit-laisse-envoye'),
    packedCue('farewell-anything-something-happens', { weight: 1 }),
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
    packedCue('farewell-sera-est-voici'),
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
    packedCue('farewell-wanted-want-needed', { weight: 1 }),
    // Not a goodbye card, a goodbye to the team or to an old phone.
    ...signs(`goodbye${NOT_A_FAREWELL_AFTER}`),
    packedCue('farewell-given-gave-giving', { weight: 1 }),
    ...signs(
      'wont be (?:playing|using|needing|seeing|doing) (?:it|them|you|this|that|anything) (?:again|anymore)',
    ),
    packedCue('farewell-merci-pour-avoir', { weight: 1 }),
    packedCue('farewell-wasnt-isnt-was', { weight: 1 }),
    {
      re: any('(?:te|vous) legue', 'legue (?:mes|mon|ma|tout)', '(?:leave|leaving) you my'),
      weight: 1,
    },
    { re: any('prends en (?:bien )?soin', 'take (?:good )?care of (?:it|them) for me'), weight: 1 },
    packedCue('farewell-youve-been-such', { weight: 1 }),
    packedCue('farewell-jamais-arrive-quelque', { weight: 1 }),
    ...signs(
      '(?:mes |les |my )?(?:codes|mots de passe|papiers|cles|passwords|keys|documents|bank details|pins?)(?: (?:de|of|for) \\S+)? (?:sont|are) (?:\\S{1,20} ){0,2}(?:dans|in|sous|under|chez)',
    ),
    ...signs('before i (?:go|leave|die)(?! to| on| for| home| out| back)\\b'),
    packedCue('farewell-prends-prenez-bien', { weight: 1 }),
    { re: any('promets? le moi', 'promise me'), weight: 1 },
    // Preparatory acts in any words: a note for each one, a last message to all.
    packedCue('farewell-mot-une-lettre'),
    packedCue('farewell-gave-given-donne', { weight: 1 }),
  ],
};
