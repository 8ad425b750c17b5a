import { describe, expect, it } from 'vitest';
import { isNothing, isSevere, read, signals, withRulesAlone } from './signal-rules.ts';

// The four categories issue 10 found weakest on new writers, each widened from what it is
// (the taste for life lost, death let come, a thing given "for after", a letter left with
// someone close; stalking, intimate pictures held over the writer, sexual messages;
// shut in, on the tracks now), each beside an ordinary message that shares its words.
// Rules alone: the learnt model only adds.

withRulesAlone();

const isViolence = (text: string) => {
  const analysis = read(text);
  expect(analysis.signals).toContain('DISTRESS');
  expect(analysis.distress).toContain('violence');
};
const isCrisisNow = (text: string) => {
  const analysis = read(text);
  expect(analysis.signals).toEqual(expect.arrayContaining(['DISTRESS', 'URGENT']));
  expect(analysis.crisisNow).toBe(true);
};

describe('passive ideation: the taste for life, too many on earth, death let come', () => {
  it.each([
    "j'ai perdu le goût de vivre depuis l'hiver",
    "j'ai pu aucun goût à la vie",
    'plus le gout de vivre, vraiment',
    'je me sens de trop dans ce monde',
    'if i ever got diagnosed with something i would not even fight it',
    'si je tombais malade je me soignerais pas, franchement',
  ])('%s', isSevere('passive-ideation'));

  it.each([
    "j'ai retrouvé le goût de la cuisine depuis le stage",
    'je me sens de trop dans cette réunion, je sais pas pourquoi on m’a invitée',
    'if i got sick i would just work from home',
    'si je tombais malade pendant le séminaire, qui me remplace ?',
  ])('%s: nothing', isNothing);
});

describe('passive ideation: an absence with a date, a meeting begun without the writer', () => {
  it.each([
    'je suis plus là à partir de jeudi, congés',
    'je serai plus là du 3 au 10',
    'lancez la visio sans moi, je suis dans le métro',
    'start the stand-up without me, my train is late',
  ])('%s: nothing', isNothing);

  it.each(['je voudrais plus être là, pour personne', 'they would all be fine without me'])(
    '%s',
    isSevere('passive-ideation'),
  );
});

describe('farewell: a thing given for after, a letter left with someone close', () => {
  it.each([
    'gave my watch to my cousin, he will use it more than me now',
    "j'ai donné mon vélo à mon neveu, il en aura plus besoin que moi de toute façon",
    "j'ai laissé mon alliance et une lettre chez ma mère. elle va comprendre",
  ])('%s', isSevere('farewell'));

  it.each([
    'gave my old bike to my nephew, he will use it more than the dog does lol',
    "j'ai donné mon vélo à mon neveu, il en a plus besoin que moi pour aller au lycée",
    "j'ai laissé les clés et une lettre chez ma mère pour le plombier",
    'elle va comprendre quand elle verra le planning',
  ])('%s: nothing', isNothing);
});

describe('violence: stalking, intimate pictures held over the writer, sexual messages', () => {
  it.each([
    'this guy from my old job keeps turning up outside my work',
    'she keeps contacting me from fake accounts since I blocked her',
    "mon ex me contacte avec des faux profils depuis que je l'ai bloqué",
    'he threatened to leak my private photos',
    'he says he will post my pics unless i go back to him',
    'il menace de partager des photos de moi si je le quitte',
    'il va envoyer mes photos à ma famille si je porte plainte',
    'le client me fait des remarques graveleuses à chaque rendez-vous',
    'my supervisor keeps sending me sexual texts at night',
    'he made lewd comments about my legs in front of the team',
    'mon responsable me demande des selfies le soir',
  ])('%s', isViolence);

  it.each([
    'my mum keeps showing up at the office with cake lol',
    'my cousin messaged me from a new number, saving it now',
    'il menace de publier mes photos de vacances sur le groupe 😂',
    'my colleague is going to post my pics from the party on the intranet',
    'la cheffe me demande des photos pour le site',
    'she asked me for photos of the venue',
    'he made some dirty jokes about the printer',
  ])('%s: nothing', isNothing);
});

