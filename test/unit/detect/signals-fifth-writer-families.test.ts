import { describe, expect, it } from 'vitest';
import { distressAndUrgent, withRulesAlone } from './helpers.ts';

// Families of misses and false alarms from the read half of a fifth writer's probe
// (dictation, run-on messages, patois and slang; lib/detect/README.md), each rewritten
// from its phenomenon in other words and put beside ordinary messages that share its
// words. Read by the rules alone; sentences written for these tables.

withRulesAlone();

const NOW = new Date('2026-12-02T10:00:00');
const signals = (text: string, now = NOW) => distressAndUrgent(text, now);

describe('the g a speaker drops ("lookin", "thinkin") read as the word', () => {
  it.each([
    'been lookin at the tracks behind the depot thinkin about it',
    'sittin on the bridge again thinkin about it',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each(['lookin forward to the interview tmrw', 'thinkin about doing the forklift course'])(
    '%s: nothing',
    (text) => expect(signals(text)).toEqual([]),
  );
});

describe('"jamais" first in its clause denies it', () => {
  it.each([
    "jamais j'ai eu envie de disparaître, je voulais juste te dire que ça va",
    'jamais de la vie jai pensé à me tuer, rassure toi',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));

  it('a superlative after it still says the state', () =>
    expect(signals("jamais je me suis sentie aussi seule, j'ai envie de disparaître")).toContain(
      'DISTRESS',
    ));
});

describe("a life ended on a day said, the writer's own means counted", () => {
  it.each([
    "c'est décidé, dimanche je finis avec cette vie",
    'je vais finir avec ma vie, personne le saura',
    'been reading how many of my fluoxetine it would take',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    'je finis avec la vie de bureau en juin, je me lance à mon compte',
    'how many tablets a day for a headache, the label is gone',
  ])('%s: no distress', (text) => expect(signals(text)).not.toContain('DISTRESS'));
});

describe('self-harm in the words of a blow or a blade taken up again', () => {
  it.each([
    'i keep slapping my own face when i mess up at work',
    "j'ai recommencé avec les lames cette semaine",
    'punched the walls again last night, knuckles all split',
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it.each([
    'my own face looks tired in the zoom call lol',
    'recommencé avec la lame neuve du cutter pour les cartons',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('waited for at the way out, by someone who said so', () => {
  it.each([
    "il a dit qu'il m'attendrait à la sortie, j'ai peur",
    "he said he'll be waiting for me after my shift and he's been drinking",
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it('a lift offered is no threat', () =>
    expect(signals("il a dit qu'il m'attendrait à la gare pour le covoiturage")).toEqual([]));
});

describe('someone on the line or right here, the answer wanted now', () => {
  it.each([
    'elle est encore en ligne et demande un rabais, je dis quoi ?',
    'hit me back real quick, the recruiter needs an answer',
    'the lady from the agency is sitting right here waiting on me',
  ])('%s: urgent', (text) => expect(signals(text)).toEqual(['URGENT']));

  it.each(['hit me up when you get a sec, no rush', 'le site est en ligne depuis hier !'])(
    '%s: nothing',
    (text) => expect(signals(text)).toEqual([]),
  );
});

describe('the writer out of it: a training, a cousin, a season over', () => {
  it.each([
    "la formation sur le risque suicidaire c'est jeudi, tu y vas ?",
    "my sister's been having panic attacks at uni, how do I help her?",
    'that season has passed, i am strong now and ready for the new role',
    'dear all, letters written to my former colleagues as I retire in june',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));

  it("panic attacks told as the writer's, without a pronoun", () =>
    expect(signals('the panic attacks are back every morning before work')).toContain('DISTRESS'));
});

describe('a negation right after the verb, before a comma', () => {
  it.each([
    'il me frappe pas, il crie juste fort en réunion',
    'elle me harcèle pas, elle est juste exigeante sur les délais',
  ])('%s: no distress', (text) => expect(signals(text)).not.toContain('DISTRESS'));

  it('the act without its negation still counts', () =>
    expect(signals('il me frappe, il crie sur moi tous les soirs')).toContain('DISTRESS'));
});

describe('unable to go without a drink or a pill', () => {
  it.each([
    "I can't get through a shift without a few valium these days",
    "j'arrive plus à bosser sans mes cachets, même le matin",
  ])('%s: distress', (text) => expect(signals(text)).toContain('DISTRESS'));

  it.each(["can't start the day without a coffee", 'je peux pas bosser sans un café le matin'])(
    '%s: nothing',
    (text) => expect(signals(text)).toEqual([]),
  );
});

describe('"don\'t worry about me after tonight": a farewell', () => {
  it.each([
    "ne t'inquiète pas pour moi après ce soir, merci pour tout",
    "don't worry about me after tonight, you've been great",
  ])('%s: distress and urgent', (text) => expect(signals(text)).toEqual(['DISTRESS', 'URGENT']));

  it('a night out is no farewell', () =>
    expect(signals("t'inquiète pas pour moi ce soir, je rentre en taxi")).toEqual([]));
});

describe('another day, told by a month or a date, and only then', () => {
  const at14 = new Date('2026-12-02T14:00:00');
  it('"in marketing" is no month: the deadline today stands', () =>
    expect(signals('i work in marketing and the report is due at 5pm', at14)).toEqual(['URGENT']));

  it.each([
    'il faut rendre le dossier le 1er avant 17h',
    'the report is due next weekend before 5pm',
    'due in march, before 5pm',
  ])('%s: another day, no rush', (text) => expect(signals(text, at14)).toEqual([]));
});
