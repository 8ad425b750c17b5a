import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { useSignalModel } from '../../../lib/detect/signals/model.ts';

// Families of misses and false alarms from the read half of a fourth writer's set
// (signals13's even lines), each rewritten from its phenomenon in other voices and put
// beside the ordinary messages that share its words. Read by the rules alone; sentences
// written for these tables.

beforeAll(() => useSignalModel(null));
afterAll(() => useSignalModel(undefined));

const NOW = new Date('2026-12-02T09:00:00');
const signals = (text: string) =>
  createAnalyzer()
    .analyze(text, NOW)
    .signals.filter((s) => s === 'DISTRESS' || s === 'URGENT')
    .sort();

describe('a place of danger, said from where the writer stands', () => {
  it.each([
    'on the car park roof now. cant stop looking down',
    'standing on the wrong side of the railing on the bridge',
    'im past the barrier at the viewpoint, right at the edge',
    'je suis de lautre cote de la rambarde du pont',
    'je suis en haut de la falaise, juste au bord, ca fait une heure',
    'at the edge of the quarry, been here an hour, just looking down',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    'on the roof now fixing the gutter, back at 5',
    'we climbed to the edge of the crater, amazing view 😍',
    'on the wrong side of the road lol, missed my exit',
    'je suis sur le toit pour reparer lantenne',
    'looking down at my phone all day, my neck hurts',
    'standing at the edge of the pitch waiting for the kids',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('the means in hand or kept ready', () => {
  it.each([
    'jai la carabine sur les genoux et je sais pas quoi faire',
    'gun on my lap. thinking.',
    'la corde est dans le cabanon depuis lundi, jai encore rien fait avec',
    "j'ai tout avalé, la boîte entière",
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    'on part a la chasse demain, jai graisse le fusil',
    'the rope for the boat is in the shed, can you grab it',
    'jai un couteau dans la main je coupe les oignons',
    'gun on my lap in the game, this level is hard lol',
    "j'ai avalé la boîte entière de chocolats 🙈",
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('an end hoped for: a disaster, an accident, God asked to take the writer', () => {
  it.each([
    'si un camion me rentrait dedans ce serait pas une grosse perte',
    'si la tempete memportait ca reglerait pas mal de choses',
    'if a tree fell on me tonight it would honestly solve a lot',
    'if the flood took me it wouldnt be a big loss',
    'si je tombais dans le ravin ca arrangerait tout le monde',
    'je prie pour que le bon dieu me reprenne',
    'jdemande au seigneur de me rappeler a lui',
    'I keep asking God to take me home',
    'it would be better for everyone if i was not there',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    'si un camion me rentrait dedans avec ce verglas ce serait la cata',
    'si la tempete emportait le toit ca reglerait rien',
    "if the bus hits traffic I'll be late",
    'si je tombais malade ca arrangerait pas mes affaires',
    'je prie pour que dieu protege ma fille',
    'que le bon dieu me prenne si je mens, je l’ai pas touché !',
    'can you take me home after the party?',
    'it would be better if i was there for the kickoff',
    'ça va s’arranger, t’inquiète pas',
    'my car hit traffic on the M50, I’ll be late',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('farewells told sideways, and marks kept out of sight', () => {
  it.each([
    'si tu nas plus de nouvelles de moi, merci pour tout',
    'you were always good to me, remember that whatever happens next',
    'the passwords for my accounts are in the drawer, my sister will need them',
    'i wear long sleeves even in this heat so nobody sees my arms',
    'je mets des manches longues meme en plein ete pour cacher mes bras',
    'I did something to my wrists again last night',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    'si tu nas plus de nouvelles de moi avant lundi, relance-moi',
    'I did something to my back lifting boxes, its killing me',
    'jai mis des manches longues il fait froid',
    'i wear long sleeves to hide my tattoos at work',
    'the keys are in the drawer, you will need them tomorrow',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('violence told as control, grabbing, a threat shouted now', () => {
  it.each([
    'my husband took my passport and my bank card, says i cant go out without him',
    'mon mari garde ma carte bancaire et dit que je peux pas sortir sans lui',
    'il me prend mon salaire et je peux voir personne sans lui',
    'my manager keeps grabbing my arm and squeezing it when im slow',
    'le chef me serre le bras tres fort quand je vais pas assez vite',
  ])('%s: distress', (text) => expect(signals(text)).toEqual(['DISTRESS']));

  it.each([
    'he is shouting that he will finish me, please',
    'il crie quil va me finir, il est derriere la porte',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    'mon mari garde la carte bancaire parce que jai perdu la mienne',
    'i cant go out without my umbrella today',
    'my manager grabbed a coffee with me and squeezed in a meeting',
    'he grabbed my arm when i slipped on the ice, lucky',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('panic where one sits, and what is not the writer’s now', () => {
  it('a racing heart on the stairs, sitting there: an attack', () =>
    expect(
      signals('im sitting on the stairs at work, my heart is racing and my hands are numb'),
    ).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    'i ran up the stairs and my heart is racing haha',
    'A boy in my class seems to be having panic attacks, should I tell the teacher?',
    'la dame den face pleure tous les soirs, je sais pas si je dois lui parler',
    'my mates been cutting himself, what do i say to him',
    'the lady next door cries every morning, should i knock on her door',
    "I had panic attacks every night during my divorce but that was years ago, I'm fine now",
    'lannee derniere jai eu des crises dangoisse, depuis septembre plus rien',
    'jai mal aux genoux a mourir mais le chantier est fini',
    'ce film est ennuyeux a mourir',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));

  it('a wish to die is no figure of speech', () =>
    expect(signals('je suis prete a mourir')).toEqual(['DISTRESS', 'URGENT']));
});

describe('someone waiting on the line', () => {
  it('is urgent', () =>
    expect(signals('kindly revert at the earliest, the client is waiting on the line')).toEqual([
      'URGENT',
    ]));
});

// Written beside the families above, in more voices, for the acts that cost most if missed.
describe('an act under way, told in words no rule had', () => {
  it.each([
    'jviens davaler tous mes somniferes avec du whisky',
    'i just necked a full strip of paracetamol with vodka',
    'ai bu une bouteille de javel',
    'je marche vers la mer, je vais continuer',
    'ça me dérangerait pas de mourir demain',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    "he's got his hands round my neck every time i speak",
    'my landlord keeps coming into my room without asking',
  ])('%s: distress', (text) => expect(signals(text)).toEqual(['DISTRESS']));

  it.each([
    'ça me dérangerait pas de venir demain',
    "j'ai renversé de la javel sur mon jean",
    "je marche vers la mer, c'est beau",
    'ça me dérangerait pas de mourir de rire',
    'the landlord keeps coming in to fix the boiler',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('a wish not to wake, violence at home now, no way out', () => {
  it.each([
    'if i dont wake up tomorrow thats fine honestly',
    "mon père est en train de frapper ma mère et j'ai peur",
    'my dad is hitting my mum again, im upstairs',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it("i don't see any way out of this debt: distress", () =>
    expect(signals("i don't see any way out of this debt")).toEqual(['DISTRESS']));

  it.each([
    'if i dont wake up early thats fine, the meeting moved',
    'i dont see a way out of this meeting lol',
    'he is hitting my brother at rugby practice',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});
