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
    packedCue('hopelessness-burn-out', { topic: true }),
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
    packedCue('hopelessness-barely-hardly-sleeping', { weight: 1, unless: SLEEP_EXPLAINED }),
    // Weaker signs, one cue per PHQ-9 item so that two different ones add up.
    packedCue('hopelessness-epuisee', { weight: 1, topic: true }),
    { re: any('je pleure', 'en larmes', 'i cry', 'crying'), weight: 1, notOther: true },
    // Tears and hunger told with no pronoun: the writer's, unless someone else is the
    // subject ("un client a fondu en larmes", "she hasn't eaten since monday").
    packedCue('hopelessness-tears-and-hunger', { notOther: true }),
    packedCue('hopelessness-insomnies', { weight: 1, unless: SLEEP_EXPLAINED }),
    // Sleep lost for weeks says it alone, unless joy or a busy day explains it.
    packedCue('hopelessness-havent-not-eaten', { unless: SLEEP_EXPLAINED }),
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
    packedCue('hopelessness-sors-plus', { weight: 1 }),
    packedCue('hopelessness-tous-les-matins', { weight: 1 }),
    // Giving up said plainly: "nothing matters anymore", "je sers à rien", "why do I bother".
    packedCue('hopelessness-giving-said-plainly', { notOther: true }),
    // Withdrawal, neglect, a self faded: two of them make the state.
    packedCue('hopelessness-withdrawal-neglect-self', { weight: 1, notOther: true }),
    packedCue('hopelessness-barely-hardly-eaten', { weight: 1, notOther: true }),
    packedCue('hopelessness-feel-ing-completely', { notOther: true }),
    {
      re: any('pas a la hauteur', 'je y crois plus', 'everything is (?:just )?too much'),
      weight: 1,
    },
    { re: any('(?:been )?in bed since', 'au lit depuis'), weight: 1 },
    packedCue('hopelessness-feel-feels-feeling', { weight: 1, notOther: true }),
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