describe('crisis now: shut in by someone, on the tracks', () => {
  it.each([
    "elle m'a enfermé dans la cave et elle est partie",
    "he's locked me in the bedroom and taken my phone",
    'sitting by the railway line now, i dont know why im telling you',
    'je suis assise sur les rails, là',
  ])('%s', isCrisisNow);

  it('a shutting-in told as a habit is violence, not a crisis now', () => {
    expect(read('he locks me in whenever he goes out').crisisNow).toBe(false);
    expect(read("il m'a enfermée dans la chambre quand j'avais 12 ans").crisisNow).toBe(false);
  });

  it.each([
    'im at the railway station, train is on time',
    'stuck on the train line outside Leeds, signal failure',
    'je suis sur la voie de la guérison, merci pour tout ton soutien',
    'je suis sur le quai, le RER a 20 min de retard',
    'he was standing on the bridge in the last episode, so tense',
  ])('%s: nothing', (text) => expect(signals(text)).not.toContain('URGENT'));
});

describe('the past said in years', () => {
  it.each(['un prof me harcelait il y a des années, aujourd’hui je suis prof moi-même'])(
    '%s: nothing',
    isNothing,
  );
});

describe('crisis now: a ledge, the water looked at, the means laid out, the sea', () => {
  it.each([
    "i'm standing on the balcony ledge, 9th floor",
    'je suis en haut de la tour, au bord',
    'au milieu du pont, je fixe le vide depuis une heure',
    'on the bridge again, staring down at the water',
    'je suis dans le bain avec le rasoir',
    'the box of sleeping pills is open in front of me',
    'wading into the river now, sorry',
    "the cars running in the shut garage and i'm in it",
  ])('%s', isCrisisNow);

  it.each([
    'sitting on the balcony ledge with a coffee, lovely sun',
    "au milieu du pont, je regarde l'eau, magnifique coucher de soleil",
    'on the bridge looking down at the boats, so pretty',
    'la boîte de cachets est ouverte sur la table, qui l’a laissée ?',
    'walking into the sea right now with the kids, so cold',
    'je suis sur le pont de 7h à 19h samedi, inventaire',
  ])('%s: nothing', isNothing);
});

describe('farewell: things given away, contracts ended, provision made for after', () => {
  it.each([
    "j'ai résilié mes assurances et laissé tout en ordre",
    'i gave all my records away, wrote a letter for my daughter too',
    'tout est réglé pour que ma fille manque de rien après',
    'j’ai écrit à chacun de mes frères une lettre',
    'look after Biscuit for me from now on. thank you for everything',
  ])('%s', isSevere('farewell'));

  it.each([
    "j'ai résilié mon abonnement à la salle, trop cher",
    'gave most of my old toys away to the charity shop',
    'I left a note for my husband to pick up milk',
    'the envelope for my sister’s wedding gift is ready',
    'honestly nothing matters anymore, sent 50 applications and nothing',
  ])('%s: no farewell', (text) => expect(read(text).distress).not.toContain('farewell'));
});

describe('passive ideation: not wanting to have woken, done with life', () => {
  it.each([
    "j'aurais voulu jamais me réveiller ce matin",
    "wish i hadn't woken up today",
    "j'en ai fini avec la vie.",
    'ma vie sert à rien, autant que je sois plus là',
    'la mort serait une libération, honnêtement',
  ])('%s', isSevere('passive-ideation'));

  it.each(["j'en ai fini avec la vie de bureau, vive le freelance"])('%s: nothing', isNothing);
});

