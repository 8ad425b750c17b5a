import { packedCue, type Recogniser } from './cue.ts';

// C-SSRS level 1 and PHQ-9 item 9: the wish to be dead, to not wake up, to disappear;
// "better off dead", "they would be fine without me".

// NOT_LEAVING, spelt out in cues.txt where the cues that used it now live: Leaving a job or a town: "plus rien me retient ici, je démissionne".
// END, spelt out in cues.txt where the cues that used it now live: Where the message or its clause ends: no shift, task or day named after the wish.
// ended, spelt out in cues.txt where the cues that used it now live: One group of alternatives, each closed by END.

export const passiveIdeation: Recogniser = {
  category: 'passive-ideation',
  cues: [
    // Phone-typed families, first: where two cues start together the earlier is read.
    // What the writer is for, waking up at all, a world to leave: "à quoi je sers encore",
    // "tired of waking up", "j'ai plus ma place nulle part", "nothing's keeping me here".
    // The "without me" left unsaid: "everyone would be better off", "what's even the point".
    // Not being there later, hoped: "hope i just won't be here in the morning", an accident wished.
    // Sleep and not come back: "dormir et plus jamais revenir", "sleep and never come back".
    // Tiredness of living said sideways: "can't be bothered being alive", "wishing I wasn't here".
    // Not afraid of death any more, a born life regretted, an end in one's sleep, a future
    // foreclosed: "la mort me fait plus peur", "why was I even born", "partir pendant mon
    // sommeil", "je me vois pas vieillir", "I hope I get hit by a car".
    // Waking up at all, not at an hour: "tired of waking up", "déçue de me réveiller".
    packedCue('passive-ideation-what-the-writer'),
    packedCue('passive-want-to-die'),
    // The wish in its many plain forms, kept as text in cues.txt (read on first use).
    packedCue('passive-wish'),
    packedCue('passive-ideation-vais-veux-voudrais', { weight: 1 }),
    // Waiting for it all to end, praying not to see the morning, an accident as a
    // relief, erased, not seeing oneself still here, no use in living.
    packedCue('passive-waiting-end'),
    // Told indirectly: tired of living, an accident that "wouldn't be so bad", joining
    // the dead, easier for everyone if I were gone.
    packedCue('passive-indirect'),
  ],
};
