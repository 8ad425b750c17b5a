import { describe, expect, it } from 'vitest';
import { isDistress, isNothing, isSevere, read, signals, withRulesAlone } from './signal-rules.ts';

// The families of false alarms the contrast sets showed, each fixed by its mechanism, and
// the forms the weak categories missed. Every catch has a trap beside it that shares its
// words, French and English, tidy and phone-typed. Written for this file, from the
// categories, not copied from a set.

withRulesAlone();

describe('a wish to be gone held to an occasion, a time or a thing (scope.ts)', () => {
  it.each([
    'tout le monde serait mieux sans moi a la reunion de lundi',
    'honnetement ils seraient mieux sans moi au magasin samedi',
    'i just dont want to wake up before 10 on sundays lol',
    'jaimerais disparaitre du groupe whatsapp du taf',
    'jvois plus linteret de continuer ce module excel',
    "j'ai plus envie d'être là le mardi, le cours tombe pendant mon service",
  ])('leaves alone: %s', isNothing);

  it.each([
    ['tout le monde serait mieux sans moi, a la maison comme ailleurs', 'passive-ideation'],
    ['si je me reveillais pas demain ca serait pas plus mal', 'passive-ideation'],
    ["j'ai plus envie d'être là, vraiment plus", 'passive-ideation'],
  ])('catches: %s', (text, category) => isSevere(category)(text));

  it('a span lived through is a symptom, not a limit: "depuis lundi", "for days"', () => {
    isDistress('jarrive plus a manger depuis lundi et je dors 2h par nuit');
    isDistress("haven't got out of bed for days now, curtains shut");
  });
});

describe('what an act is done to or for makes it ordinary (ordinary-objects.ts)', () => {
  it.each([
    'je bois trois tisanes par jour pour tenir le rythme des revisions',
    'need a big glass of water before every shift or i get headaches',
    'my nan beats me at rummy every sunday without fail, at cards she is ruthless',
    'mon coloc me prend mon tel pour prendre une photo du tableau',
    'je me suis coupe les cheveux moi meme hier, catastrophe',
    'scratched my legs on the brambles picking blackberries',
    "I'm on the bridge waiting for the others, we're getting lunch",
  ])('leaves alone: %s', isNothing);

  it.each([
    ['je bois une bouteille de vin tous les soirs pour tenir', 'substance'],
    ['he beats me when he drinks', 'violence'],
    ['I burn my arm with the oven tray on purpose when it gets too much', 'self-harm'],
  ])('catches: %s', (text, category) => {
    isDistress(text);
    expect(read(text).distress).toContain(category);
  });
});

describe('someone else, a past that is over, a story', () => {
  it.each([
    'ma binome craque tous les jours en stage, comment je peux l aider',
    'un client a fondu en larmes au guichet ce matin',
    'she keeps crying at work and i dont know what to say',
    "j'ai bu pour tenir pendant mon premier contrat, ça fait trois ans que j'ai arrêté",
    'back when I started I was crying every day, the new team is lovely now',
    'reading a memoir about a nurse who burnt out, so good',
  ])('leaves alone: %s', isNothing);

  it.each([
    'je pleure tous les jours au boulot depuis la rentree',
    "j'ai fondu en larmes au guichet ce matin",
    "l'ancien chef me harcele encore par sms",
  ])('catches: %s', isDistress);
});

describe('passive ideation, in the forms the cues missed', () => {
  it.each([
    "j'attends juste que tout ça finisse",
    'chaque soir je prie pour pas voir le matin',
    'if i got hit by a bus tomorrow honestly it would be a relief',
    "i don't see myself still here next year",
    'whats the use of living like this',
    'i wouldnt mind if i never woke up',
    'jvoudrais m effacer completement',
  ])('catches: %s', (text) => isSevere('passive-ideation')(text));

  it.each([
    "j'attends juste que la période d'essai finisse",
    'i wouldnt mind if i never woke up at 5 again',
    "if I don't make it through the winter without a new coat I'll borrow one",
  ])('leaves alone: %s', isNothing);
});

describe('farewells and preparatory acts, as people say them', () => {
  it.each([
    'gave my sister all my stuff yesterday',
    "j'ai donné toutes mes affaires à ma cousine",
    'last message from me, dont be sad',
    "i've said goodbye to everyone who matters",
    "dis à ma mère que c'est pas sa faute",
  ])('catches: %s', (text) => isSevere('farewell')(text));

  it.each([
    "i've said bye to everyone at the old branch, leaving cake was lovely",
    "dis à ma mère que c'est pas sa faute si le rdv a sauté",
    'kindly give my books to my junior after i am gone to pune on transfer',
  ])('leaves alone: %s', isNothing);
});

