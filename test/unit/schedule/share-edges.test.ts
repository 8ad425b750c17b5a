import { describe, expect, it } from 'vitest';
import { crc32Hex } from '../../../lib/schedule/checksum';
import { compactSchedule } from '../../../lib/schedule/compact';
import { exportSchedule, importSchedule } from '../../../lib/schedule/export-file';
import { decodeShare, encodeShare, shareTag } from '../../../lib/schedule/share';
import { encodeText } from '../../../lib/schedule/text-codec';
import { NO_HOLIDAYS, scheduleWith } from './fixtures';

const now = new Date('2026-11-26T20:00:00Z');

function tagAround(payload: string): string {
  const encoded = encodeText(payload);
  return `[cadre:v1:${encoded}:${crc32Hex(encoded)}]`;
}

const refusal = (input: string) => {
  const result = decodeShare(input);
  return result.ok ? 'accepted' : result.error.en;
};

describe('the shared message lists what the other side needs, no more', () => {
  const schedule = scheduleWith({
    holidays: { country: 'FR', enabled: false },
    absences: [
      { start: '2026-11-25', end: '2026-11-25', note: 'passée' },
      { start: '2026-11-26', end: '2026-11-26' },
      { start: '2026-12-03', end: '2026-12-03' },
      { start: '2026-12-10', end: '2026-12-11', note: 'formation' },
      { start: '2027-01-10', end: '2027-01-11' },
    ],
  });

  it.each([
    [
      'fr',
      [
        'Mes disponibilités (Cadre)',
        'Plages : lundi–vendredi 8h–18h (fuseau Europe/Paris)',
        'Absent le 26 novembre',
        'Absent le 3 décembre',
        'Absent du 10 décembre au 11 décembre (formation)',
      ],
    ],
    [
      'en',
      [
        'My availability (Cadre)',
        'Hours: Monday–Friday 8 am–6 pm (time zone Europe/Paris)',
        'Away on 26 November',
        'Away on 3 December',
        'Away from 10 December to 11 December (formation)',
      ],
    ],
  ] as const)(
    '%s: no holiday line when off, absences from today on, three at most',
    (lang, lines) => {
      const message = encodeShare(schedule, { now, lang, holidays: NO_HOLIDAYS });
      expect(message.split('\n').slice(0, -1)).toEqual(lines);
    },
  );

  it('an absence is not a manual away status: no "away until" line', () => {
    const away = scheduleWith({ absences: [{ start: '2026-11-26', end: '2026-11-27' }] });
    const message = encodeShare(away, { now, lang: 'en', holidays: NO_HOLIDAYS });
    expect(message.split('\n').slice(0, -1)).toEqual([
      'My availability (Cadre)',
      'Hours: Monday–Friday 8 am–6 pm (time zone Europe/Paris)',
      'Closed on public holidays (FR)',
      'Away from 26 November to 27 November',
    ]);
  });
});

describe('the compact form in the tag', () => {
  it('writes hours without colons and absences without an empty note', () => {
    const compact = compactSchedule(
      scheduleWith({ absences: [{ start: '2026-12-01', end: '2026-12-02' }] }),
    );
    expect(compact).toEqual({
      z: 'Europe/Paris',
      w: '0800-1800|0800-1800|0800-1800|0800-1800|0800-1800||',
      h: ['FR', '', 1],
      a: [['2026-12-01', '2026-12-02']],
    });
  });
});

