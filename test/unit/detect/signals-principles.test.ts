import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// False alarms fixed by a general rule, not by a phrase: someone else's accident, an
// everyday note, a medicine omitted, a habit rather than now. Each table holds catches
// and traps, French and English, in wording of our own.

const read = (text: string) => {
  const a = analyze(text);
  return { signals: a.signals.filter((s) => s !== 'VAGUE'), distress: a.distress };
};

describe('another person’s accident is not self-harm', () => {
  it.each([
    'Mon collègue s’est coupé la main avec le cutter au travail, il saigne beaucoup.',
    'Julien s’est coupé avec le massicot ce matin, il a saigné partout.',
    'mon fils s’est coupé avec un couteau, il saigne beaucoup, je fais quoi ?',
    'A colleague cut himself on the slicer at work, he’s bleeding a lot.',
    'my flatmate cut her hand on a glass and it won’t stop bleeding',
    'The new guy burned his hand on the coffee machine, it’s blistering.',
  ])('%s', (text) => {
    expect(read(text).distress).not.toContain('self-harm');
  });

  it.each([
    'je me suis coupée exprès hier soir, ça saigne beaucoup',
    'je me suis recoupée et j’arrive pas à arrêter de saigner',
    'I cut myself again last night',
    'I just cut too deep and it won’t stop bleeding',
  ])('the writer’s own still counts: %s', (text) => {
    expect(read(text).distress).toContain('self-harm');
  });
});

describe('an everyday note is not a farewell', () => {
  it.each([
    'I left a note for my flatmate about the rent.',
    'J’ai laissé un mot à ma coloc pour le loyer.',
    'I wrote a note to my manager to ask for Friday off.',
    'I’ve written a letter to my landlord about the heating.',
    'je t’ai laissé un mot sur ton bureau pour la réunion de demain',
    'I left a note for my mum on the fridge.',
  ])('%s', (text) => {
    expect(read(text).signals).toEqual([]);
  });

  it.each([
    'I left a note for my mum, she’ll understand when she finds it.',
    'j’ai laissé une lettre pour mes parents, ils comprendront',
    'J’ai laissé une lettre pour mes enfants sur la table.',
    'I’ve written letters to everyone I love, just in case.',
    'I’ve sorted out my affairs and left a note for my son.',
  ])('a letter left for the people closest, or with another sign, is: %s', (text) => {
    expect(read(text).distress).toContain('farewell');
  });
});

describe('a medicine forgotten is an omission, not a misuse', () => {
  it.each([
    'forgot to take my meds this morning',
    'I keep forgetting my pills, any tips for a reminder?',
    'I missed my antidepressant dose yesterday',
    'j’ai oublié de prendre mes médicaments ce matin',
    'j’ai sauté ma dose hier, je la prends ce soir',
  ])('%s', (text) => {
    expect(read(text).signals).toEqual([]);
  });

  it.each([
    'je prends plus de médicaments que prescrit pour tenir',
    'I take extra pills to get through the day',
    'j’avale des somnifères la journée pour plus rien sentir',
    'I double my Xanax before every shift',
    'je double mes anxiolytiques avant chaque réunion',
  ])('taking more to cope still counts: %s', (text) => {
    expect(read(text).distress).toContain('substance');
  });
});

describe('a habit is not now', () => {
  it.each([
    'mon ex m’attend devant le travail tous les soirs',
    'mon ex m’attend devant chez moi depuis une semaine, j’ai peur',
    'il tape contre ma porte tous les soirs',
    'my ex waits outside my office every evening',
  ])('not urgent: %s', (text) => {
    expect(read(text).signals).not.toContain('URGENT');
  });

  it.each([
    'mon ex m’attend devant chez moi là, j’ose pas sortir',
    'il tape contre ma porte en ce moment',
    'il m’attend devant le bureau tous les soirs, et là il est encore là',
    'my ex is outside my office right now, waiting for me',
  ])('urgent when it is now: %s', (text) => {
    expect(read(text).signals).toContain('URGENT');
  });

  it('stalking told as a habit is still distress', () => {
    expect(read('mon ex m’attend devant chez moi depuis une semaine, j’ai peur').signals).toEqual([
      'DISTRESS',
    ]);
  });
});