describe('active ideation and self-harm, intent and acts', () => {
  it.each([
    ["j'ai la lame dans la main et j'hésite à aller jusqu'au bout", 'active-ideation'],
    ['set a date for it, end of the month', 'active-ideation'],
    ['bought a blade today and im not using it for cooking', 'active-ideation'],
    ['burned my hand on the hob and held it there', 'self-harm'],
  ])('catches: %s', (text, category) => isSevere(category)(text));

  it.each(['jai achete une lame pour mon rasoir', 'i set a date for the leaving do'])(
    'leaves alone: %s',
    (text) => expect(signals(text)).not.toContain('DISTRESS'),
  );
});

describe('known errors, each by its general rule', () => {
  it('"personne ne m\'écoute jamais": a negative subject, then "ever", is no denial', () => {
    isDistress("personne ne m'écoute jamais");
    isDistress('personne m ecoute, jsuis toute seule');
    isNothing("non non personne me frappe, t'inquiète");
  });

  it('not eaten since a named day', () => {
    isDistress("I haven't eaten since monday");
    isDistress('pas mangé depuis jeudi, rien ne passe');
  });

  it('a breakdown told with the pronoun dropped, not a car that broke down', () => {
    isDistress('broke down in tesco again');
    isNothing('my car broke down in the tesco car park');
  });

  it('good news today is no deadline', () => {
    isNothing('got my licence today!!');
    isNothing("j'ai eu mon permis ce matin !!");
    expect(signals('je dois rendre le dossier today avant 17h !!')).toContain('URGENT');
  });

  it('cutting hair is no self-harm', () => {
    isNothing('je vais me couper les cheveux ce soir');
    isSevere('self-harm')('je vais me couper les bras ce soir');
  });

  it('my books given away are things, not a story', () => {
    isSevere('farewell')("giving away my books, won't need them");
    isNothing('reading a book about someone giving away his things');
  });

  it('a relapse left unnamed', () => {
    isDistress("j'avais arrêté mais ça recommence");
    isNothing("j'avais arrêté de fumer mais ça recommence un peu");
  });

  it('clean from a drug is over, not urgent', () => {
    expect(signals('clean from codeine!!')).not.toContain('URGENT');
    expect(signals('3 weeks clean from codeine today!!')).not.toContain('URGENT');
    isDistress('relapsed after 3 months clean from cutting and i did it again');
  });
});

describe('substances to get through and not coping, told without a pronoun', () => {
  it.each([
    'drinking every night just to get through',
    'took an extra xanax this morning',
    'jai pris 2 xanax de plus ce matin',
    'im not coping at all',
    'barely coping tbh',
  ])('catches: %s', isDistress);

  it.each([
    'jai pris un cachet de plus pour mon mal de dos',
    'ma mere a pris un xanax de plus',
    'she took an extra xanax',
    'not coping with the heat lol',
    'my sister is not coping',
    'im coping fine',
  ])('leaves alone: %s', isNothing);
});

describe('idioms and plans that share the crisis words', () => {
  it.each([
    'je suis sur le pont ce weekend, 3 jours de repos',
    "i'm at the edge of my seat waiting for the results",
    'i jumped off the bus and ran to the office',
    'je donne mon chat a ma voisine, je peux plus le garder avec le nouveau taf',
    'je peux plus venir jeudi, desolee',
    // Taking the plunge, the venture said after it.
    'je vais me jeter a leau, je postule !',
    "je vais me jeter à l'eau et lui demander une augmentation",
    'i took all my pills this morning like the doctor said',
    'i took all my meds as prescribed',
    'jai écrit des lettres pour tout le monde pour noel',
    'ma collegue a écrit des lettres pour tout le monde',
    'ca fait 3 jours que jai rien mangé de bon lol',
    'on monte au mont blanc ce weekend',
  ])('leaves alone: %s', isNothing);

  it.each([
    'je suis sur le pont ce soir',
    "je vais me jeter à l'eau ce soir",
    'i took all my pills',
    'i took all of my meds',
    'jai écrit des lettres pour tout le monde',
    'ca fait 3 jours que jai rien mangé',
    // "m'ont" typed "mont" after its subject.
    'ils mont enfermée dans la chambre',
    'i jumped off the bridge',
    'je peux plus vivre comme ca',
    'jen peux plus',
  ])('catches: %s', isDistress);
});
