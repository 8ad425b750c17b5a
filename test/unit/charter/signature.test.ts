import { describe, expect, it } from 'vitest';
import { validateCharterText } from '@/components/charter/charter-validation';
import { validateSignature, type SignatureDraft } from '@/components/charter/signature-validation';
import { DEFAULT_CHARTER } from '@/lib/charter';

const TODAY = '2025-03-14';
const valid: SignatureDraft = {
  mentorName: 'Anne Martin',
  menteeName: 'Camille Roy',
  date: '2025-03-14',
  mentorSignature: 'Anne Martin',
  menteeSignature: 'Camille Roy',
  accepted: true,
};

describe('validateSignature', () => {
  it('accepts a complete form', () => {
    expect(validateSignature(valid, TODAY)).toEqual({});
  });

  it.each([
    ['an empty mentor name', { mentorName: '  ' }, { mentorName: { code: 'name-required' } }],
    [
      'a name too long',
      { menteeName: 'x'.repeat(121) },
      {
        menteeName: { code: 'name-too-long', length: 121 },
        menteeSignature: { code: 'signature-mismatch', name: 'x'.repeat(121) },
      },
    ],
    ['no date', { date: '' }, { date: { code: 'date-required' } }],
    ['a date in another format', { date: '14/03/2025' }, { date: { code: 'date-required' } }],
    ['a date in the future', { date: '2025-03-15' }, { date: { code: 'date-future' } }],
    ['no signature', { mentorSignature: '' }, { mentorSignature: { code: 'signature-required' } }],
    [
      'a signature that is another name',
      { menteeSignature: 'C. Roy' },
      { menteeSignature: { code: 'signature-mismatch', name: 'Camille Roy' } },
    ],
    ['not accepted', { accepted: false }, { accepted: { code: 'accept-required' } }],
  ] as const)('reports %s', (_label, change, errors) => {
    expect(validateSignature({ ...valid, ...change }, TODAY)).toEqual(errors);
  });

  it.each([
    ['capitals', 'ANNE MARTIN'],
    ['accents', 'Anne Martín'],
    ['extra spaces', '  Anne   Martin '],
  ])('a signature differing only by %s matches the name', (_label, signature) => {
    expect(validateSignature({ ...valid, mentorSignature: signature }, TODAY)).toEqual({});
  });
});

describe('validateCharterText', () => {
  it.each([
    ['the default French charter', DEFAULT_CHARTER.fr, null, 6],
    ['the default English charter', DEFAULT_CHARTER.en, null, 6],
    ['a short charter', 'Notre charte\n\n1. Le cadre\n\nEn semaine.', null, 1],
    ['an empty text', '  \n ', { code: 'empty' }, 0],
    ['a text with no numbered rule', 'Notre charte\n\nQuelques mots.', { code: 'no-rules' }, 0],
    ['a text starting with a rule', '1. Le cadre\n\nEn semaine.', { code: 'no-title' }, 0],
    [
      'a text too long',
      `Titre\n\n1. Règle\n\n${'x'.repeat(20_000)}`,
      { code: 'too-long', length: 20_017 },
      0,
    ],
  ])('%s', (_label, text, error, rules) => {
    expect(validateCharterText(text)).toEqual({ error, rules });
  });
});
