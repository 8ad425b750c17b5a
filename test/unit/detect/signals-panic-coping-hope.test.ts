import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// Catches and traps for three categories written from how people say them, French and
// English, tidy and typed on a phone: acute panic or dissociation, substance used to
// cope, hopelessness and not coping. Each trap shares words with a catch.

const read = (text: string) => analyze(text);

describe('acute panic or dissociation', () => {
  it.each([
    "j'arrive plus a respirer",
    'jarrive plus a respirer, aide moi',
    'my chest is so tight i cant breathe',
    'je me sens plus dans mon corps',
    'ca recommence la crise la jsuis par terre dans le vestiaire',
    'jai limpression que les murs se rapprochent, jetouffe, aide moi',
    'jentends des voix jsais plus ce qui est vrai la tout de suite',
    'je peux pas arreter de trembler dans la voiture',
    'la cest bizarre jme vois de lexterieur jarrive pas a revenir',
    'hands shaking and heart going mad cant stop it',
    'im having one of those attacks in the shop rn',
    'i cant feel anything and i dont know whats real rn',
    'its happening again the room is closing in',
    'ma gorge se serre, je perds le controle',
  ])('panic: %s', (text) => {
    const r = read(text);
    expect(r.signals).toContain('DISTRESS');
    expect(r.distress).toContain('panic');
  });

  it.each([
    "j'arrive plus a respirer apres le footing",
    'après 10 km je suis essoufflée, j’arrive plus à respirer',
    'out of breath after the gym, my chest is so tight lol',
    'heart pounding after the stairs, 6th floor and the lift is out again',
    'je me vois de lexterieur sur la video de la simulation, bizarre',
    'the walls are closing in at the tiny co-working, asking for a desk by the window',
    "ma collègue fait des crises d'angoisse, comment je peux l'aider ?",
  ])('no panic: %s', (text) => {
    expect(read(text).distress).not.toContain('panic');
  });
});

describe('substance used to cope', () => {
  it.each([
    'je bois pour tenir',
    'i took extra xanax to get through the day',
    'je fume des joints du matin au soir pour plus penser',
    'je me cache au vestiaire pour boire entre deux clients',
    'chui pas rentre sobre depuis une semaine',
    'g deja fini la plaquette de tramadol que le docteur ma donnee pour le mois',
    'avant chaque reunion g besoin de deux whiskys dans la voiture',
    'cant get thru a shift without a few lines now',
    'need a pill to face going out the door',
    'relapsed on coke after the meeting with hr',
    'woke up on the bathroom floor again after drinking',
    'bought pills off a guy at work to help me cope',
  ])('substance: %s', (text) => {
    const r = read(text);
    expect(r.signals).toContain('DISTRESS');
    expect(r.distress).toContain('substance');
  });

  it.each([
    'on boit un verre avec les copines ce soir',
    'drinks with the team on friday, first time since i joined',
    'je prends ma dose prescrite de xanax le soir',
    'i take my sertraline every morning as prescribed',
    'ma conso de data a triplé depuis que g perdu le wifi',
    'I relapsed. Chocolate. 40 days clean and I ruined it 😂',
    'il boit pour oublier depuis son divorce, je sais pas quoi lui dire',
  ])('no substance: %s', (text) => {
    expect(read(text).distress).not.toContain('substance');
  });
});

describe('hopelessness and not coping', () => {
  it.each([
    'je vois pas comment ça va s’arranger',
    'je vois pas comment ca va sarranger',
    'je vois pas comment ca pourrait aller mieux un jour',
    'i havent eaten or slept in days',
    "j'ai pas mangé depuis trois jours",
    'je pleure tous les jours',
    'je fonds en larmes dans le tram chaque matin',
    'je suis en burn out je craque',
    'nothing is ever gonna get better for me is it',
    '4 months no job no money and no hope left',
    'i messed up my whole life theres no fixing it',
    'feel so worthless since they let me go',
    'tout mest egal maintenant meme ce qui marrive',
    'cba getting out of bed for days now',
  ])('hopelessness: %s', (text) => {
    const r = read(text);
    expect(r.signals).toContain('DISTRESS');
    expect(r.distress).toContain('hopelessness');
  });

  it.each([
    'je pleure de rire',
    'je pleure de rire tous les jours avec cette série',
    "ma collègue revient d'un burn out, comment je peux l'accompagner ?",
    'je vois pas comment ca pourrait aller mieux un jour de greve, je prends le velo',
    'jsuis plus capable de rien apres 22h, je reponds demain',
    'haven’t eaten since breakfast, lunch break got cancelled, starving',
    'I haven’t slept properly in days because I’m finishing the portfolio',
    'barely functioning tbh before coffee, can we talk after 10',
    'no hope left for the printer, buying a new one',
  ])('no distress: %s', (text) => {
    expect(read(text).signals).not.toContain('DISTRESS');
  });
});