describe('decodeShare reads only a whole tag', () => {
  const tag = shareTag(scheduleWith(), now);

  it('accepts a tag with spaces around it', () => {
    expect(decodeShare(`  ${tag}\n`)).toEqual({
      ok: true,
      schedule: scheduleWith(),
      sharedAt: now,
    });
  });

  it.each([
    ['text before the tag', `x${tag}`, 'incomplete or damaged'],
    ['text after the tag', `${tag}x`, 'incomplete or damaged'],
    ['a cut tag of a two-digit version', '[cadre:v12:abc', 'format unknown'],
    ['a cut tag after text', 'x[cadre:v9:abc', 'incomplete or damaged'],
  ])('%s', (_name, input, message) => expect(refusal(input)).toContain(message));

  const valid = '"z":"Europe/Paris","w":"0800-1800||||||","h":["FR","",1],"a":[]';
  it.each([
    ['no schedule at all', '{"t":1,"s":null}', 'malformed content'],
    ['a share time that is text', `{"t":"1","s":{${valid}}}`, 'malformed content'],
    ['a share time out of range', `{"t":1e999,"s":{${valid}}}`, 'malformed content'],
    [
      'a week that is not text',
      '{"t":1,"s":{"z":"Europe/Paris","w":1,"h":["FR","",1],"a":[]}}',
      'malformed',
    ],
    [
      'holidays that are not a list',
      '{"t":1,"s":{"z":"Europe/Paris","w":"||||||","h":"FR","a":[]}}',
      'malformed',
    ],
    [
      'absences that are not a list',
      '{"t":1,"s":{"z":"Europe/Paris","w":"||||||","h":["FR","",1],"a":{}}}',
      'malformed',
    ],
    [
      'a week of four days',
      '{"t":1,"s":{"z":"Europe/Paris","w":"|||","h":["FR","",1],"a":[]}}',
      'malformed',
    ],
    [
      'hours of five digits',
      '{"t":1,"s":{"z":"Europe/Paris","w":"08000-1800||||||","h":["FR","",1],"a":[]}}',
      'Invalid start time on Monday',
    ],
    [
      'holidays neither on nor off',
      '{"t":1,"s":{"z":"Europe/Paris","w":"||||||","h":["FR","",2],"a":[]}}',
      'Public holidays: on or off?',
    ],
    [
      'an absence that is not a list',
      '{"t":1,"s":{"z":"Europe/Paris","w":"||||||","h":["FR","",1],"a":["2026-12-01"]}}',
      'Absence #1 is unreadable.',
    ],
  ])('refuses %s', (_name, payload, message) =>
    expect(refusal(tagAround(payload))).toContain(message),
  );

  it('reads holidays switched off', () => {
    const off = scheduleWith({ holidays: { country: 'BE', enabled: false } });
    const result = decodeShare(shareTag(off, now));
    expect(result.ok && result.schedule.holidays).toEqual({ country: 'BE', enabled: false });
  });
});

describe('importing a schedule file: what the person is told', () => {
  const good = JSON.parse(exportSchedule(scheduleWith(), now));
  const file = (changes: Record<string, unknown>) => JSON.stringify({ ...good, ...changes });

  it.each([
    ['{', "Fichier illisible : ce n'est pas du JSON valide.", 'Unreadable file: not valid JSON.'],
    [
      'null',
      "Ce fichier n'est pas un export d'horaires Cadre.",
      'This file is not a Cadre schedule export.',
    ],
    [file({ version: '1' }), "Version d'export manquante.", 'Export version missing.'],
    [file({ version: 1.5 }), "Version d'export manquante.", 'Export version missing.'],
    [
      file({ version: 3 }),
      'Fichier créé par une version plus récente de Cadre (format v3) : mettez Cadre à jour.',
      'File made by a newer Cadre (format v3): update Cadre.',
    ],
    [
      file({ version: 0 }),
      "Format d'export v0 non pris en charge.",
      'Export format v0 is not supported.',
    ],
    [
      file({ exportedAt: 12 }),
      "Date d'export manquante ou invalide.",
      'Export date missing or invalid.',
    ],
    [
      file({ exportedAt: 'hier' }),
      "Date d'export manquante ou invalide.",
      'Export date missing or invalid.',
    ],
    [
      file({ schedule: { ...good.schedule, timeZone: 'Nulle/Part', version: 2 } }),
      'Horaires du fichier invalides : Version des horaires inconnue (1 attendue). Fuseau horaire inconnu (exemple : Europe/Paris).',
      'Invalid schedule in the file: Unknown schedule version (expected 1). Unknown time zone (for example Europe/Paris).',
    ],
  ])('%s', (text, fr, en) => {
    expect(importSchedule(text)).toEqual({ ok: false, error: { fr, en } });
  });

  it('ends the file with a newline', () => {
    expect(exportSchedule(scheduleWith(), now).endsWith('}\n')).toBe(true);
  });
});
