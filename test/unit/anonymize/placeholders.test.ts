import { describe, expect, it } from 'vitest';
import { anonymize, placeholderStyle } from '@/lib/anonymize';
import type { EntityType } from '@/lib/detect/types';

// Every placeholder a reader of an anonymised message sees, in both languages: a blank or
// wrong word here would reach the mentor as "[]".
const PLACEHOLDERS: [EntityType, string, string][] = [
  ['PERSON', '[Personne 1]', '[Person 1]'],
  ['ORG', '[Entreprise A]', '[Company A]'],
  ['EMAIL', '[e-mail]', '[email]'],
  ['PHONE', '[téléphone]', '[phone]'],
  ['IBAN', '[IBAN]', '[IBAN]'],
  ['CARD', '[carte]', '[card]'],
  ['NIR', '[n° de sécurité sociale]', '[social security number]'],
  ['SIRET', '[SIRET]', '[SIRET]'],
  ['ADDRESS', '[adresse]', '[address]'],
  ['LINK', '[lien interne]', '[internal link]'],
  ['PLATE', '[immatriculation]', '[licence plate]'],
  ['DOB', '[date de naissance]', '[date of birth]'],
];

describe('placeholders', () => {
  it.each(PLACEHOLDERS)('%s reads %s in French and %s in English', (type, fr, en) => {
    const text = 'voir XYZ ici';
    const finding = { start: 5, end: 8, type };
    expect(anonymize(text, [finding], 'fr').text).toBe(`voir ${fr} ici`);
    expect(anonymize(text, [finding], 'en').text).toBe(`voir ${en} ici`);
  });

  it('numbers people, letters companies and fixes every other word, in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const [type] of PLACEHOLDERS) {
        const expected =
          type === 'PERSON' ? 'numbered' : type === 'ORG' ? 'lettered' : ('fixed' as const);
        expect(placeholderStyle(type, lang).kind, `${type} ${lang}`).toBe(expected);
      }
    }
  });

  it('letters the second and third company in English too', () => {
    const text = 'Acme, Globex, Initech, Acme';
    const findings = [
      { start: 0, end: 4, type: 'ORG' as const },
      { start: 6, end: 12, type: 'ORG' as const },
      { start: 14, end: 21, type: 'ORG' as const },
      { start: 23, end: 27, type: 'ORG' as const },
    ];
    expect(anonymize(text, findings, 'en').text).toBe(
      '[Company A], [Company B], [Company C], [Company A]',
    );
  });

  it('keeps the longer of two findings that start at the same place, whatever their order', () => {
    const text = 'Jean Dupont arrive';
    const short = { start: 0, end: 4, type: 'PERSON' as const };
    const long = { start: 0, end: 11, type: 'PERSON' as const };
    expect(anonymize(text, [short, long], 'fr').text).toBe('[Personne 1] arrive');
    expect(anonymize(text, [long, short], 'fr').text).toBe('[Personne 1] arrive');
    expect(anonymize(text, [short, long], 'fr').replacements).toEqual([
      { start: 0, end: 11, text: '[Personne 1]', type: 'PERSON' },
    ]);
  });
});
