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
});
