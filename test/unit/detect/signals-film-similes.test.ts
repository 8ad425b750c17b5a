import { describe, expect, it } from 'vitest';
import { isNothing, isSevere, read, withRulesAlone } from './signal-rules.ts';

// "Like watching a film", "comme dans un rêve": how people tell dissociation. The film or
// the dream is then the writer's own state, not a story told, so the gate that sets media
// aside must not silence it. A film or a series actually watched still does. Rules alone:
// the learnt model only adds.

withRulesAlone();

describe('a film or a dream as a simile is the writer telling their own state', () => {
  it.each([
    'everything far away like im watching a film, i cant feel my body right now',
    'i cant feel my body, its like im watching a film of someone else right now',
    'je sens plus mon corps, comme si je regardais un film, la maintenant',
    'everything looks like a movie right now, i cant feel my hands',
    'it feels like im in a dream, nothing is real, i cant feel my body',
  ])('%s', isSevere('panic'));
  it.each([
    "j'ai vu un film où le héros veut mourir, ça m'a fait pleurer",
    'the movie was about a guy who wanted to end it all, so sad',
    'on a regardé un film comme tous les vendredis, le héros se suicide à la fin',
    'that series is like a movie, the character kills himself in episode 3',
    'it was like a dream, the whole wedding, I still cannot believe it',
  ])('a story, or a good day: %s', isNothing);
});

describe("not feeling one's body is numbness, not a remark about it", () => {
  it.each([
    'je sens plus mon corps, je suis assise par terre dans les toilettes',
    "i can't feel my body, im sitting on the floor at work",
  ])('not violence: %s', (text) => expect(read(text).distress ?? []).not.toContain('violence'));
  it.each([
    'mon chef commente mon corps devant toute l’équipe',
    'he keeps making comments about my body in front of the others',
  ])('still a remark on the body: %s', (text) => expect(read(text).distress).toContain('violence'));
  it.each([
    'I can feel my body getting stronger since I started the gym',
    'je sens mon corps qui récupère après le marathon',
  ])('no distress: %s', isNothing);
});
