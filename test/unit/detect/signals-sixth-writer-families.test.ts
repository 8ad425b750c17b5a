import { describe, expect, it } from 'vitest';
import { signalText } from '../../../lib/detect/signals/normalize.ts';
import { distressAndUrgent, withRulesAlone } from './helpers.ts';

// Families of misses and false alarms from the read half of a sixth writer's probe
// (phonetic spelling, Québec, Marseille and Swiss French, Scouse and Singlish English;
// lib/detect/README.md), each rewritten from its phenomenon in other words and put beside
// ordinary messages that share its words. Read by the rules alone; sentences written for
// these tables.

withRulesAlone();

const NOW = new Date('2026-12-02T22:00:00');
const signals = (text: string, now = NOW) => distressAndUrgent(text, now);

describe('spellings typed by ear or from another French', () => {
  it.each([
    ["j'arrive plus à respiré", 'je arrive plus a respirer'],
    ['mon coeur va explosé', 'mon coeur va exploser'],
    ['je peux pas rentré', 'je peux pas rentrer'],
    ['ça va passé', 'ca va passer'],
    ['chu pu capable', 'je suis plus capable'],
    ["j'ai pu d'énergie pantoute", 'je ai plus de energie pas du tout'],
    ['y a 10 ans', 'il y a 10 ans'],
    ['dégun me croit', 'personne me croit'],
    ['je braille tous les soirs', 'je pleure tous les soirs'],
  ])('%s reads as "%s"', (typed, read) => expect(signalText(typed)).toBe(read));

  it.each([
    ['il a frappé à la porte', 'il a frappe a la porte'],
    ['il attend à côté de moi', 'il attend a cote de moi'],
    ["j'ai pas mangé", 'je ai pas mange'],
    ["j'ai pu dormir un peu", 'je ai pu dormir un peu'],
    ['il y a du monde', 'il y a du monde'],
  ])('a participle or "pu" that is one stays: %s', (typed, read) =>
    expect(signalText(typed)).toBe(read),
  );

  it.each([
    'jarrive plu a respiré dans le bus mon coeur va explosé',
    'chu pu capable de rien, je braille tous les matins',
  ])('%s: distress', (text) => expect(signals(text)).toContain('DISTRESS'));
});

describe('things and animals handed on to named people, affairs put in order', () => {
  it.each([
    "j'ai laissé ma voiture à Yanis et mon chat à ma sœur. vous me reverrez plus",
    "Monsieur, j'ai mis mes papiers en ordre et confié mes lapins au voisin. Merci pour tout. Adieu.",
    'gave my dog to my neighbour and moved my savings to my brother. thanks for everything',
    "i've sorted who gets my guitar. thanks for everything",
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    "j'ai laissé mon vélo à Yanis pour le week-end",
    'passed my dog to my sister while i do the night shifts',
    'who gets my locker when i leave the warehouse?',
    'adieu marc ! on se voit toujours mardi pour le cv ?',
    "j'ai enfin mis mes papiers en ordre pour la CAF, tu peux vérifier le dossier ?",
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('self-harm told by its object or its mark', () => {
  it.each([
    "je me suis cogné la tête contre l'armoire jusqu'à en saigner",
    'bit my arm when the manager left, theres blood on my sleeve',
    "j'ai démonté la lame du taille crayon ce soir",
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    "je me suis cogné la tête contre l'étagère du frigo, rien de grave",
    'bit my lip at the dentist lol',
    'il faut changer la lame du cutter au poste 3',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('too much taken, felt now', () => {
  it.each([
    "j'ai pris des somnifères avec le vin, je crois que j'en ai pris trop, tout tourne",
    'took like 5 bars an hour ago and i cant feel my hands',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    "j'en ai pris trop de temps pour répondre, désolé",
    'took 2 pills for my back this morning, feeling better',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('violence whose author is still there, or nowhere to go tonight', () => {
  it.each([
    "mon mari m'a frappée, il est encore là dans le salon",
    'my boyfriend hit me and hes still in the flat',
    "il m'a mise dehors après m'avoir giflée, je sais pas où dormir ce soir",
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    'le formateur est encore là ce soir si tu veux passer',
    'hes still in the office, ask him',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('stuck behind something on the road is no violence', () => {
  it('coincé derrière un tracteur, le rdv est à 22h30: urgent only', () =>
    expect(
      signals('coincé derrière un tracteur sur la départementale, le rdv est à 22h30'),
    ).toEqual(['URGENT']));
});

describe('words that only look like distress or urgency', () => {
  it.each([
    'tout ce que je touche tombe en panne, je touche plus à rien mdr',
    'je voudrais juste disparaître quelque temps au soleil, tu connais un gîte ?',
    "le serveur d'impression plante souvent, j'ai appelé le support",
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));

  it.each(['le serveur est en panne, les clients attendent à la caisse'])('%s: urgent', (text) =>
    expect(signals(text)).toContain('URGENT'),
  );
});

describe('wishes told as a reunion or as giving up against the water', () => {
  it.each([
    'cant wait to go and see my grandad again, he passed in june',
    'i just want to be with my mum again, she died in march',
    'thinking i might just stop fighting the current and let it take me',
    "j'ai envie de me laisser couler",
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    "can't wait to see my nan again at christmas",
    'je vais rejoindre papa à la gare ce soir',
    'let it take me home, the bus i mean',
    'je me laisse emporter par la musique',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('thinking "real serious" about it, and a habit before leaving for work', () => {
  it.each(['been thinking real serious about ending it', 'thinkin real hard about endin it'])(
    '%s: distress and urgent',
    (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']),
  );

  it('panic every morning before leaving for work: distress, not urgent', () =>
    expect(
      signals('je fais des crises de panique tous les matins avant de partir, je gère plus'),
    ).toEqual(['DISTRESS']));
});

describe('a thing asked for "quickly"', () => {
  it.each(['can you send it quickly, the caseworker is here', 'tu peux me l’envoyer vite stp'])(
    '%s: urgent',
    (text) => expect(signals(text)).toEqual(['URGENT']),
  );

  it('"quickly when you get a chance": no rush', () =>
    expect(signals('can you send it quickly when you get a chance')).toEqual([]));
});
