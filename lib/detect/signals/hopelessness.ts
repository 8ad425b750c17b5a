import { any, packedCue, signs, type Recogniser } from './cue.ts';
import { SLEEP_EXPLAINED } from './ordinary-uses.ts';

// Hopelessness and not coping (PHQ-9's other items): breaking down, burn-out, not
// eating or sleeping, crying every day, feeling worthless, no way out.

// Not going out, for a cause that is no distress: snowed in, ill, in plaster, revising.
const STAYING_IN_FOR_A_CAUSE =
  '(?!.{0,80}\\b(?:neige|grippe|covid|malade|fievre|platre|jambe|cheville|operation|bebe|isolement|quarantaine|partiels?|examens?|revis\\w*|greve|canicule|inondation)\\b)';

export const hopelessness: Recogniser = {
  category: 'hopelessness',
  cues: [
    packedCue('hopeless-not-coping'),
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
    packedCue('hopeless-cant-cope'),
    // Told sideways: hollow inside, crying every day in Québec's words, drowning.
    packedCue('hopeless-indirect', { notOther: true }),
    // Signs that add up: failing at everything, every day the same, barely eating or
    // sleeping.
    ...signs(
      '(?:failing|failed|fail) at (?:everything|life|all of it)|je (?:rate|foire) tout(?=\\s*(?:$|[,.!?:]))',
      '(?:every|each) (?:single )?day (?:is|feels) the same(?: grey| gray| nothing| blur| fog)?(?=\\s*(?:$|[,.!?]))|chaque jour (?:est )?(?:pareil|le meme)(?=\\s*(?:$|[,.!?]))',
    ),
    {
      re: any('(?:barely|hardly) eating|je mange (?:pu|presque plus|quasiment plus)\\b'),
      weight: 1,
      unless: SLEEP_EXPLAINED,
    },
    {
      re: any(
        '(?:barely|hardly) sleeping|(?:havent|not) slept more than (?:one|two|three|an|a couple of|1|2|3) hours?|je dors (?:pu|presque plus)\\b',
      ),
      weight: 1,
      unless: SLEEP_EXPLAINED,
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
          'im (?:drowning|stuck)(?! (?:in|on|with) (?:work|emails?|paperwork|admin|laundry|tasks|deadlines|assignments|essays|marking|orders|traffic|the (?:exercise|question|level|puzzle)))|' +
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
    // Cut off from everyone: not out of the flat for days, no answer to anyone; signs that
    // add up (not snowed in, ill or on holiday).
    ...signs(
      '(?:havent|have not|hasnt|not) (?:been out of|left|gone out of) (?:the|my) (?:flat|house|room|bed|home) (?:in|for) (?:days|weeks|\\d+ days|\\w+ days|a week|two weeks)\\b(?!.{0,60}\\b(?:snow|flu|covid|ill|sick|fever|broken|leg|ankle|surgery|baby|newborn|isolat\\w*|quarantine|deadline|exam|revis\\w*|binge\\w*|game)\\b)',
      '(?:sors|suis sortie?) (?:plus|pas) de (?:chez moi|mon appart\\w*|ma chambre|mon lit) depuis (?:des jours|\\d+ jours|\\w+ jours|une semaine|deux semaines)\\b' +
        STAYING_IN_FOR_A_CAUSE,
      '(?:stopped|stop) (?:answering|replying to|picking up for) (?:anyone|everyone|my (?:friends|family|mum|mom|phone|sister|brother))\\b(?! (?:at|on|during|while) (?:work|holiday|leave|vacation))',
      '(?:reponds|repond|decroche) (?:plus|pas) a (?:personne|mes (?:amies?|potes|parents|proches|soeurs?|freres?))\\b(?! (?:pendant|en) (?:les )?(?:vacances|conges|reunion))',
    ),
    {
      re: any('plus (?:de|d) appetit', 'perdu le appetit', 'lost my appetite', 'not eating'),
      weight: 1,
    },
    {
      re: any(
        'je sors plus' +
          STAYING_IN_FOR_A_CAUSE +
          '|' +
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
