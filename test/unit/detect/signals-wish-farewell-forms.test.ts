import { describe, expect, it } from 'vitest';
import { isNothing, isSevere, read, withRulesAlone } from './signal-rules.ts';

// Passive ideation, farewells and self-harm in forms the cues missed: the "without me"
// left unsaid, a hope of not being there later, a pet placed "in case", a goodbye asked
// "for me", a relapse after stopping, scratching until it bleeds. Each beside an ordinary
// message that shares its words. Rules alone: the learnt model only adds.

withRulesAlone();

describe('passive ideation', () => {
  it.each([
    'everyone would be better off',
    'honestly my family would be so much better off',
    'tout le monde serait mieux, vraiment',
    "what's even the point anymore",
    'idk why im still here tbh',
    "i'd rather not be alive",
    'no point going on',
    'jsuis de trop sur cette terre',
    'think im just a waste of air',
    'wud be a relief to just not be here no more',
    'I hope I just won’t be here in the morning',
    'jespere que je me reveillerai pas demain',
    'kinda hoping the plane goes down tbh',
    'i kind of hope something happens to me so i dont have to keep going',
    'abeg i just wan rest forever',
    'i keep thinkin bout not exisiting',
    'la mort serait un repos, enfin bon',
    'mes enfants auraient une meilleure vie sans une mere comme moi',
    'jvois pas linteret de vivre',
    'il y a deux ans je voulais plus vivre et ça revient',
  ])('%s', isSevere('passive-ideation'));

  it.each([
    'everyone would be better off with the new rota',
    'tout le monde serait mieux installé dans la grande salle',
    "what's the point of this meeting?",
    'why am i still here at 9pm, the printer is broken',
    'wud be a relief to just not be here at the warehouse no more starting the new job monday',
    'hope i wont be here tomorrow before 10, the trains are on strike',
    'he says im a waste of space when he drinks, he pushed me again',
  ])('not passive ideation: %s', (text) =>
    expect(read(text).distress).not.toContain('passive-ideation'),
  );
});

describe('farewells and preparatory acts', () => {
  it.each([
    'prends soin de toi pour moi',
    'take care of yourself for me',
    "i've given my cat to my neighbour just in case",
    'I rehomed my dog in case something happens',
    "j'ai confié mon chat à ma voisine au cas où",
    "j'ai trouvé une famille pour mon chat au cas où",
    "j'ai réglé mes dettes et rangé mes papiers",
    'jai donner toutes mes affaires',
    "j'ai écrit une lettre pour maman, elle comprendra",
  ])('%s', isSevere('farewell'));

  it.each([
    'prends soin de toi, à lundi',
    'ma voisine garde le chat pendant les vacances, au cas où je rentre tard',
    "j'ai remboursé mes dettes, enfin libre de partir en voyage",
  ])('ordinary: %s', isNothing);
});

describe('self-harm', () => {
  it.each([
    "j'avais arrêté de me couper mais ça recommence",
    'I had stopped cutting and it came back last week',
    'I used to cut and I started again last night',
    "je me griffe jusqu'au sang",
    'jme gratte jusqua l os quand je stresse',
    'je me fais du mal',
    'I burned my arm again last night',
  ])('%s', isSevere('self-harm'));

  it.each([
    "je me gratte, c'est l'eczéma, j'ai rdv chez la dermato",
    'I used to cut my own hair, now I go to a barber',
  ])('ordinary: %s', isNothing);
});
