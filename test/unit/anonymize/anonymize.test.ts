import { describe, expect, it } from 'vitest';
import { anonymize, letterFor, type AnonymizableFinding } from '@/lib/anonymize';
import type { EntityType } from '@/lib/detect/types';

/** Findings for each listed value, at its every occurrence in the text. */
function findingsIn(text: string, values: [string, EntityType][]): AnonymizableFinding[] {
  const found: AnonymizableFinding[] = [];
  for (const [value, type] of values) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
      found.push({ start: at, end: at + value.length, type });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

describe('anonymize', () => {
  const cases: [string, string, [string, EntityType][], string][] = [
    ['no finding', 'Bonjour, une question.', [], 'Bonjour, une question.'],
    [
      'two people numbered by first appearance',
      'Jean Dupont a vu Marie Curie.',
      [
        ['Jean Dupont', 'PERSON'],
        ['Marie Curie', 'PERSON'],
      ],
      '[Personne 1] a vu [Personne 2].',
    ],
    [
      'the same person keeps one number',
      'Dupont a appelé Martin, puis Dupont a rappelé.',
      [
        ['Dupont', 'PERSON'],
        ['Martin', 'PERSON'],
      ],
      '[Personne 1] a appelé [Personne 2], puis [Personne 1] a rappelé.',
    ],
    [
      'companies are lettered',
      'Chez Renault et Airbus, Renault recrute.',
      [
        ['Renault', 'ORG'],
        ['Airbus', 'ORG'],
      ],
      'Chez [Entreprise A] et [Entreprise B], [Entreprise A] recrute.',
    ],
    [
      'fixed labels for identifiers',
      'Écris à a.b@acme.fr ou au 06 12 34 56 78, IBAN FR76 3000 6000 0112 3456 7890 189.',
      [
        ['a.b@acme.fr', 'EMAIL'],
        ['06 12 34 56 78', 'PHONE'],
        ['FR76 3000 6000 0112 3456 7890 189', 'IBAN'],
      ],
      'Écris à [e-mail] ou au [téléphone], IBAN [IBAN].',
    ],
    [
      'every other type',
      'c 4970 n 1 85 s 732 a 12 rue X l http://intra p AB-123-CD d 01/02/1980',
      [
        ['4970', 'CARD'],
        ['1 85', 'NIR'],
        ['732', 'SIRET'],
        ['12 rue X', 'ADDRESS'],
        ['http://intra', 'LINK'],
        ['AB-123-CD', 'PLATE'],
        ['01/02/1980', 'DOB'],
      ],
      'c [carte] n [n° de sécurité sociale] s [SIRET] a [adresse] l [lien interne] p [immatriculation] d [date de naissance]',
    ],
  ];
  it.each(cases)('%s', (_name, text, values, expected) => {
    expect(anonymize(text, findingsIn(text, values), 'fr').text).toBe(expected);
  });

  it('treats case and accents as the same value', () => {
    const text = 'Élodie est là ; elodie part ; ELODIE revient.';
    const findings = findingsIn(text, [
      ['Élodie', 'PERSON'],
      ['elodie', 'PERSON'],
      ['ELODIE', 'PERSON'],
    ]);
    expect(anonymize(text, findings, 'fr').text).toBe(
      '[Personne 1] est là ; [Personne 1] part ; [Personne 1] revient.',
    );
  });

  it('speaks English', () => {
    const text = 'Ann from Acme, ann@acme.com, 0612345678';
    const findings = findingsIn(text, [
      ['Ann', 'PERSON'],
      ['Acme', 'ORG'],
      ['ann@acme.com', 'EMAIL'],
      ['0612345678', 'PHONE'],
    ]).filter((f) => !(f.type === 'ORG' && f.start > 10));
    expect(anonymize(text, findings, 'en').text).toBe(
      '[Person 1] from [Company A], [email], [phone]',
    );
  });

  it('keeps people and companies with the same spelling apart', () => {
    const text = 'Michelin chez Michelin';
    const findings: AnonymizableFinding[] = [
      { start: 0, end: 8, type: 'PERSON' },
      { start: 14, end: 22, type: 'ORG' },
    ];
    expect(anonymize(text, findings, 'fr').text).toBe('[Personne 1] chez [Entreprise A]');
  });

  it('ignores overlapping and empty findings instead of garbling the text', () => {
    const text = 'Jean Dupont ok';
    const findings: AnonymizableFinding[] = [
      { start: 0, end: 11, type: 'PERSON' },
      { start: 5, end: 11, type: 'PERSON' },
      { start: 12, end: 12, type: 'EMAIL' },
    ];
    const result = anonymize(text, findings, 'fr');
    expect(result.text).toBe('[Personne 1] ok');
    expect(result.replacements).toHaveLength(1);
  });

  it('handles unsorted findings and UTF-16 offsets around emoji', () => {
    const text = '😊 Paul et 😊 Zoé';
    const findings: AnonymizableFinding[] = [
      { start: 14, end: 17, type: 'PERSON' },
      { start: 3, end: 7, type: 'PERSON' },
    ];
    expect(anonymize(text, findings, 'fr').text).toBe('😊 [Personne 1] et 😊 [Personne 2]');
  });

  it('reports replacements usable by the composer', () => {
    const text = 'Voir Paul';
    expect(anonymize(text, [{ start: 5, end: 9, type: 'PERSON' }], 'fr').replacements).toEqual([
      { start: 5, end: 9, text: '[Personne 1]', type: 'PERSON' },
    ]);
  });
});

describe('letterFor', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
  ])('%i → %s', (index, letters) => expect(letterFor(index)).toBe(letters));
});
