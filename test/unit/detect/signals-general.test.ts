import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// General mechanisms rather than phrases: each table mixes French and English, tidy and
// phone-typed, with wording of our own, and the traps each mechanism must leave alone.

const signals = (text: string, now?: string) => {
  let at: Date | undefined;
  if (now) {
    const [h, m] = now.split(':').map(Number);
    at = new Date(2026, 11, 1, h, m);
  }
  return analyze(text, { now: at }).signals.filter((s) => s !== 'VAGUE');
};
const DU = ['DISTRESS', 'URGENT'];

describe('the clock said in one sentence, the deadline in another', () => {
  it.each([
    'It’s 10:40. The submission portal closes at 11.',
    'Il est 16h05. Je dois déposer le dossier à 16h45 au plus tard.',
    'il est 15h50. je dois rendre a 16h30',
    'la visio c’est 14h, il est 13h52',
    'lentretien cest 9h30 il est 9h28',
  ])('%s: urgent, whatever the caller’s clock', (text) => {
    expect(signals(text, '08:00')).toContain('URGENT');
  });

  it.each([
    'Il est 13h. Le rdv, c’est demain à 14h.',
    'It’s 9am. The portal closes at 5 on Friday.',
    'nadia dit quelle arrivera pas avant 15h, on decale ?',
    'won’t be in before 4, can we push the call?',
  ])('%s: not urgent', (text) => expect(signals(text, '08:00')).not.toContain('URGENT'));
});

describe('elisions typed with no apostrophe', () => {
  it.each([
    ['le client attend a laccueil depuis 20 min', ['URGENT']],
    ['jsers plus a rien, tout ce que jtouche rate', ['DISTRESS']],
    ['larticle sur le burn out des profs ma fait reflechir', []],
    ['lannee derniere jpleurais tous les jours, la jrevis', []],
  ])('%s', (text, expected) => expect(signals(text)).toEqual(expected));
});

describe('substance to cope, read across the message', () => {
  it.each([
    'the only thing getting me through these night shifts is my flatmate’s oxy',
    'a couple of cans at lunch, a bottle at night, it’s how i survive the job hunt',
    'necking tramadol to get thru each shift tbh',
    'I’ve been borrowing my sister’s lorazepam before interviews. It’s the only way I can walk in.',
    'c’est la vodka qui me fait tenir en ce moment',
    'je fume de plus en plus de joints, sinon je dors pas',
  ])('%s: distress', (text) => expect(signals(text)).toContain('DISTRESS'));

  it.each([
    'my doctor upped my sertraline and it’s really helping',
    'on a bu quelques bières pour fêter mon CDI',
    'i take vitamin D every morning before my shift',
    'le vin est de plus en plus cher',
    'Beer is the only thing I miss from Belgium.',
    'il boit pour oublier depuis son divorce',
    'Non je ne bois pas pour oublier, juste un verre au dîner.',
  ])('%s: no distress', (text) => expect(signals(text)).toEqual([]));
});

