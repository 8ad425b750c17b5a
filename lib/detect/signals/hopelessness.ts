import { any, signs, type Recogniser } from './cue.ts';
import { NEW_START, SLEEP_EXPLAINED } from './ordinary-uses.ts';

// Hopelessness and not coping (PHQ-9's other items): breaking down, burn-out, not
// eating or sleeping, crying every day, feeling worthless, no way out.
export const hopelessness: Recogniser = {
  category: 'hopelessness',
  cues: [
    {
      re: any(
        'je en peux plus(?! de attendre| de impatience)|' +
          'je (?:peux plus|tiens plus(?! en place))|' +
          'je tiens pas le coup|' +
          'je vais pas tenir|' +
          'combien de temps je vais tenir|' +
          'je suis (?:completement |totalement )?a bout(?! de souffle)|' +
          'au bout du rouleau|' +
          '(?:je )?craque(?: en larmes| completement|,|$)|' +
          'a deux doigts de craquer|' +
          'je pleure (?:tous|toutes|chaque|sans arret|tout le temps|en cachette|dans|au|le soir|la nuit|souvent|encore)|' +
          'je arrive (?:plus|meme plus|pas) a (?:rien|manger|avaler|me lever|travailler|me concentrer|avancer|faire face|sortir|ouvrir|lire|aller)|' +
          'je mange (?:plus|presque plus|rien|presque rien|quasi rien|quasiment rien)|' +
          'je (?:chiale|chialais) (?:tous|toutes|chaque|sans arret|tout le temps|en cachette|le soir|la nuit|souvent|encore|dans)|' +
          'je dors (?:plus|presque plus|deux|2|trois|3) |' +
          'je dors plus|' +
          '(?:deux|2|trois|3) heures par nuit|' +
          'je (?:me sens|suis) (?:\\w+ )?(?:vide|videe?|detruite?|brisee?|ecrasee?|minable|inutile|nulle?|piegee?)(?! (?:la|le|les|de le|ce|cette|mon|ma)\\b)|' +
          'je me sens (?:tellement |si |completement )?(?:seule?|perdue?|mal)(?! (?:dans|a le aise)\\b)|' +
          'je suis (?:si |tellement |completement )?seule? (?:au|dans|face|avec)|' +
          'plus gout a rien|' +
          'plus envie de rien|' +
          '(?:aucune|pas de|plus de|sans) issue|' +
          'tout est foutu|' +
          'je vois (?:plus|pas) (?:le bout|de issue|de solution|comment (?:men|me en) sortir)|' +
          'je me en sors plus|' +
          'je me en remets pas|' +
          'je gere plus|' +
          'je supporte plus|' +
          '(?:rien|ca) (?:va )?(?:jamais )?(?:se )?(?:arranger|aller mieux)(?: jamais)?|' +
          'ira jamais mieux|' +
          // No way things improve, nothing left, the whole life spoilt.
          '(?:vois (?:pas|plus)|(?:dont|cant) see) (?:comment|how) (?:ca|ce|les choses|it|things) (?:\\S{1,20} ){0,2}(?:aller mieux|arranger|changer|get better|improve|changes?)(?:(?: un jour)?\\s*(?:$|[,.!?])| pour moi| for me)|' +
          '(?:(?:plus|pas|aucun) (?:de )?espoir|no hope (?:left|anymore))(?! (?:for|pour) (?!me\\b|moi\\b))|' +
          'plus capable de rien(?! (?:apres|after|avant|before|ce soir|le matin))|nulle? en tout|useless at everything|' +
          'je (?:suis|me sens) invisible|tout me est (?:egal|indifferent)(?! pour| tant que| du moment)|' +
          '(?:ai|have|ive|i) (?:rate|gache|ruined|messed up|wrecked) (?:ma|my) (?:whole |entire )?(?:vie|life)|' +
          'fixe (?:le mur|le plafond) (?:pendant des heures|toute la journee)|stare at the (?:wall|ceiling) (?:for hours|all day)|' +
          'marre de tout|' +
          '(?:arrete|arreter) de (?:manger|dormir|sortir|me laver)|' +
          'je (?:me effondre|coule|sombre)|' +
          '(?:je suis )?au fond du trou|' +
          'plus la force|' +
          '(?:ai|avoir) plus (?:la force|le energie|le courage)|' +
          'tout me (?:parait|semble) (?:inutile|vain|insurmontable|gris|lourd)|' +
          'je vois plus le (?:interet|sens|but)|' +
          'plus aucun sens|' +
          'fatiguee? de faire semblant|' +
          'je me deteste|' +
          'honte de moi|' +
          'je vaux rien|' +
          '(?:vois|sais) (?:pas|plus) comment (?:je vais |me )?(?:me en sortir|tenir|continuer|y arriver|survivre|avancer)|' +
          'impression de (?:me noyer|couler|sombrer|me enfoncer)|' +
          '(?:pas|plus) (?:sortie?|bouge|levee?) de (?:mon lit|ma chambre|chez moi|le lit) depuis (?:des|plusieurs|\\d+|deux|trois|quatre|cinq) (?:jours|semaines)|' +
          '(?:ma vie|je) (?:sert|sers|servait|servais) (?:plus )?a rien(?=\\s*$|\\s*[,.!]| du tout| dans la vie| a personne)|' +
          '(?:plus )?rien (?:a|na|a plus|a meme plus) (?:de )?sens|' +
          'je suis (?:une |qu une )?(?:merde|moins que rien|bonne a rien|rate|ratee|epave|fardeau)\\b|' +
          'je suis un poids|' +
          'coquille vide|' +
          'vide a le interieur|' +
          'je me reconnais plus|' +
          '(?:je )?(?:deteste|hais|hate) (?:ma|cette|my|this) (?:vie|life)|' +
          'je (?:vais|suis|me sens) (?:vraiment )?pas bien (?:du tout|depuis|en ce moment|ces temps ci|ces jours ci)(?!.{0,40}\\b(?:mange|malade|grippe|gastro|rhume|fievre|migraine|dos|ventre|dents?)\\b)|' +
          '(?:tout le monde|personne) se en (?:fout|fiche) de moi|' +
          '(?:rien|plus rien) (?:a|na)? ?(?:plus )?de gout|plus (?:de |aucun )?(?:plaisir|gout) (?:a|pour) (?:rien|quoi que ce soit)|' +
          'malade a le idee|' +
          'gorge nouee|' +
          '(?:une torture|un enfer) (?:de|chaque|tous)|' +
          'personne (?:me parle|me dit bonjour|me regarde|le remarque|me voit|me ecoute)|' +
          'personne a qui (?:parler|en parler)|' +
          'un fantome|' +
          'je culpabilise|' +
          'sans pouvoir bouger|' +
          'tout lacher|' +
          // Not leaving the bed, feeling nothing, pretending.
          '(?:je )?(?:sors|sortie?|leve|levee?) (?:plus|pas|presque plus) (?:de mon lit|du lit|de le lit|de ma chambre)(?! (?:avant|ce matin|aujourde hui))|' +
          '(?:ressens|sens) (?:plus|pas|presque plus) rien(?! (?:a|au|dans|de) (?:la|le|les|mon|ma|mes) (?:bras|jambes?|pied|main|doigts?|levre|bouche|dent))|' +
          '(?:ni|pas) (?:triste|content|heureuse?) ni (?:triste|contente?|heureuse?)|' +
          '(?:fais|faire) semblant (?:\\S{1,20} ){0,5}(?:dedans|a le interieur|en vrai|mais)|' +
          'dedans (?:ce est|je suis|tout est) (?:mort|vide|le vide|noir|detruit|en miettes)|' +
          'le vide (?:total|complet|absolu)|' +
          `(?:envie de|pense a|penser a|pense souvent a) tout arreter(?!${NEW_START})`,
      ),
    },
    {
      re: any(
        'burn[- ]?out|' +
          'burnt out|' +
          'burned out|' +
          'depressi\\w*|' +
          'epuisement|' +
          'mise? au placard|' +
          'placardise\\w*|' +
          'idees noires',
      ),
      topic: true,
    },
    {
      re: any(
        'cant (?:cope|take (?:it|this|any more)|go on|do this anymore|keep going|handle (?:it|this) anymore)|' +
          'cant (?:get out of bed|stop crying|function)|' +
          // "I can't eat gluten": a food not eaten is a diet.
          'cant eat(?! (?!anything|properly|at all|or|and|anymore)\\w)|' +
          '(?:falling|fall) apart|' +
          // The writer in tears, not a bike or a machine.
          '(?:(?:im|i am|keep|kept) breaking|(?:i|ive|just|totally|completely) broke) down|' +
          '(?:broke|breaking) down (?:in tears|crying)|' +
          '(?:i )?cry (?:every|all|in)|' +
          '(?:im )?crying (?:every|all|in the)|' +
          'keep crying|' +
          'havent eaten (?:in|for|properly)|' +
          'nothing (?:feels|seems|is) worth (?:it|anything|doing)|' +
          '(?:im|i am|been) in a (?:really )?dark place|head is (?:just )?dark|barely functioning(?! (?:\\S+ )?(?:before|until|without))|' +
          '(?:so|feel|feeling) empty (?:lately|inside|all the time)|' +
          'nothing (?:is |will )?(?:ever )?(?:going to )?(?:gets?|getting) better|' +
          'no way out|' +
          '(?:see|find) (?:no|any) way out|' +
          'stopped (?:eating|sleeping|going out|getting up|showering)|' +
          'lost (?:all )?hope|' +
          'perdu (?:tout )?espoir|' +
          '(?:its|everything is|everything feels|it all feels|life feels) (?:so )?(?:hopeless|pointless)|' +
          '(?:dont|cant|do not) recogni[sz]e myself|' +
          '(?:im |i am )?(?:just )?going through the motions|' +
          '(?:nothing|food|anything) (?:tastes|feels) (?:good|like anything|the same) anymore|' +
          '(?:lost|losing) interest in (?:everything|anything|things i (?:used to )?(?:love|enjoy))|' +
          '(?:havent|didnt|cant) (?:left|leave|got out of|get out of|getting out of) (?:my bed|bed|the house|my room|my flat) (?:in|for) (?:days|weeks|\\d+ days)|' +
          '(?:havent|didnt|cant) (?:showered|washed|eaten|gone out|left the house) (?:properly )?(?:in|for) (?:a week|days|weeks|ages|\\d+ days)|' +
          'i feel (?:so |completely |really |totally )?(?:hopeless|worthless|empty|numb|alone|useless|trapped|broken|invisible)|' +
          'im (?:not (?:ok|okay|fine)|so tired of|a failure|worthless|broken|a burden|falling apart|stuck forever)|' +
          'hate myself|' +
          'feel like (?:a |an )?(?:complete |total |such a )?(?:failure|burden)|' +
          'at (?:my|the end of my) (?:limit|rope|tether)|' +
          'breaking point|' +
          '(?:dont|cant) see the point|' +
          'no point (?:in|to) (?:anything|trying)|' +
          'heavy and grey|' +
          'nobody (?:notices|cares)|' +
          'cant talk to anyone|' +
          'suffocat\\w*|' +
          '(?:cant|can not|couldnt) face (?:anything|anyone|anybody|people|the world|getting up|another|food|home)|' +
          '(?:havent|hasnt|didnt|not) (?:left|got out of|gotten out of) (?:my )?bed (?:since|for|in)|' +
          '(?:feel|feeling|im|i am) (?:so |totally |completely )?numb (?:all the time|inside|to everything|every day|for weeks|lately)|' +
          'nothing (?:touches|reaches|moves) me|' +
          '(?:pretend|pretending|fake|faking) (?:\\S{1,20} ){0,4}(?:but inside|but im not|im fine|im ok|to be ok|to be fine|being ok)|' +
          '(?:the business|it all|everything|work|the company) can burn',
      ),
    },
    // Weaker signs, one cue per PHQ-9 item so that two different ones add up.
    {
      re: any(
        'epuisee?\\b|' +
          'exhausted|' +
          'stresse\\w*|' +
          'angoiss\\w*|' +
          'anxious|' +
          'triste|' +
          'deprim\\w*|' +
          'mal etre|' +
          'dread\\w*|' +
          'irritable|' +
          'mecaniquement|' +
          'im (?:drowning|stuck)|' +
          'whats the point',
      ),
      weight: 1,
      topic: true,
    },
    { re: any('je pleure', 'en larmes', 'i cry', 'crying'), weight: 1, notOther: true },
    {
      // Tears and hunger told with no pronoun: the writer's, unless someone else is the
      // subject ("un client a fondu en larmes", "she hasn't eaten since monday").
      re: any(
        'fond\\w* en larmes|en larmes (?:dans|au|tous|chaque|devant)|arrete pas de pleurer|' +
          '(?:havent|hasnt|not|didnt|pas|plus|rien) (?:eaten|ate|slept|mange|dormi)(?: \\S+)? (?:since|depuis) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|yesterday|hier|avant hier)|' +
          '^(?:just |totally |literally |completely )?(?:broke down|burst into tears|fell apart)\\b',
      ),
      notOther: true,
    },
    {
      re: any(
        'insomnies?|' +
          'nuits blanches|' +
          'je dors mal|' +
          'je dors (?:pas|presque pas)\\b|' +
          'je me reveille (?:a \\d|toutes les nuits|chaque nuit|en pleine nuit)|' +
          'not sleeping',
      ),
      weight: 1,
      unless: SLEEP_EXPLAINED,
    },
    // Sleep lost for weeks says it alone, unless joy or a busy day explains it.
    {
      re: any(
        '(?:havent|not) (?:eaten or slept|slept or eaten|slept properly) (?:in|for)|' +
          '(?:pas|rien|plus) (?:mange|dormi)(?: \\S{1,20}){0,3} depuis (?:des|\\d+|deux|trois|quatre)|' +
          'je arrive (?:plus|meme plus|pas) a dormir|' +
          'cant sleep|' +
          'havent slept (?:in|for|properly)',
      ),
      unless: SLEEP_EXPLAINED,
    },
    // Feeling like a fraud at a new job is common: a sign, not a state alone.
    ...signs('feel like (?:a |an )?(?:complete |total |such a )?fraud'),
    {
      re: any('plus (?:de|d) appetit', 'perdu le appetit', 'lost my appetite', 'not eating'),
      weight: 1,
    },
    {
      re: any(
        'je sors plus|' +
          'reste au lit (?:toute la journee|tout le week[- ]end)|' +
          'peur de aller (?:au travail|bosser)|' +
          'peur du lundi|' +
          'stay in bed all',
      ),
      weight: 1,
    },
    {
      re: any(
        'tous les (?:matins|soirs|jours)|' +
          'every (?:day|morning|night)|' +
          '(?:for|in) (?:weeks|months)|' +
          'ca fait (?:\\w+ )?(?:semaines|mois)|' +
          'en boucle|' +
          'on repeat|' +
          'depuis (?:des|deux|trois|quatre|six|\\d+|une) (?:semaines?|mois)',
      ),
      weight: 1,
    },
    {
      // Giving up said plainly: "nothing matters anymore", "je sers à rien", "why do I bother".
      re: any(
        'nothing matters (?:anymore|any more|now)|' +
          'plus rien (?:a|de|compte|a de) (?:\\S{1,20} )?(?:importance|sens)|' +
          'rien (?:a|de) (?:\\S{1,20} )?(?:importance|sens) (?:pour moi )?(?:maintenant|desormais)|' +
          '(?:im |je suis )?done trying|' +
          'arrete de essayer(?! de)|' +
          'why (?:do )?i (?:even )?bother|' +
          'a quoi bon(?= (?:continuer|essayer|me lever|chercher|postuler)|\\s*(?:$|[,.?!]))|' +
          'sers (?:plus )?a rien',
      ),
      notOther: true,
    },
    {
      // Withdrawal, neglect, a self faded: two of them make the state.
      re: any(
        'stopped (?:answering|replying|picking up|returning|opening) (?:\\S{1,20} ){0,2}(?:calls|texts|messages|phone|anyone|curtains|the door)|' +
          '(?:reponds|decroche) plus (?:a personne|aux messages|au telephone|a ma famille|a mes)|' +
          'not answering (?:anyone|anybody|my phone|calls)',
      ),
      weight: 1,
      notOther: true,
    },
    {
      re: any(
        '(?:barely|hardly) (?:eaten|eating|eat|slept|sleeping|leave|left|get out of bed)|' +
          'mange (?:presque )?(?:plus|rien)',
      ),
      weight: 1,
      notOther: true,
    },
    {
      re: any(
        'feel(?:ing)? (?:so |completely |really |totally )?(?:hopeless|worthless|empty|useless|trapped|broken)',
      ),
      notOther: true,
    },
    {
      re: any('pas a la hauteur', 'je y crois plus', 'everything is (?:just )?too much'),
      weight: 1,
    },
    { re: any('(?:been )?in bed since', 'au lit depuis'), weight: 1 },
    {
      re: any(
        '(?:feel|feels|feeling) like a (?:ghost|shadow|zombie)|' +
          'shadow of (?:myself|my former self)',
      ),
      weight: 1,
      notOther: true,
    },
    {
      re: any('migraines? tous les jours', 'je fais des malaises'),
      weight: 1,
    },
    {
      re: any('(?:arret|arret maladie) pour', 'me a mise? en arret', 'signed off'),
      weight: 1,
      topic: true,
    },
  ],
};
