import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

const signals = (text: string) => analyze(text).signals;

// An emergency unfolding as the person writes: the services called, on their way or
// there, the writer at the emergency ward. URGENT; DISTRESS only when the writer is in
// distress, which these words alone do not say. The same words about a show, a past
// call, someone's job or an ambulance going by are neither.
describe('an emergency unfolding now', () => {
  it.each([
    'we called an ambulance',
    "I've called 999, they're sending someone",
    'someone is calling an ambulance for my colleague',
    'The ambulance’s on its way',
    'the paramedics are here, they’re taking him',
    'the fire brigade is outside the building',
    'were in A&E with my son',
    "they're taking him to the ER right now",
    'on my way to A&E with my daughter',
    'les pompiers arrivent',
    'Les pompiers sont en route, je fais quoi pour la réunion ?',
    "j'ai appelé le SAMU, ils arrivent",
    'on a appelé une ambulance pour mon collègue',
    'le samu l’emmène, je le suis',
    'la police est en bas de chez moi',
    'on est aux urgences avec mon fils',
    'je suis aux urgences avec ma fille depuis 2h',
    'on fonce aux urgences, il s’est ouvert la main',
    "je l'emmène aux urgences, il a de la fièvre",
    'jsuis dans l’ambulance avec lui',
  ])('URGENT: %s', (text) => expect(signals(text)).toContain('URGENT'));

  it.each([
    "j'ai regardé Urgences hier",
    'on a regardé un épisode de Grey’s Anatomy aux urgences… enfin la série',
    'the ambulance drove past',
    'an ambulance drove by during the call, sorry for the noise',
    "j'ai passé mon brevet de secouriste",
    'mon frère est pompier volontaire',
    'les pompiers sont venus l’an dernier pour l’exercice incendie',
    'the fire brigade is coming tomorrow for the drill',
    'la police arrive toujours trop tard dans ce quartier',
    'je suis infirmière aux urgences, je peux changer de service ?',
    "I'm an ER nurse thinking about a career change",
    "j'ai appelé le samu social pour un sdf devant le bureau",
    'on a appelé les pompiers la semaine dernière pour un nid de guêpes',
    'on n’a pas appelé les pompiers finalement, tout va bien',
    'Mon collègue s’est coupé la main au travail, il est aux urgences.',
  ])('not URGENT: %s', (text) => expect(signals(text)).not.toContain('URGENT'));

  it.each([
    'we called an ambulance',
    'les pompiers arrivent',
    'on est aux urgences avec mon fils',
    'the paramedics are here',
  ])('not DISTRESS by itself: %s', (text) => expect(signals(text)).not.toContain('DISTRESS'));
});
