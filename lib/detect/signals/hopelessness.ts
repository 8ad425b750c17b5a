import { any, packedCue, packedRegExp, packedSigns, type Recogniser } from './cue.ts';

/**
 * Sleep lost to joy or to a busy day: "can't sleep, so excited", "interview tomorrow",
 * "because I'm finishing the portfolio". Its words: cues.txt [sleep-explained].
 */
const SLEEP_EXPLAINED = packedRegExp('sleep-explained', '\\b');

// Hopelessness and not coping (PHQ-9's other items): breaking down, burn-out, not
// eating or sleeping, crying every day, feeling worthless, no way out.

// STAYING_IN_FOR_A_CAUSE, spelt out in cues.txt where the cues that used it now live:
// not going out, for a cause that is no distress: snowed in, ill, in plaster, revising.

export const hopelessness: Recogniser = {
  category: 'hopelessness',
  cues: [
    packedCue('hopeless-not-coping', { notOther: true }),
    packedCue('hopelessness-burn-out', { topic: true }),
    packedCue('hopeless-cant-cope', { notOther: true }),
    // Told sideways: hollow inside, crying every day in Québec's words, drowning.
    packedCue('hopeless-indirect', { notOther: true }),
    // Signs that add up: failing at everything, every day the same, barely eating or
    // sleeping.
    ...packedSigns('hopelessness-signs-failing-same-days', 2),
    packedCue('hopelessness-barely-hardly-eating', { weight: 1, unless: SLEEP_EXPLAINED }),
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
    // Cut off from everyone: not out of the flat for days, no answer to anyone; signs that
    // add up (not snowed in, ill or on holiday).
    ...packedSigns('hopelessness-signs-cut-off', 5),
    packedCue('hopelessness-plus-appetit', { weight: 1 }),
    packedCue('hopelessness-sors-plus', { weight: 1 }),
    packedCue('hopelessness-tous-les-matins', { weight: 1 }),
    // Giving up said plainly: "nothing matters anymore", "je sers à rien", "why do I bother".
    packedCue('hopelessness-giving-said-plainly', { notOther: true }),
    // Withdrawal, neglect, a self faded: two of them make the state.
    packedCue('hopelessness-withdrawal-neglect-self', { weight: 1, notOther: true }),
    packedCue('hopelessness-barely-hardly-eaten', { weight: 1, notOther: true }),
    packedCue('hopelessness-feel-ing-completely', { notOther: true }),
    packedCue('hopelessness-pas-hauteur', { weight: 1 }),
    { re: any('(?:been )?in bed since', 'au lit depuis'), weight: 1 },
    packedCue('hopelessness-a-ghost', { weight: 1, notOther: true }),
    {
      re: any('migraines? tous les jours', 'je fais des malaises'),
      weight: 1,
    },
    packedCue('hopelessness-arret-arret-maladie', { weight: 1, topic: true }),
  ],
};
