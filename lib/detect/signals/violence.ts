import { any, type Recogniser } from './cue.ts';

// Violence or harassment suffered: at home, at work, sexual. The writer is the one it
// is done to ("il me frappe", "my manager keeps sending me…"); what happened to someone
// else, or the topic, is not their distress.
const DONE_TO_ME =
  '(?:plaque|plaquee|pousse|poussee|frappe|frappee|gifle|giflee|battu|battue|etrangle|etranglee|secoue|secouee|bouscule|bousculee|cogne|cognee|tabasse|tabassee|viole|violee|agresse|agressee|tripote|tripotee|pelote|pelotee|harcele|harcelee|harcelent|harcelait|humilie|humiliee|humilient|rabaisse|rabaissee|rabaissent|insulte|insultee|insultent|enferme|enfermee|coince|coincee|attrape|attrapee|force|forcee|menace|menacee|menacent|suit partout|espionne|hurle dessus|crie dessus|tire les cheveux|crache dessus|jete par terre)';
export const violence: Recogniser = {
  category: 'violence',
  cues: [
    {
      re: any(
        `me (?:a |ont |avait |avaient |a encore |a deja )?${DONE_TO_ME}\\b(?! (?:a (?:me |te |se )?\\w+(?:er|ir|re|oir)\\b|par (?:sa|son|ses)|sur les nerfs|les nerfs|dans mes habitudes|dans ma routine|dans mon confort))`,
        'me (?:frappe|bat|tape|cogne|gifle|menace|harcele|humilie|rabaisse|insulte|touche|suit) (?:quand|des que|tous les|chaque|encore|souvent|tout le temps|devant)',
        'me (?:traite|traitent|a traitee?) (?:de|comme) (?:une? )?(?:bonne a rien|nulle?|idiote?|incapable|merde|chienne|pute|salope|moins que rien|debile|grosse|chien|esclave|conne?)',
        'commente (?:mon|mes|ma) (?:corps|fesses|seins|poitrine|physique|tenue|decollete|poids)',
        'remarques? (?:sexuelles?|sexistes?|sur mon (?:corps|physique|poids|decollete)|sur mes (?:fesses|seins))',
        'mains baladeuses',
        '(?:main|mains) (?:aux|sur les|sur mes|entre mes) (?:fesses|seins|cuisses|poitrine|jambes)',
        '(?:photos?|messages?|images?|videos?|textos?|sms) (?:deplacees?|obscenes?|a caractere sexuel|intimes|de son sexe|sexuel(?:le)?s?|porno\\w*)',
        'me (?:a |avait )?(?:mis|donne|mettait|file|colle) (?:une claque|une gifle|un coup(?! de (?:main|fil|pouce|telephone|coeur|stress|barre|foudre|genie|chance))|des coups|une baffe|une beigne)',
        '(?:faire du mal|frapper|tabasser|tuer|me tuer|me faire du mal) si (?:je|on) (?:pars|le quitte|la quitte|parle|porte plainte|dis)',
        'se moquent? de moi',
        'me (?:mettent|met|ont mise?|a mise?) a le ecart',
        '(?:hurle|crie|tape|frappe|cogne|tambourine) (?:derriere|contre|a|sur) (?:la|ma) porte',
        'me (?:a |ont )?(?:dit|traitee?|appelee?) (?:que je etais |de )?(?:une? )?(?:incapable|nulle?|idiote?|bonne a rien|moins que rien|conne?)\\b',
        'me (?:a |ont )?(?:touchee? |tripotee? )?(?:les fesses|la poitrine|les seins|la cuisse)',
        'peur de (?:rentrer chez moi|rentrer a la maison|lui|mon mari|mon conjoint|mon copain|mon ex)',
        'me (?:menace|a menacee?|menacent) de (?:mort|me tuer|me frapper|me virer si je parle)',
        'violences? (?:conjugales?|domestiques?|sexuelles?)',
        '\\bma (?:encore |deja |souvent |de nouveau )?(?:frappee?|giflee?|battue?|etranglee?|tabassee?|violee?|agressee?|tripotee?|pelotee?|harcelee?|humiliee?|rabaissee?|insultee?|menacee?|coincee?|poussee?|bousculee?|cognee?|secouee?|plaquee?)\\b',
        '(?:sans mon consentement|pas consenti|force a coucher|oblige(?:e)? a coucher|a abuse de moi)',
        '(?:ai ete|suis|etais) (?:violee|agressee|battue|frappee|harcelee|menacee)',
        'subis (?:du|des|un) (?:harcelement|violences?|agressions?|coups)',
      ),
      weight: 2,
    },
    {
      re: any('harcel\\w*', 'agression sexuelle', 'attouchements?', 'viol\\b'),
      weight: 2,
      topic: true,
    },
    {
      // Someone at the door or in the house now.
      re: any(
        '(?:tape|frappe|cogne|tambourine) (?:contre|a|sur) (?:ma|la) porte',
        'essaie de (?:entrer|rentrer|forcer la porte|defoncer)',
        '(?:banging|pounding|kicking|knocking|hammering) (?:on|at) (?:my|the) (?:door|window)',
        'trying to (?:get in|break in|break the door)',
        '(?:is|hes|shes) (?:outside|at) my (?:door|flat|house|apartment|place)',
        'est (?:devant|en bas de) (?:chez moi|ma porte|mon immeuble)',
        '(?:hes|shes|is) (?:outside|at) (?:the|my) (?:door|window) (?:screaming|shouting|yelling|banging)',
        'je me (?:cache|suis cachee?|suis enfermee?|suis barricadee?) (?:dans|de lui|de elle)',
        '(?:smashing|breaking) things',
        '(?:casser|casse|defoncer|defonce|enfoncer|enfonce|forcer|force) (?:la|ma) porte',
        '(?:breaking|kicking) (?:down )?(?:the|my) door',
        'je suis (?:cachee?|planquee?|enfermee?|refugiee?) (?:chez|dans|sous|derriere|a le)',
      ),
      weight: 2,
      now: true,
      serious: true,
    },
    {
      re: any(
        '(?<!\\bit )(?:hit|slap|punch|kick|push|shov|chok|strangl|grab|pinn?|corner|trapp?|rap|assault|grop|threaten|harass|bull|stalk|insult|humiliat|belittl)\\w* me\\b(?! to \\w+| into| a (?:lot|bit)| up\\b| off\\b| at\\b)',
        'touch\\w* my (?:back|legs?|thighs?|hair|bum|butt|breasts?|chest|waist|bottom)',
        '(?:says|said|comments?|remarks?) (?:things )?about my (?:legs|body|breasts|figure|bum|butt|chest)',
        '(?:im|i am) hiding (?:in|from)',
        '(?:trying|tries|tried|try) to (?:kiss|touch|grope) me',
        '(?:sends?|sent|sending) me (?:threats|threatening)',
        'me (?:envoie|envoient|a envoye) des menaces',
        'locked myself in',
        `(?<!\\bit )(?:hit|hits|slapped|slaps|punched|punches|kicked|kicks|pushed|pushes|shoved|choked|chokes|strangled|grabbed|pinned|cornered|trapped|beat|beats|raped|assaulted|groped|gropes|threatened|threatens|harasses|harassed|bullies|bullied|stalks|stalked|followed|insults|humiliates|humiliated|belittles|belittled|screams at|yells at|shouts at) me(?! to \\w+| into applying| a (?:lot|bit))`,
        'touched me (?:without|inappropriately|against|again|in|when|under)',
        '(?:forced|forces|made) me (?:to have sex|into sex|to sleep with|to do things)',
        'sexual (?:messages|comments|advances|jokes|pictures|photos|texts)',
        '(?:scared|afraid|terrified) (?:to go home|of going home|of him|of her|of my (?:partner|husband|wife|boyfriend|ex))',
        '(?:im|ive been|was|am) being (?:harassed|abused|bullied|stalked|threatened|hit)',
        'comments? on my (?:body|figure|weight|breasts|chest)',
        'threatened to (?:kill|hurt|hit|fire) me',
        '(?:grabbed|twisted|pulled|pinned|squeezed) my (?:arm|wrist|hair|neck|throat)',
        '(?:shouted|screamed|yelled) in my face',
        '(?:hell|he will|shell|she will|theyll|they will|hes going to|shes going to) (?:hurt|kill|hit|beat) me',
        '(?:hurt|kill|hit|beat) me if i (?:leave|tell|go|report)',
        '(?:make|makes|made) fun of me',
        '(?:leave|left|leaving) me out (?:of everything|on purpose)',
        'domestic (?:violence|abuse)',
        '(?:forced|forces|forcing) (?:himself|herself|themselves) on me',
        '(?:without my consent|didnt (?:say yes|consent|want to)|(?:i|id) said no (?:and|but) (?:he|she|they))',
        'abused me',
        'abusive (?:partner|husband|wife|boyfriend|girlfriend|relationship|boss|manager)',
      ),
      weight: 2,
    },
    {
      // He is coming back: a sign, urgent only beside another.
      re: any(
        '(?:il|elle) (?:revient|arrive|remonte|est de retour)(?! (?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine|de vacances|du travail|de le travail|vers|sur|a \\d))',
        '(?:hes|shes|he is|she is) coming back(?! (?:tomorrow|next|on|from))',
      ),
      weight: 1,
      now: true,
      serious: true,
    },
    {
      re: any('harass\\w*', 'bull(?:y|ied|ying)', 'sexual assault', 'rape'),
      weight: 2,
      topic: true,
    },
  ],
};
