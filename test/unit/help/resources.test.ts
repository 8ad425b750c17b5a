import { describe, expect, it } from 'vitest';
import { DISTRESS_CATEGORIES } from '../../../lib/detect/index.ts';
import { emergencyLine, helpLinesFor, resolveHelpCountry } from '../../../lib/help/choose.ts';
import { HELP_COUNTRIES, HELP_LINES } from '../../../lib/help/resources.ts';

const numbers = (lines: { number: string }[]) => lines.map((l) => l.number);

describe('the help-line file', () => {
  it('every line has a source page, both languages and something to dial', () => {
    for (const line of HELP_LINES) {
      expect(line.source).toMatch(/^https:\/\//);
      expect(line.fr.length).toBeGreaterThan(3);
      expect(line.en.length).toBeGreaterThan(3);
      expect(line.dial).toMatch(/^\+?\d{2,15}$/);
    }
  });

  it('holds the numbers the charter’s users need in France', () => {
    const fr = numbers(HELP_LINES.filter((l) => l.country === 'FR'));
    for (const n of ['3114', '15', '112', '09 72 39 40 50', '3919', '119', '17', '114'])
      expect(fr).toContain(n);
  });

  it.each([
    ['BE', '0800 32 123'],
    ['CH', '143'],
    ['CA', '1 866 APPELLE (277-3553)'],
    ['GB', '116 123'],
    ['US', '988'],
  ] as const)('%s has its suicide-prevention line and an emergency number', (country, number) => {
    const lines = HELP_LINES.filter((l) => l.country === country);
    expect(numbers(lines)).toContain(number);
    expect(emergencyLine(country)).toBeDefined();
  });
});

describe('help that fits the category', () => {
  it.each(HELP_COUNTRIES)(
    'every category shows lines in %s, an emergency number among them',
    (c) => {
      for (const category of DISTRESS_CATEGORIES) {
        const lines = helpLinesFor(c, [category]);
        expect(lines.length).toBeGreaterThan(1);
        expect(lines.some((l) => ['emergency', 'medical', 'police'].includes(l.kind))).toBe(true);
      }
    },
  );

  it.each([
    ['passive-ideation', '3114'],
    ['active-ideation', '3114'],
    ['farewell', '3114'],
    ['self-harm', '3114'],
    ['substance', '0 800 23 13 13'],
    ['violence', '3919'],
    ['panic', '09 72 39 40 50'],
    ['hopelessness', '09 72 39 40 50'],
  ] as const)('in France, %s comes first with %s', (category, first) => {
    expect(helpLinesFor('FR', [category])[0].number).toBe(first);
  });

  it('violence in France also offers 17, 114 by text and 119', () => {
    const shown = numbers(helpLinesFor('FR', ['violence']));
    for (const n of ['3919', '17', '114', '119']) expect(shown).toContain(n);
  });

  it('a crisis under way puts the emergency services first', () => {
    expect(helpLinesFor('FR', ['active-ideation'], true)[0].number).toBe('112');
    expect(helpLinesFor('US', ['violence'], true)[0].number).toBe('911');
    expect(helpLinesFor('GB', ['self-harm'], true)[0].number).toBe('999');
  });
});

describe('the country', () => {
  it.each([
    [['fr-FR'], 'FR'],
    [['fr-BE', 'fr'], 'BE'],
    [['de-CH'], 'CH'],
    [['fr-CA'], 'CA'],
    [['en-GB'], 'GB'],
    [['en-US'], 'US'],
    [['fr'], 'FR'],
    [['en'], 'GB'],
    [[], 'FR'],
  ] as const)('%j → %s', (languages, country) =>
    expect(resolveHelpCountry('auto', languages)).toBe(country),
  );

  it('the setting wins over the browser', () =>
    expect(resolveHelpCountry('CH', ['en-US'])).toBe('CH'));
});
