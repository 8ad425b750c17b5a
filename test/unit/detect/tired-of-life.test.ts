import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { useSignalModel } from '../../../lib/detect/signals/model.ts';

// Tired of life, in the words of the street and of Britain ("can't be arsed with life",
// "ras le bol de vivre"), beside life as a way of living ("la vie parisienne", "life
// admin"), which no one wishes to leave; a burden to everyone, and the head struck against
// a wall, beside their figures of speech. Read by the rules alone.

beforeAll(() => useSignalModel(null));
afterAll(() => useSignalModel(undefined));

const distress = (text: string) => createAnalyzer().analyze(text).distress;

describe('tired of life, or of a way of living', () => {
  it.each([
    "can't be arsed with life anymore",
    'so over life rn',
    "j'en ai ras le bol de vivre",
    "j'en ai marre de la vie",
    'sick of life honestly',
  ])('%s: passive ideation', (text) => expect(distress(text)).toContain('passive-ideation'));

  it.each([
    'sick of life admin, so many forms',
    "j'en ai marre de la vie parisienne, je déménage",
    'marre de la vie de bureau, je veux bosser dehors',
    'tired of life coaching buzzwords on linkedin',
    "i'm so over life hacks videos",
  ])('%s: no distress', (text) => expect(distress(text)).toEqual([]));
});

describe('a burden to everyone; the head struck against a wall', () => {
  it.each([
    "j'ai l'impression d'être un poids pour tout le monde",
    'je me sens une charge pour ma famille',
  ])('%s: hopelessness', (text) => expect(distress(text)).toContain('hopelessness'));

  it.each([
    'je me frappe la tête contre le mur quand ça va pas',
    "je me tape la tête contre les murs jusqu'à avoir mal",
  ])('%s: self-harm', (text) => expect(distress(text)).toContain('self-harm'));

  it.each([
    'le loyer est un poids pour tout le monde',
    'je me tape la tête contre les murs avec ce logiciel',
  ])('%s: no distress', (text) => expect(distress(text)).toEqual([]));
});
