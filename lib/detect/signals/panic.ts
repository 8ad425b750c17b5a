import {
  any,
  packedCue,
  packedRegExp,
  signs,
  packedSigns,
  type Cue,
  type Recogniser,
} from './cue.ts';

// Acute panic (breath, heart, shaking, fear of dying) and dissociation (nothing feels
// real, watching oneself from outside). A symptom told in the present is happening as
// the person writes: an unfolding crisis, urgent too (unless told as a habit, "quand…").
// The topic ("j'ai des crises d'angoisse") is not.
// Out of breath from a run, a bike ride or the stairs: the body, not an attack. Sitting
// "on the stairs", "dans les escaliers", is a place, not an effort.
export const EXERTION =
  // Its words: cues.txt [exertion].
  packedRegExp('exertion', '\\b');
// LOST_SOMEWHERE, spelt out in cues.txt where the cues that used it now live: Lost in a town, on a map or in a file: no dissociation.

const CUES: readonly Cue[] = [
  packedCue('panic-breath', { unless: EXERTION }),
  packedCue('panic-crises-angoisse-panique', { topic: true }),
  packedCue('panic-heart', { unless: EXERTION }),
  // Weaker signs, one cue each, so that two different symptoms add up.
  ...packedSigns('panic-signs-symptoms', 9),
  packedCue('panic-tete-qui-tourne', { weight: 1 }),
  packedCue('panic-peux-arrive-plus', { weight: 1 }),
  { re: any('vois noir', 'everything is too loud'), weight: 1 },
  // Not knowing where one is: not lost in a town, on a map or in a file.
  packedCue('panic-dont-know-where', { weight: 1 }),
  // Dissociation in signs that add up: the room moving, not knowing where one is ("ça
  // recommence les murs bougent jsais plus où je suis"); not lost in a plan or a file.
  packedCue('panic-murs-plafond-sol', { weight: 1 }),
  packedCue('panic-gorge-serre-serree', { weight: 1 }),
  ...signs('(?:perds|perdre|losing) (?:le )?control'),
  { re: any('peur de mourir', 'scared (?:im going to|ill) die'), weight: 1 },
  // "j'ai cru que j'allais mourir", told of an attack that is over: a sign, not one now.
  {
    re: any(
      '(?:ai cru|croyais|pensais) (?:que je allais )?mourir(?! de)',
      'thought (?:i was (?:going to|gonna) |id |i would )die(?! of| laughing)',
    ),
    weight: 1,
    topic: true,
    unless: EXERTION,
  },
  // …beside the attack it tells of: "j'ai fait une crise dans le métro, j'ai cru mourir".
  {
    re: any(
      '(?:crise|crises|malaise|attack|attacks)\\b.{0,60}\\b(?:ai cru|croyais|pensais|thought) (?:que je allais |i was (?:going to|gonna) |id |i would )?(?:mourir|die)(?! de| of| laughing)',
    ),
    topic: true,
    unless: EXERTION,
  },
  packedCue('panic-numb-engourdie-all', { weight: 1 }),
  packedCue('panic-sens-sentir-plus', { weight: 1 }),
  ...packedSigns('panic-signs-breath-numbness', 10),
  packedCue('panic-hands-fingers-arms', { weight: 1 }),
  packedCue('panic-mains-doigts-bras', { weight: 1 }),
  packedCue('panic-no-full-breath'),
  packedCue('panic-hands-legs-body', { weight: 1 }),
  ...signs(
    'coeur (?:qui )?(?:tape|tapait|cogne|cognait|bat|battait) (?:a|a fond|trop|si|tellement|comme)',
  ),
];

export const panic: Recogniser = {
  category: 'panic',
  // Spread would read a packed cue's pattern now; its descriptors keep it built on first use.
  cues: CUES.map((cue) =>
    cue.topic
      ? cue
      : (Object.defineProperties(
          {},
          { ...Object.getOwnPropertyDescriptors(cue), now: { value: true, enumerable: true } },
        ) as Cue),
  ),
};