describe('violence: groped, tracked, threatened with a weapon', () => {
  it.each([
    'a man groped my thigh on the night bus',
    'il a caché un traceur dans ma voiture',
    'he checks my live location and gets furious when I stop anywhere',
    'il surveille ma localisation en permanence',
    'mon beau-père m’a menacée avec un couteau',
    'il a pointé son arme sur moi',
  ])('%s', isViolence);

  it.each([
    'my phone tracks my location for the running app',
    'my mum checks my location when I travel, she worries',
    'le chef m’a menacé de son pistolet à eau lol',
  ])('%s: nothing', isNothing);
});

describe('passive ideation: the body hoped to stop, a quiet going out, God asked to take me', () => {
  it.each([
    'some nights i pray my heart just stops',
    "j'aimerais que mon cœur lâche pendant la nuit",
    "i wouldn't mind if i didn't make it through tonight",
    'envie de juste m’éteindre doucement',
    'i just want to stop being, that’s all',
    'mon dieu viens me chercher, je suis à bout',
    "i'm ready to die whenever god decides",
  ])('%s', isSevere('passive-ideation'));

  it.each([
    'I hope my heart stops racing before the interview',
    "i don't care if i don't get through the whole list today",
    'god, take me back to the holidays 😩',
    'seigneur prends-moi en pitié, encore une réunion',
    'ready to go whenever you are!',
    'le bon dieu me prenne si je mens, c’est vrai !',
  ])('%s: nothing', isNothing);
});

describe('farewell: last wishes, keys left with a note, codes to be found', () => {
  it.each([
    "j'ai rédigé mes dernières volontés hier soir",
    "I've written down my funeral wishes for you",
    'left my keys with my brother with a letter. he will understand',
  ])('%s', isSevere('farewell'));

  it.each([
    "j'ai écrit mes dernières volontés pour l'assurance vie, c'est fait",
    'gave the keys back to the landlord with a note about the boiler',
    'you’ll find my passwords in the shared doc',
    'je te laisse mes notes du cours, j’en ai plus besoin',
    'prends soin de toi et à demain',
  ])('%s: no farewell', (text) => expect(read(text).distress).not.toContain('farewell'));
});

describe('crisis now and violence: an exhaust hose, a drink spiked, permission to see my own', () => {
  it("i've got the hose on the exhaust and the windows up", () =>
    isCrisisNow("i've got the hose on the exhaust and the windows up"));

  it.each([
    "je crois qu'on m'a droguée hier soir, je me souviens de rien",
    'pretty sure someone spiked my drink at the work party',
    'he makes me ask his permission to see my sister',
  ])('%s', isViolence);

  it.each([
    'he makes me ask for permission before deploying to prod',
    'i took loads of paracetamol for the flu this week, feeling better',
    "j'ai la corde à sauter dans mon sac pour la salle",
  ])('%s: nothing', isNothing);
});

describe('ordinary callers, chores, decks and absences with an end', () => {
  it.each([
    'ça frappe à la porte, sûrement le livreur avec mon colis',
    'someone keeps knocking on the door, must be the plumber',
    "I'm on the roof fixing the gutter, call you after",
    'on est sur le pont du ferry, il fait beau',
    'goodbye and thank you all, it was a pleasure working with you',
    'je te confie le dossier Martin pendant mon absence',
  ])('%s: nothing', isNothing);

  it.each([
    'il tape à la porte et il hurle, j’ai peur',
    "I'm on the roof and I can't do this anymore",
  ])('%s: urgent still', (text) => expect(signals(text)).toContain('URGENT'));
});

describe('why still here, a promise to look after someone close, not to be looked for', () => {
  it.each(['pk je suis encore là franchement'])('%s', isSevere('passive-ideation'));
  it.each([
    'promets-moi de prendre soin de papa',
    "please don't come looking for me.",
    'ne me cherchez plus',
    'rang my dad to tell him i love him one last time',
  ])('%s', isSevere('farewell'));

  it.each([
    'pk je suis encore là à 21h au bureau franchement',
    'promets-moi de t’occuper de maman pendant que je suis à Lyon',
    "don't look for me at the party, I'll be late",
    "let's go over the slides one last time",
  ])('%s: nothing', isNothing);
});
