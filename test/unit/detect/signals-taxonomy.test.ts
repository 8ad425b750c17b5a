import { describe, expect, it } from 'vitest';
import { analyze, type DistressCategory } from '../../../lib/detect/index.ts';

// One table per category of the taxonomy: what it catches and the traps around it (a
// joke, the past, someone else, a question about the topic, a film, a negation), in
// French and English, typed carefully or sloppily. Written apart from the signal set.

const read = (text: string) => analyze(text);

function table(
  category: DistressCategory,
  catches: string[],
  traps: string[],
  { urgent }: { urgent: boolean },
) {
  describe(category, () => {
    it.each(catches)('catches: %s', (text) => {
      const a = read(text);
      expect(a.signals).toContain('DISTRESS');
      expect(a.distress).toContain(category);
      if (urgent) expect(a.signals).toContain('URGENT');
    });
    it.each(traps)('trap: %s', (text) => expect(read(text).signals).not.toContain('DISTRESS'));
  });
}

table(
  'passive-ideation',
  [
    'Parfois je voudrais juste ne plus me réveiller.',
    'je prefererais etre morte franchement',
    'Ils seraient bien mieux sans moi au bureau comme à la maison.',
    'I wish I was dead, honestly.',
    'everyone would be better off without me',
    'Je n’ai plus envie de vivre.',
  ],
  [
    'Je meurs de faim, on déjeune ?',
    'Je suis morte de rire 😂',
    'Le film parle d’un homme qui veut mourir, tu l’as vu ?',
    'I’m dying to see the new office!',
    'Il y a dix ans je voulais disparaître, aujourd’hui ça va mieux.',
  ],
  { urgent: true },
);

table(
  'active-ideation',
  [
    'Je pense au suicide tous les jours.',
    'jveux me tuer',
    'J’ai un plan, je sais comment je vais le faire.',
    'I keep thinking about killing myself.',
    'I looked up how many pills it would take.',
    'je vais me jeter sous un train',
  ],
  [
    'Si je dois refaire ce tableau je me jette par la fenêtre mdr',
    'My colleague talked about suicide prevention at the meeting.',
    'Comment parler du suicide avec une équipe ?',
    'I’m gonna kill myself if this meeting runs over lol',
    'Je n’ai jamais pensé au suicide, rassure-toi.',
  ],
  { urgent: true },
);

table(
  'farewell',
  [
    'Je voulais te dire adieu. Merci pour tout.',
    'J’ai écrit des lettres pour mes enfants.',
    'I’ve given away all my things, I won’t need them anymore.',
    'Tu ne me reverras pas, prends soin de toi.',
    'This is my last message, thank you for everything.',
  ],
  [
    'Adieu les réunions du lundi, je change de service !',
    'Merci pour tout, à lundi !',
    'Goodbye old laptop, hello new one!',
    'J’ai rangé mon bureau avant les vacances.',
  ],
  { urgent: true },
);

table(
  'self-harm',
  [
    'je me suis encore coupée hier soir',
    'Je me scarifie depuis quelques mois.',
    'I burned my arm again last night.',
    'I’ve been hurting myself to feel something.',
    'Je me tape la tête contre le mur quand c’est trop.',
  ],
  [
    'Je me suis coupé en cuisinant, rien de grave.',
    'I self-harmed as a teenager, it’s been years now.',
    'Ma meilleure amie se scarifie, je suis inquiète.',
    'Je ne me fais pas de mal, t’inquiète.',
  ],
  { urgent: false },
);

table(
  'substance',
  [
    'je bois tous les soirs pour oublier le boulot',
    'Je prends des anxiolytiques en plus de ma dose pour tenir.',
    'I need a few drinks every night just to get through it.',
    'I’ve been taking extra Xanax to get through the day.',
  ],
  [
    'Non je ne bois pas pour oublier, juste un verre au dîner.',
    'Mon frère boit pour tenir, je m’inquiète pour lui.',
    'Je bois beaucoup d’eau pour tenir les journées de salon.',
    'I took a painkiller for my back, I’m fine.',
  ],
  { urgent: false },
);

table(
  'violence',
  [
    'mon mari m’a poussée contre la porte hier soir',
    'Mon chef commente mon corps devant toute l’équipe.',
    'My partner hit me again and I’m scared to go home.',
    'Un collègue m’a coincée dans l’ascenseur.',
    'he keeps sending me sexual messages at night',
  ],
  [
    'Mon chef m’a poussé à postuler, c’est sympa.',
    'Mon collègue m’a frappé par sa franchise.',
    'Le podcast parlait de violences conjugales.',
    'Comment signaler un harcèlement au travail ?',
    'No one hit me, it was a misunderstanding.',
  ],
  { urgent: false },
);

table(
  'panic',
  [
    'je n’arrive plus à respirer, mon cœur s’emballe',
    'I’m having a panic attack in the toilets.',
    'Tout me semble irréel, comme si je me regardais de l’extérieur.',
    'My heart is pounding and I can’t catch my breath.',
  ],
  [
    'Une amie fait des crises de panique, tu connais des ressources ?',
    'J’ai eu des crises de panique pendant mes études, plus du tout depuis.',
    'Quels sont les signes d’une crise d’angoisse ?',
  ],
  { urgent: false },
);

table(
  'hopelessness',
  [
    'je craque en larmes dans le métro tous les matins',
    'chui au bout du rouleau, jpp',
    'I can’t cope anymore, everything is falling apart.',
    'Je ne mange plus et je dors deux heures par nuit.',
    'Je suis en plein burn-out.',
  ],
  [
    'Comment reconnaître un burn-out dans une équipe ?',
    'L’an dernier j’ai fait un burn-out, ça m’a appris à poser des limites.',
    'J’ai pleuré de rire pendant la réunion.',
    'I’m tired after the trip but happy with how it went.',
    'Ma collègue est en arrêt pour épuisement, comment la soutenir ?',
  ],
  { urgent: false },
);

describe('a crisis happening now is urgent and says so', () => {
  it.each([
    'je suis au bord du quai et je regarde les trains passer',
    'il tape contre ma porte en ce moment',
    'j’ai avalé toute la boîte',
    'I just took a whole bottle of pills',
  ])('%s', (text) => {
    const a = read(text);
    expect(a.signals).toEqual(expect.arrayContaining(['DISTRESS', 'URGENT']));
    expect(a.crisisNow).toBe(true);
  });
});

describe('help-line numbers alone are not distress', () => {
  it.each([
    'Numéros utiles : 3114, SOS Amitié 09 72 39 40 50, 3919.',
    'Le numéro national prévention suicide c’est le 3114, je l’affiche au bureau.',
    'US crisis line is 988, Samaritans UK is 116 123.',
  ])('%s', (text) => expect(read(text).signals).toEqual([]));
});
