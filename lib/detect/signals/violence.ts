import { packedCue, packedRegExp, packedSigns, type Recogniser } from './cue.ts';

// Violence or harassment suffered: at home, at work, sexual. The writer is the one it
// is done to ("il me frappe", "my manager keeps sending me…"); what happened to someone
// else, or the topic, is not their distress.
export const violence: Recogniser = {
  category: 'violence',
  cues: [
    packedCue('violence-done-to-me'),
    packedCue('violence-harcel-vous-les', { topic: true }),
    // Knocking at the door: a joke marker undoes it ("keeps knocking on the door… lol").
    packedCue('violence-knocking-the-door', {
      now: true,
      // Its words: cues.txt [knocking-ordinary].
      unless: packedRegExp('knocking-ordinary', '\\b'),
    }),
    // Someone at the door or in the house now.
    packedCue('violence-at-the-door', { now: true, serious: true }),
    packedCue('violence-touched'),
    // Told without its name: a hand on the thigh, a landlord in while one sleeps, an ex
    // writing from new accounts, pictures posted, followed home, spat at.
    packedCue('violence-indirect'),
    // Marks told as nothing, a grip when he is angry: signs that add up ("rien de grave,
    // juste quelques bleus", "he only squeezes hard when he's angry").
    ...packedSigns('violence-signs', 2),
    // Hostility aimed at the writer, whatever the words: insulted in front of others,
    // shouted at, laughed at, followed, messaged at night, waited for.
    packedCue('violence-hostility-aimed-the'),
    // He is coming back: a sign, urgent only beside another.
    packedCue('violence-coming-back-sign', { weight: 1, now: true, serious: true }),
    packedCue('violence-harass-you-him', { topic: true }),
  ],
};