describe('a high place or water, and the pull', () => {
  it.each([
    'chui au bout de la digue, les vagues sont enormes et jai envie de me laisser glisser',
    'assise sur le parapet du viaduc, jregarde en bas depuis 20 min',
    'standing by the tracks, thinking of stepping forward when the next one comes',
    'on the top floor of the multistorey looking down, it would be so easy',
    'si on me refuse encore je saute du pont, je suis sérieux',
    'if they fire me i’m walking into the river, not joking',
    'i have the pills in my hand rn i dont trust myself',
    // Climbed up high, or with every pill at hand: a small matter said beside it ("j'ai
    // froid") does not take it away.
    'suis montee sur le toit du parking jsais pas pk, jai froid',
    'grimpé sur le parapet du pont, il fait nuit',
    'parked by the canal with all my meds, wanted to tell someone',
    'je suis dans ma chambre avec toutes mes pilules',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(DU));

  it.each([
    'si je rate mon permis je me jette dans un pot de glace mdr',
    'on a fait une balade sur la jetée ce midi, trop beau',
    'the view from the top floor of the car park is great at sunset',
    'the new bridge would be easy to cross on foot',
    'je saute du lit a 6h tous les matins',
    'On a un mur d’escalade au bureau, j’ai sauté du haut du bloc hier.',
    'le soleil tape fort sur le toit on a arrete a 15h',
    'je suis monté sur le toit pour réparer l’antenne',
    'I always travel with all my meds in my bag',
    'je pars avec tous mes médicaments dans la trousse de voyage',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('the wish said as a condition', () => {
  it.each([
    'Si je ne me réveillais pas demain matin, franchement, ça m’irait.',
    'si je me reveillais plus ca changerait rien pr personne',
    'parfois je me dis que si je m’endormais ce soir sans me relever ce serait reposant',
    'honestly if i never woke up after tonight nobody at work would even clock it',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(DU));

  it.each([
    'if I don’t wake up early I’ll miss the interview',
    'if i woke up earlier it would be better for my commute',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('someone waiting now', () => {
  it.each([
    'landlords literally standing at my door asking for the deposit, what do i tell him',
    'la livreuse poireaute a laccueil depuis 15 min',
    'le technicien est planté devant la porte et personne a les clés',
    'there’s a recruiter sitting in reception for me and i’m stuck on the bus',
    'she’s been waiting for 20 minutes in the lobby',
  ])('%s: urgent', (text) => expect(signals(text)).toEqual(['URGENT']));

  it.each([
    'the recruiter was waiting in reception last week when I arrived',
    'le client attendra lundi à l’accueil, rien ne presse',
    'j’attends le bus depuis 20 min, il fait froid lol',
    'I’ve been waiting for an hour for my train, so annoying',
  ])('%s: not urgent', (text) => expect(signals(text)).toEqual([]));
});

describe('happening now from a place said now', () => {
  it.each([
    'je suis dans le bus la, mon coeur bat a toute allure et j’arrive plus a respirer',
    'im in the toilets at work now and i cant stop shaking, cant breathe',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(DU));

  it('a place now and an attack last week: not urgent', () => {
    expect(
      signals('je suis dans le train la, j’ai fait une crise d’angoisse la semaine derniere'),
    ).not.toContain('URGENT');
  });
});

describe('giving up said plainly, withdrawal that adds up', () => {
  it.each([
    'honestly nothing matters anymore. sent 200 apps, 0 replies, im done trying',
    'I’ve stopped answering my family’s calls and I’ve barely eaten. I feel like a ghost.',
    'idk why i even bother, rejected again',
    'plus rien a d’importance, j’ai arrêté d’essayer',
    'i’m a shadow of myself, hardly eating since they let me go',
  ])('%s: distress', (text) => expect(signals(text)).toEqual(['DISTRESS']));

  it.each([
    'I’ve stopped replying to recruiter spam, there’s too much of it',
    'j’ai arrêté d’essayer de faire mon pain moi-même',
    'nothing matters more than this deadline now haha',
    'ce bouton sert a rien',
    'a quoi bon le pain complet',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('stories, pasts and mock urgency', () => {
  it.each([
    'jai lu le témoignage d’un gars qui voulait en finir après son licenciement, ça m’a touché',
    'Une adhérente m’a parlé de harcèlement au travail, à qui je peux l’adresser ?',
    'saw a docu about self-harm in prisons, made me think a lot about my job',
    'Last yr i was totally burnt out. Now loving the new job.',
    'remember my panic attacks in first year? haven’t had one since, feels great',
    'Je voulais juste changer d’air.',
    'tkt g eu mon permis du premier coup',
    'Tuesday’s ‘urgent’ slide deck ended up never being presented, typical.',
    'Urgent question of the utmost importance: pineapple on pizza, yes or no?',
    'urgent question pizza or sushi for the team lunch',
    'URGENT matter: who ate my yoghurt from the office fridge?',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));

  it.each([
    ['J’ai lu ce témoignage et je me reconnais : moi aussi j’ai envie d’en finir.', DU],
    ['after that documentary i realised i’ve been cutting myself again', DU],
    ['je manque d’air, je suffoque dans l’open space, là', DU],
    ['Urgent: the client wants the signed quote within the hour.', ['URGENT']],
  ])('%s: still flagged', (text, expected) => expect(signals(text)).toEqual(expected));
});

describe('hostility aimed at the writer, and a threat at the door', () => {
  it.each([
    'mon chef me traite d’abruti devant les clients et ils rigolent tous',
    'my supervisor calls me dumb in every standup and the team laughs',
    'he keeps messaging me at 3am and turned up at my building twice',
    'my manager screamed at me and threw a stapler at me',
  ])('%s: distress', (text) => expect(signals(text)).toContain('DISTRESS'));

  it.each([
    'my friend calls me silly when I overthink, it’s sweet',
    'mon collègue m’appelle tous les soirs pour le projet, c’est pratique',
    'mon prof me traite de génie lol',
    'my mum keeps calling me every night to check on me',
    'le voisin est devant ma porte, il me ramene mon colis',
    'the plumber is at my door now, can we talk later?',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));

  it.each([
    'mon ex est devant ma porte et il tape, j’ai peur',
    'my ex is at my door and he’s drunk',
    'il est en bas de mon immeuble, j’ai peur de sortir',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(DU));
});

describe('too much of a medicine, just taken', () => {
  it.each([
    'g pris ttes mes gelules de stilnox y a 5 min',
    'swallowed way to many painkillers bout 15 min ago',
    'took like half the bottle of my sleeping tabs, feel dizzy',
    'jai avale tte une boite de doliprane je me sens bizarre',
    'j’ai avalé toute la boîte de somnifères',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(DU));

  it.each([
    'i took way too many notes in the meeting lol',
    'i took all my meds this morning like the doctor said',
    'j’ai pris toute la boîte de mouchoirs au bureau tellement je suis enrhumée',
    'jai pris trop de cafe ce matin',
    'j’ai pris 2 doliprane pour ma migraine',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('the overdose phrasings the general reading replaced', () => {
  it.each([
    'j’ai pris plein de cachets',
    'je viens de prendre une poignée de comprimés',
    'I swallowed a handful of sleeping pills',
    'j’ai avalé quinze cachets',
    'i took 30 tablets',
    'j’ai avalé deux boîtes de somnifères',
    'downed half a bottle of painkillers',
    'took a ton of meds',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(DU));
});

describe('goodbyes, breakdowns and breath, in and out of distress', () => {
  it.each([
    'jai laisse un mot pr chacun de mes freres sur le bureau',
    'envoye un dernier message a tout le monde ce soir. merci davoir essaye',
    'I wanted to say goodbye. You won’t hear from me again after tonight.',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(DU));

  it.each(['I broke down in the toilets after the review.', 'I keep breaking down at work'])(
    '%s: distress',
    (text) => expect(signals(text)).toContain('DISTRESS'),
  );

  it.each([
    'Dernière séance aujourd’hui : je voulais te dire au revoir et merci pour tout, tu as compté.',
    'sent goodbye emails to my team on my last day, so emotional',
    'my bike broke down on the ring road, gonna be late',
    'the coffee machine broke down again, no caffeine all day',
    'ce paysage m’a coupé le souffle, trop beau',
    'j’ai écrit une lettre de motivation pour chaque boîte',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});
