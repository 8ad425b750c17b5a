import { describe, expect, it } from 'vitest';
import { resolveLang, translator } from '@/lib/i18n';
import { catalog } from '@/lib/i18n/catalog';

describe('i18n', () => {
  it.each([
    ['auto', 'fr-FR', 'fr'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de-DE', 'fr'],
    ['auto', undefined, 'fr'],
    ['en', 'fr-FR', 'en'],
    ['fr', 'en-US', 'fr'],
  ] as const)('setting %s with browser %s speaks %s', (setting, browser, lang) => {
    expect(resolveLang(setting, browser)).toBe(lang);
  });

  it('fills placeholders and picks plural forms per language', () => {
    expect(translator('fr')('chip.findings', { n: 1 })).toBe('Cadre · 1 point à vérifier');
    expect(translator('fr')('chip.findings', { n: 3 })).toBe('Cadre · 3 points à vérifier');
    expect(translator('en')('chip.findings', { n: 1 })).toBe('Cadre · 1 item to check');
    expect(translator('en')('chip.findings', { n: 0 })).toBe('Cadre · 0 items to check');
    expect(translator('fr')('common.error', { message: 'disque plein' })).toBe(
      'Une erreur est survenue : disque plein',
    );
  });

  it('has every message in both languages, none empty', () => {
    for (const [area, { fr, en }] of Object.entries(catalog)) {
      expect(Object.keys(en).sort(), area).toEqual(Object.keys(fr).sort());
      for (const [key, message] of [...Object.entries(fr), ...Object.entries(en)]) {
        const forms: string[] =
          typeof message === 'string'
            ? [message]
            : Object.values(message as Record<string, string>);
        for (const form of forms) expect(form.trim(), `${area}.${key}`).not.toBe('');
      }
    }
  });

  it('keeps the stable hooks: the chip always starts with "Cadre"', () => {
    for (const lang of ['fr', 'en'] as const) {
      const t = translator(lang);
      for (const key of [
        'chip.active',
        'chip.inactive',
        'chip.unwatched',
        'chip.reload',
      ] as const) {
        expect(t(key)).toMatch(/^Cadre/);
      }
    }
    expect(translator('fr')('chip.inactive')).toBe('Cadre — protection inactive');
  });
});
