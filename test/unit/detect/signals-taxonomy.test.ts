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
    'parfois j’espère qu’un camion me percute sur le trajet',
    'if i fell asleep tonight and that was it, fine by me',
    'Il vaudrait mieux pour tout le monde que je ne sois plus là.',
    'idw be here anymore',
    'g envie de crever',
  ],
  [
    'Je meurs de faim, on déjeune ?',
    'Je suis morte de rire 😂',
    'Le film parle d’un homme qui veut mourir, tu l’as vu ?',
    'I’m dying to see the new office!',
    'Il y a dix ans je voulais disparaître, aujourd’hui ça va mieux.',
    'Le bus a failli me renverser ce matin, quelle frayeur.',
    'Je veux crever l’abcès avec mon manager.',
    'Il vaudrait mieux que je ne sois pas là jeudi, j’ai le dentiste.',
    'Before I disappear into my new job, thank you!',
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
    'I checked how high the car park roof is, it would be enough.',
    'j’ai repéré un endroit, le toit de l’immeuble est accessible la nuit',
    'been stockpiling my sleeping pills for weeks',
    'sewer slide thoughts again',
  ],
  [
    'Si je dois refaire ce tableau je me jette par la fenêtre mdr',
    'My colleague talked about suicide prevention at the meeting.',
    'Comment parler du suicide avec une équipe ?',
    'I’m gonna kill myself if this meeting runs over lol',
    'Je n’ai jamais pensé au suicide, rassure-toi.',
    'Combien de comprimés de Doliprane max par jour pour une migraine ?',
    'j’ai repéré un super resto près de la gare',
    'this meeting makes me want to kms lol',
    'How do I support someone with suicidal thoughts?',
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
    'si tu n’as plus de nouvelles, c’est pas ta faute',
    'if you don’t hear from me after tonight, none of this is on you',
    'sorted my passwords and the bank stuff for my sister, everything’s in order',
  ],
  [
    'Adieu les réunions du lundi, je change de service !',
    'Merci pour tout, à lundi !',
    'Goodbye old laptop, hello new one!',
    'J’ai rangé mon bureau avant les vacances.',
    'Dernier message du programme : merci pour tout, on garde contact ?',
    'Si tu n’as pas de nouvelles d’ici lundi, relance-moi.',
    'if you don’t hear from me by Friday, ping me',
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
    'I punched the wall until my knuckles bled.',
    'je porte des manches longues pour cacher mes bras',
    'cutting again, nobody knows',
    'i relapsed last night, 30 days clean gone',
  ],
  [
    'Je me suis coupé en cuisinant, rien de grave.',
    'I self-harmed as a teenager, it’s been years now.',
    'Ma meilleure amie se scarifie, je suis inquiète.',
    'Je ne me fais pas de mal, t’inquiète.',
    'i relapsed on chocolate this week haha',
    'Manches longues ou courtes pour l’entretien ?',
  ],
  { urgent: true },
);

table(
  'substance',
  [
    'je bois tous les soirs pour oublier le boulot',
    'Je prends des anxiolytiques en plus de ma dose pour tenir.',
    'I need a few drinks every night just to get through it.',
    'I’ve been taking extra Xanax to get through the day.',
    'un verre avant chaque réunion, c’est la seule façon d’y aller',
    'need a line before every pitch',
    'popping xanax like candy this week',
  ],
  [
    'Non je ne bois pas pour oublier, juste un verre au dîner.',
    'Mon frère boit pour tenir, je m’inquiète pour lui.',
    'Je bois beaucoup d’eau pour tenir les journées de salon.',
    'I took a painkiller for my back, I’m fine.',
    'took way more time than I should have on the deck',
    'un verre avant le dîner d’équipe ce soir ?',
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
    'le client dit que mon contrat dépend de si je dîne avec lui',
    'he keeps sending me pics I never asked for',
    'mon copain garde ma carte bleue et me donne 20 euros par semaine',
  ],
  [
    'Mon chef m’a poussé à postuler, c’est sympa.',
    'Mon collègue m’a frappé par sa franchise.',
    'Le podcast parlait de violences conjugales.',
    'Comment signaler un harcèlement au travail ?',
    'No one hit me, it was a misunderstanding.',
    'désolée de te harceler pour mon CV',
    'I’ll hit send at 5',
    'chui claquée mais ça va',
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
    'je me vois parler comme si c’était quelqu’un d’autre',
    'everything sounds muffled and far away',
  ],
  [
    'Une amie fait des crises de panique, tu connais des ressources ?',
    'J’ai eu des crises de panique pendant mes études, plus du tout depuis.',
    'Quels sont les signes d’une crise d’angoisse ?',
    'mon cœur bat à 200 pour les résultats 😍',
    'Un stagiaire a fait une crise d’angoisse hier, comment l’aider ?',
  ],
  { urgent: true },
);

describe('panic told as a habit is distress, not a crisis now', () => {
  it.each([
    'j’ai des crises d’angoisse quand je pense au lundi',
    'I get panic attacks every time my manager messages me',
    'J’ai fait trois crises d’angoisse cette semaine.',
  ])('%s', (text) => {
    const a = read(text);
    expect(a.signals).toContain('DISTRESS');
    expect(a.signals).not.toContain('URGENT');
  });
});

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

describe('blows suffered are violence, not self-harm', () => {
  it.each(['Mon conjoint me frappe quand il a bu.', 'My partner hit me again last night.'])(
    '%s',
    (text) => {
      const a = read(text);
      expect(a.distress).toContain('violence');
      expect(a.distress).not.toContain('self-harm');
    },
  );
});

describe('a panic attack now is urgent, but no life in danger: help listens first', () => {
  it.each([
    'je n’arrive plus à respirer, mon cœur s’emballe',
    'I’m having a panic attack right now in the car park.',
  ])('%s', (text) => {
    const a = read(text);
    expect(a.signals).toEqual(['DISTRESS', 'URGENT']);
    expect(a.crisisNow).toBe(false);
  });
});
