import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARTER, DEFAULT_SHORT_RULES, firstSentence, parseCharter } from '@/lib/charter';

describe('parseCharter', () => {
  it('reads the customer’s charter: title, introduction and six rules, no signature block', () => {
    const charter = parseCharter(DEFAULT_CHARTER.fr);
    expect(charter.title).toBe(
      "Charte d'usage de WhatsApp dans le cadre d'un accompagnement professionnel",
    );
    expect(charter.intro).toMatch(/^Cette charte a pour objectif/);
    expect(charter.rules.map((rule) => rule.title)).toEqual([
      "Nature de l'outil",
      'Confidentialité et protection des informations',
      'Temporalité et modalités de réponse',
      'Responsabilité et posture',
      'Traçabilité des échanges',
      'Limites du dispositif',
    ]);
    expect(charter.rules[5].body).not.toMatch(/Signature|Mentor/);
    expect(charter.rules[2].body).toContain('du lundi au vendredi, de 8h à 18h');
  });

  it('reads the English charter the same way, with a short form for each rule', () => {
    const charter = parseCharter(DEFAULT_CHARTER.en);
    expect(charter.rules).toHaveLength(6);
    expect(charter.rules[1].title).toBe('Confidentiality and protection of information');
    expect(DEFAULT_SHORT_RULES.en).toHaveLength(6);
    expect(DEFAULT_SHORT_RULES.fr).toHaveLength(6);
  });

  it('reads a charter a mentor wrote, with Windows line ends and "1)" numbering', () => {
    const text =
      'Ma charte\r\n\r\nIntro.\r\n\r\n1) Respect\r\nOn se respecte. Toujours.\r\n2) Horaires\r\nLe soir, non.\r\n';
    const charter = parseCharter(text);
    expect(charter).toEqual({
      title: 'Ma charte',
      intro: 'Intro.',
      rules: [
        { number: 1, title: 'Respect', body: 'On se respecte. Toujours.' },
        { number: 2, title: 'Horaires', body: 'Le soir, non.' },
      ],
    });
    expect(firstSentence(charter.rules[0].body)).toBe('On se respecte.');
  });

  it.each([
    ['a one-letter title', 'A'],
    ['a title of the longest length read', 'R'.repeat(120)],
  ])('reads a rule heading typed with two spaces: %s', (_label, title) => {
    expect(parseCharter(`Charte\n\n1.  ${title}\nOn se respecte.`).rules).toEqual([
      { number: 1, title, body: 'On se respecte.' },
    ]);
  });

  it('copes with text that has no rules at all', () => {
    expect(parseCharter('')).toEqual({ title: '', intro: '', rules: [] });
    expect(parseCharter('Juste un titre').rules).toEqual([]);
  });
});
