import { describe, expect, it } from 'vitest';
import { broadCategories } from '../../../lib/detect/signals/broad.ts';
import { signalText } from '../../../lib/detect/signals/normalize.ts';
import { analyze } from '../../../lib/detect/index.ts';

// The broad layer counts words that mean distress near the writer; the context vetoes
// (joke, story, past, help line, someone else) still hold over it.

const broad = (text: string, othersNamed = false) => broadCategories(signalText(text), othersNamed);

describe('broad layer', () => {
  it.each([
    ["j'ai l'impression d'être à côté de mon corps", 'panic'],
    ['si il m’arrive un truc, prends soin de mon chat', 'farewell'],
    ['ça sert à rien que je continue, je suis foutue', 'hopelessness'],
    ['je me suis mise à boire le matin', 'substance'],
    ['mon mec m’a serré le cou hier soir', 'violence'],
    ["I've been taking sleeping pills during the day to get through it", 'substance'],
  ] as const)('hears %s as %s', (text, category) => {
    expect(broad(text)).toContain(category);
    expect(analyze(text).signals).toContain('DISTRESS');
  });

  it.each([
    'je tremble d’impatience pour demain',
    'I hit the gym every night now',
    'He hit me up on LinkedIn about a job',
    'je disparais une semaine en vacances !',
    'Mon chef m’a donné un coup de main sur le budget.',
    'Mon manager me pousse à prendre plus de responsabilités.',
    'La réunion est passée à 7h45, du coup je commence à 7h.',
    'Merci encore pour la séance, j’ai noté trois pistes.',
    'Je me suis brûlée avec le four en sortant le gratin.',
  ])('leaves alone: %s', (text) => {
    expect(broad(text)).toEqual([]);
  });

  it('with someone else named, counts only what is done to the writer', () => {
    expect(broad("My friend's husband hits her, how can I help?", true)).toEqual([]);
    expect(broad('Un collègue me frappe dans le couloir', true)).toContain('violence');
  });

  it('reads a fear of dying in panic as panic, not a wish to die', () => {
    const found = broad("j'ai le coeur qui bat et j'ai peur de mourir");
    expect(found).toContain('panic');
    expect(found).not.toContain('passive-ideation');
  });

  it.each([
    'je me sens vide et épuisée haha',
    'Dans le film, elle se sent vide et inutile.',
    'Le 3114 répond si tu te sens vide ou épuisée.',
  ])('the context vetoes still hold: %s', (text) => {
    expect(analyze(text).signals).not.toContain('DISTRESS');
  });

  // A benign word explains the word next to it, in its own clause, and nothing else:
  // work talk or good news beside distress does not hide it.
  it.each([
    [
      "je craque en larmes dans le métro tous les matins, pourtant l'équipe est sympa",
      'hopelessness',
    ],
    ["jme suis coupée hier soir, plus profond que d'hab, et demain j'ai un entretien", 'self-harm'],
    [
      'les marques sur mes bras commencent à se voir au taf, surtout devant les clients',
      'self-harm',
    ],
    [
      "what's even the point of me still being around, the holidays won't change that",
      'passive-ideation',
    ],
    ["I'm drowning and nobody sees it, my clients think I'm fine", 'hopelessness'],
    ["j'arrive plus à faire semblant que ça va, même avec les amis", 'hopelessness'],
    ["ive been thinking abt how i'd do it, even at the gym", 'active-ideation'],
    ['je suis contente pour toi, moi je voudrais juste m’effacer', 'passive-ideation'],
    ['les clients me hurlent dessus et je craque en larmes tous les soirs', 'hopelessness'],
  ] as const)('a benign word in another clause leaves %s as %s', (text, category) => {
    expect(analyze(text).distress).toContain(category);
  });

  it.each([
    'une cliente pleure tous les jours dans mon bureau',
    'a client of mine breaks down crying in every session',
    'je suis à bout de souffle après le footing',
    'je me suis brûlée en cuisinant',
    'je tremble de froid dans le bureau',
    'j’ai hâte, je tremble d’excitation',
    'je donne mes vieux vêtements à une asso, prends soin de toi',
    'thanks for everything, see you on Monday!',
    'merci pour tout, à demain !',
  ])('a benign word next to the word, or a tomorrow, still takes it away: %s', (text) => {
    expect(analyze(text).signals).not.toContain('DISTRESS');
  });
});
