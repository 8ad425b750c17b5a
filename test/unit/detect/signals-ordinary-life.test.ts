import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { useSignalModel } from '../../../lib/detect/signals/model.ts';

// Everyday life told with distress words: an accident at work, the end of a contract, a
// glass at a family meal, a tablet for an illness, tiredness with its cause. Each family
// beside the distress that shares its words, which must still be caught. Read by the
// rules alone (the learnt model only adds); sentences written for these tables.

beforeAll(() => useSignalModel(null));
afterAll(() => useSignalModel(undefined));

const signals = (text: string) =>
  createAnalyzer()
    .analyze(text)
    .signals.filter((s) => s !== 'VAGUE');

const isNothing = (text: string) => expect(signals(text)).toEqual([]);
const isDistress = (text: string) => expect(signals(text)).toContain('DISTRESS');

describe('accidents and objects are no harm nor violence', () => {
  it.each([
    'burnt my wrist on the fryer again, occupational hazard',
    'je me suis brûlée sur la friteuse au boulot, rien de grave',
    'me suis cramé le bras avec le fer à repasser ce matin',
    'I burned my hand on the oven door taking the lasagne out',
    'au resto on a eu un coup de feu énorme samedi, 120 couverts',
    'gros coup de feu ce midi en cuisine, je suis rincé',
    'je suis allée boire un petit coup avec ma soeur',
    'my phone is about to die, ill call u back later',
    'mon tel va mourir, je te rappelle ce soir',
    'my laptop battery is dying, sorry if i drop off the call',
    // "ma" is the possessive before a noun that spells like a participle.
    'ma plaque AB-123-CD est sur la carte grise',
    "jai refait ma plaque d'immatriculation",
    // Hair and nails are cut as grooming.
    'je me suis coupé les cheveux',
    'je me suis coupee la frange toute seule',
    'je me coupe les ongles et j’arrive',
  ])('%s: nothing', isNothing);

  it.each([
    'je me suis brûlée exprès avec le fer à repasser',
    'I burnt my wrist with a lighter again last night',
    'burned my hand on the hob and kept it there',
    'je me suis brulée avec le four et c’était pas un accident',
    'j’ai entendu des coups de feu cette nuit devant chez moi, j’ai peur',
    'il m’a mis un coup au resto devant tout le monde',
    'il ma plaquee contre le mur hier soir',
    'mon ex ma plaque contre la porte',
    'je me suis encore coupée cette nuit',
    'je me coupe les bras quand ça va pas',
    'my phone died and honestly I want to die too',
    'je voudrais mourir, mon tel est cassé en plus',
  ])('%s: distress', isDistress);
});

describe('ending a contract, a lease or a job is no wish to end one’s life', () => {
  it.each([
    'Je pense mettre fin à mon contrat d’intérim pour reprendre mes études.',
    'je vais mettre fin a mon bail en juin, trop cher',
    'thinking of ending my contract early to start the course',
    'thinking about ending my gym membership, is that silly?',
    'fin de contrat aujourd’hui, je fais mes adieux aux collègues à 17h',
    'dernier jour de mission, mes adieux a toute l’equipe ce soir',
  ])('%s: nothing', isNothing);

  it.each([
    'je veux mettre fin à mes jours',
    'je pense mettre fin a ma vie',
    'i keep thinking of ending it all',
    'thinking of ending my life',
    'je fais mes adieux, prenez soin de vous',
    'voilà mes adieux. merci pour tout',
  ])('%s: distress', isDistress);
});

describe('a glass, a tablet, a busy day and tiredness with its cause', () => {
  it.each([
    'had a glass of wine at my sister’s bbq on sunday, lovely day',
    'un verre de vin au mariage de ma cousine, je suis rentrée tôt',
    'the form asks about regular medication, I take a thyroid tablet every morning, do I list it?',
    'je prends des comprimés pour la tension tous les matins, je dois le déclarer ?',
    'I skipped lunch to finish the stock count, starving now',
    'Depuis le déménagement je suis épuisé, j’ai dormi dix heures d’affilée',
    'épuisée par le déménagement mais j’ai bien dormi cette nuit',
    'exhausted after the move but slept like a log',
  ])('%s: nothing', isNothing);

  it.each([
    'i drink alone every night to cope',
    'had a glass of wine at the bbq, then drank the whole bottle alone to forget',
    'j’ai stocké des cachets dans mon tiroir',
    'ive been stockpiling my pills',
    'je suis épuisée, je dors plus, je pleure tous les soirs',
    'I’m exhausted all the time and I cry every night',
  ])('%s: distress', isDistress);
});

describe('where one lives, a cause for staying in and a quick question are no distress, no emergency', () => {
  it.each([
    'je suis fatiguée de vivre à Paris, trop cher',
    'chui fatigué de vivre en coloc franchement',
    'marre de vivre loin de ma famille, je cherche un poste à Lyon',
    'tired of living in london tbh, rent is insane',
    'sick of living with flatmates, looking for a studio',
    'vite fait, dis-moi si tu as reçu le doc',
    'je sors plus de chez moi depuis une semaine à cause de la neige',
    'vite fait : tu préfères que je t’envoie le CV en PDF ou en Word ?',
  ])('%s: nothing', isNothing);

  it.each([
    'je suis fatiguée de vivre',
    'chui fatigué de vivre comme ça',
    'tired of living',
    'honestly im sick of living like this',
    'je sors plus de chez moi depuis une semaine, je vois personne',
  ])('%s: distress', isDistress);
});

describe('a site or a document online waits on no one; a person on the line does', () => {
  it.each([
    'le site est en ligne depuis ce matin, tu peux regarder ?',
    'la nouvelle version de mon CV est en ligne ?',
    'mon profil est en ligne sur indeed, tu peux jeter un oeil ?',
    'l’offre est en ligne jusqu’à vendredi, je postule ?',
  ])('%s: nothing', isNothing);

  it.each([
    'le recruteur est en ligne, je dis quoi ?',
    'elle est en ligne là, je lui dis quoi',
    'la conseillère pôle emploi est en ligne, j’accepte ?',
  ])('%s: urgent', (text) => expect(signals(text)).toContain('URGENT'));
});
