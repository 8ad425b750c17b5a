import { packedCue, signs, type Recogniser, packedRegExp } from './cue.ts';

// W, spelt out in cues.txt where the cues that used it now live: A word and its space, in the gaps between the words of a cue.

// C-SSRS levels 2 to 5: thoughts of suicide, method, intent, plan; and an attempt under
// way (an overdose taken, standing on the edge).
export const activeIdeation: Recogniser = {
  category: 'active-ideation',
  cues: [
    packedCue('active-intent'),
    ...signs(
      '(?:aura|auront|will have|has|have) (?:de quoi (?:tenir|voir venir|vivre)|enough to (?:live|get by|manage))',
    ),
    // The means at hand, a thought that comes back: signs that add up.
    // Provision for those left, a date set: signs that add up with another.
    packedCue('active-ideation-the-means-hand', { weight: 1 }),
    packedCue('active-ideation-pense-souvent-tout', { weight: 1 }),
    // On a balcony, a window sill: a place, urgent only beside another sign.
    packedCue('active-ideation-balcony-window-sill', { weight: 1, now: true, serious: true }),
    packedCue('active-ideation-vais-going-faire', { weight: 1 }),
    packedCue('active-ideation-tout-prepare-tout', { weight: 1 }),
    packedCue('active-ideation-suicide', { topic: true }),
    packedCue('active-plan'),
    // The means ready, said without the act: "j'ai de quoi le faire ce soir".
    packedCue('active-means-ready'),
    // On a roof, a bridge, an edge, now: not with a purpose said (lunch, a view, a
    // party, waiting for someone, traffic).
    packedCue('active-ideation-roof-bridge-edge', {
      now: true,
      serious: true,
      unless:
        // Its words: cues.txt [active-ideation-ordinary-acts].
        packedRegExp('active-ideation-ordinary-acts', '\\b'),
    }),
    // An act under way against oneself: gas, a car in a shut garage, walking into the
    // sea, edging to the platform, every pill, pills on top of drink with effects.
    packedCue('active-act-against-self', { now: true, serious: true }),
    // Intent, a plan and a date, the means counted out or ready, a place chosen, a
    // dose looked up: C-SSRS levels 3 to 5, as people type them.
    packedCue('active-intent-typed', { unless: /\b(?:holiday|vacances|bali|trip|voyage)\b/ }),
    // Signs that add up: a mind made up, not being here after a day, the courage lacking.
    packedCue('active-ideation-signs-that-add', { weight: 1 }),
    // An act under way: counted even after a joke marker, and urgent.
    packedCue('active-act-under-way', { now: true, serious: true }),
    // Intent and preparation as people type them: hesitating to go through with it, a
    // date set, the mind made up, everything ready "for later", a blade not for cooking.
    packedCue('active-ideation-intent-and-preparation', { notOther: true }),
  ],
};
