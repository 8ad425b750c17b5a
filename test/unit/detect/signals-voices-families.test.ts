import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { withRulesAlone } from './helpers.ts';

// The must-catch categories (ideation, farewells, self-harm) as the voices part of the
// signal set showed them missed (test/fixtures/signals/voices-*.first-run.txt): the means
// laid out or saved up, a painless way looked up, the blade taken up again, a word passed
// on "if anything happens", the sessions given up for good. Each rule is written for the
// phenomenon, with the ordinary messages that share its words. Read by the rules alone,
// at 10:00 on a weekday.

withRulesAlone();

const NOW = new Date('2026-12-02T10:00:00');
const signals = (text: string) =>
  createAnalyzer()
    .analyze(text, NOW)
    .signals.filter((s) => s === 'DISTRESS' || s === 'URGENT')
    .sort();
const categories = (text: string) => createAnalyzer().analyze(text, NOW).distress;

describe('ideation: a wish, a means, a method', () => {
  it.each([
    ['jsp jai plus envie de me reveiller le matin franchement', 'passive-ideation'],
    ["j'ai plus la force de me réveiller, à quoi bon", 'passive-ideation'],
    [
      'des fois je me dis que si je passais sous un bus ca reglerait pas mal de trucs',
      'passive-ideation',
    ],
    ['if i got hit by a bus tomorrow it would honestly solve a lot', 'passive-ideation'],
    ['i have saved all my pills since 2 weeks. i think tonight is the night', 'active-ideation'],
    ['jai les medocs de ma mere devant moi sur la table', 'active-ideation'],
    ['jme suis renseigné sur internet comment faire pour que ca fasse pas mal', 'active-ideation'],
    ['i looked up painless ways last night', 'active-ideation'],
    [
      'yavait le pont sur le chemin du boulot ce matin et jme suis arrêtée longtemps dessus',
      'active-ideation',
    ],
  ])('%s: distress and urgent (%s)', (text, category) => {
    expect(signals(text)).toEqual(['DISTRESS', 'URGENT']);
    expect(categories(text)).toContain(category);
  });

  it.each([
    'pas envie de me réveiller à 6h demain pour le taf',
    "j'ai plus envie de me réveiller tôt le week-end, je récupère",
    'si je passais sous un bus tu me remplacerais par qui au taf mdr',
    'if i got hit by a bus tomorrow who would run the payroll lol',
    'tonight is the night!! first date with sam 😍',
    "j'ai mes cachets devant moi, je les prends après manger",
    "j'ai les médicaments de ma mère devant moi, c'est lequel le matin ?",
    'je me suis renseignée comment faire pour que le tatouage fasse pas mal',
    'looked up painless ways to remove a splinter',
    'le pont était bloqué, je suis restée longtemps dessus dans les bouchons',
  ])('%s: no ideation', (text) => {
    expect(categories(text)).not.toContain('active-ideation');
    expect(categories(text)).not.toContain('passive-ideation');
  });
});

describe('self-harm: the blade again, held off, a wall struck until the hand gives', () => {
  it.each([
    "j'ai recommencé avec la lame. ça saigne encore un peu",
    'chu dans la salle de bain avec le rasoir, jme retiens mais jsais pas pour combien de temps',
    "jai tapé le mur jusqu'à ce que ma main pete. ca me calme que comme ca",
  ])('%s: self-harm', (text) => {
    expect(signals(text)).toEqual(['DISTRESS', 'URGENT']);
    expect(categories(text)).toContain('self-harm');
  });

  it.each([
    'avec le rasoir je me retiens de tout raser, promis 😂',
    "j'ai tapé le mur en garant la voiture, le pare-choc est rayé",
    "j'ai recommencé avec la lame neuve du cutter pour les cartons",
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('farewells: a word passed on, every session given up', () => {
  it.each([
    'if anything happens can u tell jordan i wasnt angry at him',
    'i wont be at the session thursday. or any session. thanks for trying with me x',
  ])('%s: a farewell', (text) => {
    expect(signals(text)).toEqual(['DISTRESS', 'URGENT']);
    expect(categories(text)).toContain('farewell');
  });

  it.each([
    'if anything happens with the delivery can u tell me',
    "tell jordan i wasnt angry about the shift swap, it's fine",
    'i wont be at the session thursday, or any session in december, im away',
    'dis a kevin que je lui en veux pas pour le retard',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('violence just done, a stalker waiting, drink or pills to get through, not coping', () => {
  it.each([
    ["il vient de me pousser dans l'escalier, il est toujours dans l'appart", 'violence'],
    ['my ex is outside the job centre again waiting for me. 3rd time this week', 'violence'],
    [
      "chu rendu à prendre une bière avant d'aller à la job le matin, sinon j'passe pas la journée",
      'substance',
    ],
    [
      "jtiens qu'avec les anxiolytiques que je pique a ma mère, jen prends 3-4 par jour",
      'substance',
    ],
    ['havent really eaten since monday. not hungry, not anything', 'hopelessness'],
    ['couldnt get out of bed. just stared at the ceiling all day', 'hopelessness'],
    [
      'honestly stopped opening my post. no point, im never getting out of this hole',
      'hopelessness',
    ],
  ])('%s: distress (%s)', (text, category) => {
    expect(signals(text)).toContain('DISTRESS');
    expect(categories(text)).toContain(category);
  });

  it.each([
    'mon chef vient de me pousser à postuler en interne, trop cool',
    'my ex is outside the cinema again with his new gf lol',
    'sinon je passe pas la journée au bureau, je pars à 16h',
    'je tiens que avec le café le matin mdr',
    'havent eaten since breakfast, starving, lunch?',
    'we stared at the ceiling all day in the planetarium, amazing',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('urgency: an hour something starts or was moved to, a desk that cannot find you', () => {
  it.each([
    'missed 3 calls from the site manager and i start at 11 today, should i call back',
    'they moved my interview to 10:30!! need the address of the place, quick',
    'can we move our 2pm to 11? thats the only slot i have today',
    'sorry to text, im at reception and they say they have no record of my appointment, what do i do',
    "jsuis a l'accueil de decathlon pour l'entretien et ils trouvent pas mon rdv, tu peux appeler ?",
    'recruiter asked my current salary and shes holding on the phone, what do i say',
  ])('%s: urgent at 10:00', (text) => expect(signals(text)).toEqual(['URGENT']));

  it.each([
    'i start at 11 tomorrow, super excited',
    'they moved my interview to next tuesday at 10:30',
    'can we move our call to 4 next week?',
    'im at reception, just waiting for my badge, all good',
    "je suis à l'accueil, j'attends qu'on vienne me chercher, tout va bien",
    'we moved to 11 different flats in 3 years lol',
    'i work from 9:00 to 11:00 on mondays',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});
