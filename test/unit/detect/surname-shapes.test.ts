import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// A capitalised word the gazetteer lacks reads as a surname by its ending or its
// beginning (Armenian, Polish, Malagasy...): a surname (0.75) rather than a proper name
// (0.6). The words below are made up, so that only their shape speaks.
const person = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.type === 'PERSON')
    .map((f) => [f.text, f.reasonEn]);

describe('a surname by its shape', () => {
  it.each([
    ['Zoryan'], // -yan, six letters
    ['Zorkian'],
    ['Zorkski'],
    ['Zorkcki'],
    ['Zorkska'],
    ['Petrosyan'],
    ['Rakotomalala'],
    ['Etxeberria'],
  ])("J'ai vu %s hier", (word) =>
    expect(person(`J'ai vu ${word} hier`)).toEqual([[word, 'surname']]),
  );

  it.each([
    ['Zoyan'], // five letters only
    ['Zorkxan'],
    ['Zorkxki'],
    ['Zorkxka'],
    ['Lubianzo'], // the ending inside the word
    ['Barakotor'], // the beginning inside the word
  ])("J'ai vu %s hier: a proper name, no surname's shape", (word) =>
    expect(person(`J'ai vu ${word} hier`)).toEqual([[word, 'proper name']]),
  );
});

describe('an inner capital marks a brand, not a person', () => {
  it.each(['VivaTech', 'LinkedIn', 'ZorgLub', 'ZoRglub', 'DeMac'])("J'ai vu %s hier", (word) =>
    expect(person(`J'ai vu ${word} hier`)).toEqual([]),
  );
  // "Mc" is also a surname's shape, read in lower case too ("siobhan mcgrath").
  it.each([
    ['McDonald', 'surname'],
    ['MacArthur', 'proper name'],
  ])("J'ai vu %s hier: Mc and Mac begin a name", (word, reason) =>
    expect(person(`J'ai vu ${word} hier`)).toEqual([[word, reason]]),
  );
  it('a compound first name needs every part to be a first name', () => {
    expect(person("j'ai vu Marie-Claire hier")).toEqual([['Marie-Claire', 'first name']]);
    expect(person("j'ai vu Anne-Zorglub hier")).toEqual([['Anne-Zorglub', 'proper name']]);
  });
});
