import { any, type Recogniser } from './cue.ts';
import { FOR_ME } from './ordinary-uses.ts';

// Asked after the place is matched (cheap): a known aggressor before it, or a sign after.
const AGGRESSOR =
  '(?:(?<=\\b(?:ex|exs|mari|conjoint|copain|mec|pere|husband|partner|boyfriend|dad|father|stepdad|stalker|harceleur)\\b.{0,70})|(?=.{0,80}\\b(?:peur|scared|afraid|terrified|menace\\w*|threat\\w*|tape|frappe|cogne|hurle|crie|banging|screaming|shouting|yelling|bourre|drunk|wont leave)\\b))';

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
        `me(?<!\\bje me) (?:a |ont |avait |avaient |a encore |a deja )?${DONE_TO_ME}\\b(?! (?:a (?:me |te |se )?\\w+(?:er|ir|re|oir)\\b|par (?:sa|son|ses)|sur les nerfs|les nerfs|dans mes habitudes|dans ma routine|dans mon confort))|` +
          'me (?:frappe|bat|tape|cogne|gifle|menace|harcele|humilie|rabaisse|insulte|touche|suit) (?:quand|des que|tous les|chaque|encore|souvent|tout le temps|devant)|' +
          'me (?:traite|traitent|a traitee?) (?:de|comme) (?:une? )?(?:bonne a rien|nulle?|idiote?|incapable|merde|chienne|pute|salope|moins que rien|debile|grosse|chien|esclave|conne?)|' +
          'commente (?:mon|mes|ma) (?:corps|fesses|seins|poitrine|physique|tenue|decollete|poids)|' +
          'remarques? (?:sexuelles?|sexistes?|sur mon (?:corps|physique|poids|decollete)|sur mes (?:fesses|seins))|' +
          'mains baladeuses|' +
          'si je (?:couche|couchais|sors|sortais|dine|dinais) pas avec (?:lui|elle)|' +
          '(?:main|mains) sur (?:la |ma |mes |les )?(?:cuisses?|fesses?|poitrine|seins|jambes?|genou)|' +
          '(?:virer|renvoyer|licencier|pas renouveler) si je (?:couche|sors|dine|accepte) pas|' +
          'me (?:laisse|laissent) (?:pas|plus|jamais) (?:voir|sortir|parler|travailler|avoir)|' +
          '(?:prend|prends|confisque|controle|surveille) (?:tout )?(?:mon argent|mon salaire|ma carte|mes comptes|mon telephone|mes messages)|' +
          '(?:main|mains) (?:aux|sur les|sur mes|entre mes) (?:fesses|seins|cuisses|poitrine|jambes)|' +
          '(?:photos?|messages?|images?|videos?|textos?|sms) (?:deplacees?|obscenes?|a caractere sexuel|intimes|de son sexe|sexuel(?:le)?s?|porno\\w*)|' +
          'me(?<!\\bje me) (?:a |avait )?(?:mis|donne|mettait|file|colle) (?:une claque|une gifle|un coup(?! de (?:main|fil|pouce|telephone|coeur|stress|barre|foudre|genie|chance))|des coups|une baffe|une beigne)|' +
          '(?:faire du mal|frapper|tabasser|tuer|me tuer|me faire du mal) si (?:je|on) (?:pars|le quitte|la quitte|parle|porte plainte|dis)|' +
          'se moquent? de moi|' +
          'me (?:mettent|met|ont mise?|a mise?) a le ecart|' +
          '(?<!\\ba )(?<!\\bai )(?:hurle|crie) (?:derriere|contre|a|sur) (?:la|ma) porte(?! pour (?:livrer|me dire|demander))|' +
          'me (?:a |ont )?(?:dit|traitee?|appelee?) (?:que je etais |de )?(?:une? )?(?:incapable|nulle?|idiote?|bonne a rien|moins que rien|conne?)\\b|' +
          'me (?:a |ont )?(?:touchee? |tripotee? )?(?:les fesses|la poitrine|les seins|la cuisse)|' +
          'peur de (?:rentrer chez moi|rentrer a la maison|lui|mon mari|mon conjoint|mon copain|mon ex)|' +
          'me (?:menace|a menacee?|menacent) de (?:mort|me tuer|me frapper|me virer si je parle)|' +
          'me (?:tape|tapent|tapait|cogne|cognent|frappe|frappent|saute) dessus|' +
          'me (?:bat|battent|battait|battaient)\\b(?! (?:a|aux|au|toujours|encore a|souvent a|froid))|' +
          '\\bma (?:encore |deja |souvent |de nouveau )?(?:frappee?|giflee?|battue?|etranglee?|tabassee?|violee?|agressee?|tripotee?|pelotee?|harcelee?|humiliee?|rabaissee?|insultee?|menacee?|coincee?|poussee?|bousculee?|cognee?|secouee?|plaquee?)\\b|' +
          '(?:sans mon consentement|pas consenti|force a coucher|oblige(?:e)? a coucher|a abuse de moi)|' +
          '(?:ai ete|suis|etais) (?:violee|agressee|battue|frappee|harcelee|menacee)|' +
          'subis (?:du|des|un) (?:harcelement|violences?|agressions?|coups)|' +
          // Pictures never asked for; a contract or a promotion against a favour.
          '(?:me )?(?:envoie|envoient|envoyait|a envoye|balance|montre) (?:encore )?des (?:photos|images|videos|messages|nudes|dick pics) (?:\\S{1,20} ){0,3}(?:que je ai (?:jamais|pas) demandee?s|pas demandee?s|sans que je demande|de lui|de son corps|de elle|intimes|la nuit)|' +
          '(?:contrat|renouvellement|promo|promotion|poste|cdi|augmentation|stage) (?:\\S{1,20} ){0,4}(?:depend|depende|dependra|depends?) (?:\\S{1,20} ){0,3}(?:si je (?:dine|sors|couche|suis gentille|accepte)|de (?:mon|ma) (?:gentillesse|disponibilite)|de si je)|' +
          'si je (?:voulais|veux) (?:la |le |mon |ma )?(?:promo|promotion|poste|cdi|contrat|augmentation|stage) (?:\\S{1,20} ){0,4}\\W?(?:gentille|sympa avec lui|sortir avec|coucher|diner avec)|' +
          '(?:garde|prend|confisque|a pris) (?:ma|mes) (?:carte bleue|carte bancaire|cb|carte|salaire|paie|argent)\\b(?!.{0,40}\\b(?:oublie|perdu|pendant que|en deplacement|vacances|le temps que|en attendant|recupere|refaire)\\b)|' +
          'me (?:donne|laisse|file) (?:\\d+|quelques) (?:euros|balles) par (?:semaine|mois|jour)|' +
          '(?:lit|fouille|verifie|controle|regarde) (?:tous )?mes (?:messages|textos|sms|mails|telephone)(?=.{0,60}\\b(?:peux plus|plus le droit|interdit|sans arret|tous les soirs|chaque soir|jaloux)\\b)|' +
          'menace\\w* de (?:publier|diffuser|envoyer|balancer|montrer|poster) (?:mes|nos) (?:photos|videos|nudes|messages)|' +
          'si je (?:le|la) (?:quitte|quittais|quitterais|quitte un jour) (?:\\S{1,20} ){0,2}(?:il|elle) (?:me (?:retrouverait|retrouvera|tuerait|tuera|fera|ferait|pourrira)|se (?:tuerait|tuera|vengera))|' +
          '(?:debarque|se pointe|rode|traine|attend) (?:\\S{1,20} ){0,2}(?:devant|en bas de) (?:chez moi|mon immeuble|mon travail|mon boulot|mon bureau) (?:tous les|sans arret|tout le temps|encore|chaque)|' +
          '(?:plus le droit|pas le droit|interdit) de (?:sortir|voir|parler|travailler|me habiller)(?: \\S{1,20}){0,2} (?:sans (?:lui|elle|son accord|sa permission)|seule?)|' +
          'me (?:prend|prends|confisque|fouille) (?:mon|ma|mes) (?:telephone|tel|portable|carte|argent|salaire|cles|papiers)|' +
          'je (?:peux|ai) plus (?:le droit de )?(?:voir|sortir avec|parler a) (?:mes|ma|mon) (?:amies?|amis|copines?|famille|parents|soeur|mere)',
      ),
    },
    {
      re: any(
        'harcel(?<!\\b(?:te|vous|les|le|la|lui|leur) harcel)\\w*|' +
          'agression sexuelle|' +
          'attouchements?|' +
          'viol\\b',
      ),
      topic: true,
    },
    {
      // Knocking at the door: a joke marker undoes it ("keeps knocking on the door… lol").
      re: any(
        '(?<!\\ba )(?<!\\bai )(?:tape|frappe|cogne|tambourine) (?:derriere|contre|a|sur) (?:ma|la) porte(?! pour (?:livrer|me dire|demander))|' +
          '(?:banging|pounding|kicking|knocking|hammering) (?:on|at) (?:my|the) (?:door|window)',
      ),
      now: true,
    },
    {
      // Someone at the door or in the house now.
      re: any(
        'essaie de (?:entrer|rentrer|forcer la porte|defoncer)|' +
          'i (?:dont|do not) feel safe(?! (?:with|about|using|sharing|leaving) (?:the|this|that|my|our) (?:plan|app|code|data|laptop|car))|' +
          '(?:je suis|je me sens|im|i feel|i am) (?:vraiment |really )?(?:en danger|in danger|not safe|pas en securite)(?! de (?:rater|perdre|louper))|' +
          'trying to (?:get in|break in|break the door|(?:break|kick|force|smash) (?:down |in |open )?(?:the |my )?(?:\\w+ )?door)|' +
          // At the door is a threat only beside a known aggressor or a sign of one: not the plumber.
          `(?:is|hes|shes) (?:outside|at) my (?:door|flat|house|apartment|place)${AGGRESSOR}|` +
          `est (?:devant|en bas de) (?:chez moi|ma porte|mon immeuble)${AGGRESSOR}|` +
          '(?:hes|shes|is) (?:outside|at) (?:the|my) (?:door|window) (?:screaming|shouting|yelling|banging)|' +
          `je me (?:cache|suis cachee?|suis enfermee?|suis barricadee?) (?:dans|de lui|de elle)${FOR_ME}|` +
          '(?:smashing|breaking) things|' +
          '(?:casser|casse|defoncer|defonce|enfoncer|enfonce|forcer|force) (?:la|ma) porte|' +
          '(?:breaking|kicking) (?:down )?(?:the|my) door|' +
          `(?:im|i am) (?:locked|hiding|shut) in (?:the|my) (?:toilet|bathroom|bedroom|room|car|loo)${FOR_ME}|` +
          '(?:hes|shes|he has|she has) got a (?:knife|gun|weapon|bat)|' +
          '(?:il|elle|hes|shes|he|she) (?:est |is )?(?:la|ici|rentree?|devant|here|home|back|outside|inside)(?: \\S{1,20}){0,4} (?:va|veut|going to|wants to|will) (?:me )?(?:tuer|frapper|buter|faire du mal|kill me|hurt me|hit me|beat me)|' +
          `je suis (?:cachee?|planquee?|enfermee?|refugiee?) (?:chez|dans|sous|derriere|a le)${FOR_ME}|` +
          '(?:il|elle) a (?:un|une) (?:couteau|arme|flingue|pistolet|batte)',
      ),
      now: true,
      serious: true,
    },
    {
      re: any(
        'touch\\w* my (?:back|legs?|thighs?|hair|bum|butt|breasts?|chest|waist|bottom)|' +
          '(?:says|said|comments?|remarks?) (?:things )?about my (?:legs|body|breasts|figure|bum|butt|chest)|' +
          '(?:im|i am) hiding (?:in|from)|' +
          '(?:trying|tries|tried|try) to (?:kiss|touch|grope) me|' +
          '(?:sends?|sent|sending) me (?:threats|threatening)|' +
          'me (?:envoie|envoient|a envoye) des menaces|' +
          'locked myself in|' +
          '(?<!\\bit )(?:(?:hit|slap|punch|kick|push|shov|chok|strangl|grab|pin(?!g)n?|corner|trapp?|rap|assault|grop|threaten|harass|bull|stalk|insult|humiliat|belittl)\\w*|beats?|followed|(?:scream|yell|shout)s at) me\\b(?! to \\w+| into applying| a (?:lot|bit)| up\\b| back\\b| off\\b| at\\b)|' +
          'touched me (?:without|inappropriately|against|again|in|when|under)|' +
          '(?:forced|forces|made) me (?:to have sex|into sex|to sleep with|to do things)|' +
          'sexual (?:messages|comments|advances|jokes|pictures|photos|texts)|' +
          '(?:scared|afraid|terrified) (?:to go home|of going home|of him|of her|of my (?:partner|husband|wife|boyfriend|ex))|' +
          '(?:im|ive been|was|am) being (?:harassed|abused|bullied|stalked|threatened|hit)|' +
          'comments? on my (?:body|figure|weight|breasts|chest)|' +
          'threatened to (?:kill|hurt|hit|fire) me|' +
          '(?:grabbed|twisted|pulled|pinned|squeezed) my (?:arm|wrist|hair|neck|throat)|' +
          '(?:shouted|screamed|yelled) in my face|' +
          '(?:hell|he will|shell|she will|theyll|they will|hes going to|shes going to) (?:hurt|kill|hit|beat) me(?! up\\b)|' +
          '(?:hurt|kill|hit|beat) me if i (?:leave|tell|go|report)|' +
          '(?:make|makes|made) fun of me|' +
          '(?:leave|left|leaving) me out (?:of everything|on purpose)|' +
          '(?:forced|forces|forcing) (?:himself|herself|themselves) on me|' +
          '(?:without my consent|didnt (?:say yes|consent|want to)|(?:i|id) said no (?:and|but) (?:he|she|they))|' +
          'abused me|' +
          '(?:fire|sack) me (?:\\S{1,20} )?if i (?:dont|didnt|wont|refuse to) (?:go out|sleep|have dinner|date)|' +
          '(?:wont|doesnt|never) let me (?:see|go out|have|talk to|leave|work|use)|' +
          '(?:takes|took|controls|checks|keeps) (?:all )?(?:my money|my salary|my cards?|my phone|my bank)|' +
          '(?:keeps?|kept|always|wont stop|doesnt stop|wont leave me alone|constantly) (?:\\S{1,20} )?(?:touching|grabbing|groping|hitting|following|harassing|threatening|cornering) me|' +
          '(?:keeps|kept|always|still) (?:turning|showing) up (?:at|outside|in front of) my (?:building|house|flat|work|office|door|place)|' +
          'if i (?:leave|left) (?:him|her) (?:\\S{1,20} ){0,2}(?:hell|he will|hed|he would|shell|she will|shed|she would) (?:find|kill|hurt|ruin|come after)|' +
          'abusive (?:partner|husband|wife|boyfriend|girlfriend|relationship|boss|manager)|' +
          'threaten\\w* to (?:post|share|send|leak|publish|show) (?:my|our) (?:pics|pictures|photos|nudes|videos|texts)|' +
          '(?:sends?|sent|sending|keeps sending) me (?:\\S{1,20} ){0,2}(?:pics|pictures|photos|images|videos|nudes) (?:\\S{1,20} ){0,2}(?:i never asked for|i didnt ask for|i didnt want|of himself|of herself|unsolicited)|' +
          '(?:contract|renewal|promotion|job|visa|raise|reference) (?:\\S{1,20} ){0,3}depends on (?:me )?(?:being |going |sleeping |having )(?:nice|friendly|out|with|dinner|drinks)|' +
          '(?:checks|reads|goes through|monitors) my (?:phone|messages|texts|emails) (?:every|each|all the time|constantly)|' +
          '(?:takes|took|keeps|controls) (?:all )?my (?:pay|paycheck|wages|card|bank card|salary)',
      ),
    },
    {
      // Hostility aimed at the writer, whatever the words: insulted in front of others,
      // shouted at, laughed at, followed, messaged at night, waited for.
      re: any(
        '(?:calls|called) me (?:a |an )?\\w+(?: \\w+)? (?:in front of|every|all the time|constantly|at every)|' +
          '(?:screams?|screamed|yells?|yelled|shouts?|shouted|swears?|swore|throws? (?:\\S{1,20} ){0,2}|threw (?:\\S{1,20} ){0,2})at me\\b|' +
          '(?:laugh|laughs|laughed|laughing) at me\\b|' +
          'me traite(?:nt)? de (?!tous|rien|temps)\\w+|' +
          '(?:rigolent|rient|se marrent|se foutent) de moi|' +
          'me (?:hurle|crie|gueule)(?:nt)? dessus|' +
          '(?:keeps?|wont stop|doesnt stop|arrete pas de) (?:messaging|texting|calling|ringing|following|me envoyer|me appeler|me ecrire|me suivre)(?: me)?\\b(?=.{0,60}\\b(?:\\d+ ?am|everywhere|partout|peur|scared|afraid)\\b)|' +
          '(?:turned|showed|turns|shows) up (?:at|outside) my (?:building|house|flat|work|office|door|place)|' +
          '(?:mon|my) ex (?:\\S{1,20} ){0,3}(?:me attend|attend devant|waits? for me|waiting for me|me suit|follows me)',
      ),
    },
    {
      // He is coming back: a sign, urgent only beside another.
      re: any(
        '(?<!quoi que )(?:il|elle) (?:revient|arrive|remonte|est de retour)(?! (?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine|de vacances|du travail|de le travail|vers|sur|a \\d))|' +
          '(?:hes|shes|he is|she is) coming back(?! (?:tomorrow|next|on|from))',
      ),
      weight: 1,
      now: true,
      serious: true,
    },
    {
      re: any(
        'harass\\w*(?! (?:you|him|her|them)\\b)|' +
          'bull(?:y|ied|ying)|' +
          'sexual assault|' +
          'rape|' +
          'domestic (?:violence|abuse)|' +
          'violences? (?:conjugales?|domestiques?|sexuelles?)',
      ),
      topic: true,
    },
  ],
};
