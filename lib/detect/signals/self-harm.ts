import { any, packedCue, type Recogniser } from './cue.ts';

// A word and its space, in the gaps between the words of a cue.
const W = '(?:\\S+ )';

// Self-harm without (said) intent to die: cutting, burning, hitting oneself, told as a
// habit, a relapse or an act of last night.
export const selfHarm: Recogniser = {
  category: 'self-harm',
  cues: [
    packedCue('self-harm-acts', { serious: true }),
    // Self-harm as people type it: made to vomit, punches to the legs, scars reopened,
    // hurt "on purpose" or "to feel something", a blade taken out, food refused as
    // a punishment, the pain deserved, the cuts worse, a cover story.
    packedCue('self-harm-typed', { serious: true }),
    // Bleeding that will not stop, said as the person writes.
    packedCue('self-harm-bleeding-that-will', { now: true, serious: true, notOther: true }),
    // Gone too far: bleeding that will not stop, a cut too deep.
    // Bleeding alone may be anyone's accident ("il s'est coupé au travail, il saigne
    // beaucoup"): the writer's, and beside a sign of self-harm, to count.
    packedCue('self-harm-gone-too-far', { weight: 1, now: true, serious: true, notOther: true }),
    { re: any(`cut ${W}?too deep`), weight: 1, now: true, serious: true },
    // "i relapsed on sugar haha": a relapse with something else named is not this.
    packedCue('self-harm-relapsed-sugar-haha', { weight: 1 }),
    // Blows to a wall or a door, until it bleeds or swells.
    packedCue('self-harm-blows', { serious: true }),
    {
      re: any('scarification', 'coupures', 'lame de rasoir', 'self[- ]?harm\\w*'),
      weight: 1,
      topic: true,
    },
    packedCue('self-harm-cut', { serious: true }),
    // A razor or a blade taken to the body; food refused as not deserved.
    packedCue('self-harm-indirect', { serious: true }),
    packedCue('self-harm-food'),
  ],
};
