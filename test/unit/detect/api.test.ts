import { describe, expect, it } from 'vitest';
import { decodeShare, shareTag } from '../../../lib/schedule/share.ts';
import { DEFAULT_SCHEDULE } from '../../../lib/schedule/types.ts';
import { analyze, createAnalyzer, reasonFor, warmUpSteps } from '../../../lib/detect/index.ts';
import { found } from './helpers.ts';

const sample =
  'Hi Catherine, M. Bonnet (06 45 78 12 90, jean.bonnet@acme.fr) works at Publicis. ' +
  'Son RIB : FR14 2004 1010 0505 0001 3M02 606. Il habite 3 rue des Lilas, 75011 Paris.\nÀ plus 👋 Zoé';

describe('analyze()', () => {
  it('returns findings sorted, without overlaps, with exact offsets', () => {
    const { findings } = analyze(sample);
    expect(findings.length).toBeGreaterThan(5);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      expect(sample.slice(f.start, f.end)).toBe(f.text);
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1].end);
      expect(f.score).toBeGreaterThan(0);
      expect(f.score).toBeLessThanOrEqual(1);
      expect(f.reason.length).toBeGreaterThan(3);
      expect(f.reasonEn.length).toBeGreaterThan(3);
    }
  });

  it('counts offsets in UTF-16 code units after emoji', () => {
    const text = '🙈🙈 écris à zoé@acme.fr';
    const [f] = analyze(text).findings;
    expect([f.start, f.end, f.type, f.text]).toEqual([13, 24, 'EMAIL', 'zoé@acme.fr']);
  });

  it('gives reasons in French and English', () => {
    const [f] = analyze('sécu 1 90 06 06 088 413 84').findings;
    expect(reasonFor(f, 'fr')).toBe('numéro de sécurité sociale (clé valide)');
    expect(reasonFor(f, 'en')).toBe('social security number (valid key)');
  });
});

describe('warmUpSteps()', () => {
  it('spreads the first analysis over many small steps that change no result', () => {
    const before = analyze(sample);
    const steps = warmUpSteps();
    expect(steps.length).toBeGreaterThan(10);
    for (const step of steps) step();
    expect(analyze(sample)).toEqual(before);
    expect(createAnalyzer().analyze('Je vais pas tenir, réponds vite.').signals.sort()).toEqual([
      'DISTRESS',
      'URGENT',
    ]);
  });
});

describe('watch-list and allow-list', () => {
  it('always flags watched names, ignoring case and accents, through elisions and plurals', () => {
    const options = { watchList: ['Lefèvre', 'Acme Industrie'] };
    expect(found("j'ai vu lefevre et l'équipe d'ACME industrie", options)).toEqual([
      'PERSON:lefevre',
      'ORG:ACME industrie',
    ]);
    expect(found("les Lefèvres sont d'accord", options)).toEqual(['PERSON:Lefèvres']);
    expect(found("l'Acme Industrie", options)).toEqual(['ORG:Acme Industrie']);
  });

  it('watched names win over the same text found otherwise', () => {
    const [f] = analyze('Sophie Martin a appelé', { watchList: ['Sophie Martin'] }).findings;
    expect(f.reason).toBe('nom de votre liste de vigilance');
  });

  it('never flags allowed words', () => {
    expect(found('Hi Catherine, Ben Collins called', { allowList: ['catherine'] })).toEqual([
      'PERSON:Ben Collins',
    ]);
    expect(found('Bonjour Hélène !', { allowList: ['Helene'] })).toEqual([]);
  });
});

describe('createAnalyzer()', () => {
  it('gives the same result as analyze() while typing', () => {
    const analyzer = createAnalyzer();
    let draft = '';
    for (const ch of sample) {
      draft += ch;
      expect(analyzer.analyze(draft)).toEqual(analyze(draft));
    }
  });

  it('highlights while typing with findings only, and a send still reads every signal', () => {
    const analyzer = createAnalyzer();
    const message = 'Mon RDV avec Karim Benali est à 11h. Je vais pas tenir, je veux disparaître.';
    let draft = '';
    for (const ch of message) {
      draft += ch;
      expect(analyzer.findings(draft)).toEqual(analyze(draft).findings);
    }
    // Every sentence is cached by now, without its signals: the send reads them.
    const atSend = analyzer.analyze(message);
    expect(atSend).toEqual(createAnalyzer().analyze(message));
    expect(atSend.signals).toContain('DISTRESS');
  });

  it('keeps its options', () => {
    const analyzer = createAnalyzer({ watchList: ['Projet Hermine'] });
    expect(analyzer.analyze('le projet hermine avance').findings.map((f) => f.text)).toEqual([
      'projet hermine',
    ]);
  });
});

describe("Cadre's own availability tags", () => {
  const tag = shareTag(DEFAULT_SCHEDULE, new Date('2026-11-30T09:00:00Z'));

  it('are not read as names or numbers, and offsets around them stay right', () => {
    expect(decodeShare(tag).ok).toBe(true);
    const text = `Mes disponibilités (Cadre)\n${tag}\nVoir Karim demain.`;
    const { findings } = analyze(text);
    expect(findings.map((f) => [f.type, f.text])).toEqual([['PERSON', 'Karim']]);
    expect(text.slice(findings[0].start, findings[0].end)).toBe('Karim');
  });

  it('are read like any other text when they only look like a tag', () => {
    for (const fake of [
      '[cadre:v1:06 45 78 12 90:12345678]',
      '[cadre:v1:appelle-06-45-78-12-90:0badc0de]',
      tag.replace(/:[0-9a-f]{8}\]$/, ':00000000]'),
    ]) {
      const text = `voir ${fake} demain 06 45 78 12 91`;
      const phones = analyze(text).findings.filter((f) => f.type === 'PHONE');
      expect(phones.length, fake).toBeGreaterThanOrEqual(fake.includes('06') ? 2 : 1);
    }
  });
});
