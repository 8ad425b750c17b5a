import { packedCue, packedSigns, type Recogniser } from './cue.ts';

// Alcohol, pills or drugs used to cope: to hold on, to sleep, to forget, more than the
// prescribed dose.
export const substance: Recogniser = {
  category: 'substance',
  cues: [
    packedCue('substance-to-cope', { topic: true }),
    // Acts told without a pronoun ("need a line before every meeting"), not of someone else.
    packedCue('substance-no-pronoun', { notOther: true }),
    // A blackout and the drinking beside it: two signs.
    ...packedSigns('substance-signs', 2),
    packedCue('substance-too-much', { topic: true }),
    // To get through: lines to hold, drinking from noon or before work, pills without a
    // prescription, a drink to stop the hands shaking.
    packedCue('substance-to-hold', { notOther: true }),
  ],
};
