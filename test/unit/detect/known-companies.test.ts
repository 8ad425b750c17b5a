import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Companies the lexicon knows: when they are an employer, a client or a supplier, and
// when the same word is a tool, a platform, a car, a street or a colour.
const orgs = (text: string) => found(text).filter((f) => f.startsWith('ORG:'));

describe('a known company', () => {
  it.each([
    ['rdv avec bpifrance demain', ['ORG:bpifrance']],
    ['je vais chez jd sports', ['ORG:jd sports']],
    ["le conseiller lcl m'a appelé", ['ORG:lcl']],
    ['client de axa', ['ORG:axa']],
    ['un rdv avec axa', ['ORG:axa']],
    ['je suis chez Google', ['ORG:Google']],
    ['Je bosse chez Renault', ['ORG:Renault']],
    ['chez Orange Grove Nurseries', ['ORG:Orange Grove Nurseries']],
    ['I work at Amazon Web Services Ireland', ['ORG:Amazon Web Services Ireland']],
    ['je travaille sur Airbus', ['ORG:Airbus']],
    ['Je bosse chez Orange', ['ORG:Orange']],
    ['il est chez orange', ['ORG:orange']],
    ['le groupe Carrefour', ['ORG:Carrefour']],
  ])('%s', (text, expected) => expect(orgs(text)).toEqual(expected));

  it.each([
    'je cherche sur Google',
    'la Peugeot de mon père',
    'une Peugeot 308',
    'il a une Renault',
    'on Canal Walk',
    'Orange Street',
    // A street named after the word, after words that do not hide it on their own.
    'Meet me at Canal Walk tomorrow',
    'My flat is in Orange Street',
    'I lived in Orange Road for years',
    'sur Vinted',
    'via Leboncoin',
    "j'ai vu ça sur LinkedIn",
    'posted on Indeed',
    'orange est une couleur',
  ])('no company in %s', (text) => expect(orgs(text)).toEqual([]));
});
