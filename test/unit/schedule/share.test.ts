import { describe, expect, it } from 'vitest';
import { crc32Hex } from '../../../lib/schedule/checksum';
import {
  decodeShare,
  encodeShare,
  findShares,
  mayBeShare,
  shareTag,
} from '../../../lib/schedule/share';
import { encodeText } from '../../../lib/schedule/text-codec';
import { FRENCH_HOLIDAYS, scheduleWith } from './fixtures';

const now = new Date('2026-11-26T20:00:00Z');
const mentor = scheduleWith({
  week: {
    ...scheduleWith().week,
    wed: [
      { start: '08:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ],
  },
  holidays: { country: 'FR', region: '67', enabled: true },
  absences: [
    { start: '2026-01-05', end: '2026-01-09', note: 'passé' },
    { start: '2026-12-21', end: '2027-01-02', note: 'Noël en Alsace' },
  ],
});

/** A tag with a correct checksum around any payload, to test what lies behind it. */
function tagAround(payload: string, version = 1): string {
  const encoded = encodeText(payload);
  return `[cadre:v${version}:${encoded}:${crc32Hex(encoded)}]`;
}

describe('encodeShare', () => {
  it('writes a readable message ending with the tag alone on its line', () => {
    const message = encodeShare(mentor, { now, lang: 'fr', holidays: FRENCH_HOLIDAYS });
    const lines = message.split('\n');
    expect(lines.slice(0, -1)).toEqual([
      'Mes disponibilités (Cadre)',
      'Plages : lundi–mardi 8h–18h ; mercredi 8h–12h, 14h–18h ; jeudi–vendredi 8h–18h (fuseau Europe/Paris)',
      'Jours fériés chômés (FR-67)',
      'Absent du 21 décembre au 2 janvier (Noël en Alsace)',
    ]);
    expect(lines.at(-1)).toMatch(/^\[cadre:v1:[A-Za-z0-9.-]+:[0-9a-f]{8}\]$/);
  });

  it('says so when the mentor is away, in English too', () => {
    const away = scheduleWith({ manual: { state: 'away', until: '2026-11-30T10:00:00+01:00' } });
    const message = encodeShare(away, { now, lang: 'en', holidays: FRENCH_HOLIDAYS });
    expect(message.split('\n').slice(0, -1)).toEqual([
      'My availability (Cadre)',
      'Hours: Monday–Friday 8 am–6 pm (time zone Europe/Paris)',
      'Closed on public holidays (FR)',
      'Away until Monday 10 am',
    ]);
  });

  it('never puts an underscore in the tag (WhatsApp would read italics)', () => {
    for (let i = 0; i < 50; i++) {
      const tag = shareTag(
        scheduleWith({
          absences: [{ start: '2026-12-01', end: '2026-12-02', note: '?'.repeat(i) + '>~' }],
        }),
        now,
      );
      expect(tag).not.toMatch(/[_*~`]/);
    }
  });
});

describe('share round trip', () => {
  it('gives back the schedule and the time it was shared, past absences left out', () => {
    const [tag] = findShares(encodeShare(mentor, { now, lang: 'fr', holidays: FRENCH_HOLIDAYS }));
    const upcoming = { ...mentor, absences: mentor.absences.slice(1) };
    expect(decodeShare(tag)).toEqual({ ok: true, schedule: upcoming, sharedAt: now });
  });

  it('keeps a manual away status, drops "available"', () => {
    const away = scheduleWith({ manual: { state: 'away', until: '2026-11-30T10:00:00+01:00' } });
    const awayForever = scheduleWith({ manual: { state: 'away' } });
    for (const schedule of [away, awayForever, scheduleWith()]) {
      const result = decodeShare(shareTag(schedule, now));
      expect(result.ok && result.schedule).toEqual(schedule);
    }
  });
});

describe('findShares', () => {
  it('finds every tag in a message, complete or cut', () => {
    const tag = shareTag(scheduleWith(), now);
    const text = `Bonjour\n${tag}\nEt un autre : [cadre:v1:abc:12345678] puis [cadre:v1:tronq`;
    expect(findShares(text)).toEqual([tag, '[cadre:v1:abc:12345678]', '[cadre:v1:tronq']);
  });

  it('finds nothing in an ordinary message', () => {
    expect(findShares('Rendez-vous lundi [8h] au bureau')).toEqual([]);
  });
});

describe('mayBeShare: the beginning of a message WhatsApp shows cut', () => {
  it.each([
    ['Mes disponibilités (Cadre)\nPlages : lundi–jeu…', true],
    ['  My availability (Cadre)\nHours: Mon…', true],
    ['Voici le lien [cadre:v1:abc', true],
    ['Mes disponibilités cette semaine sont…', false],
    ['Bonjour, une longue question sur le dossier…', false],
  ])('%j → %s', (text, expected) => {
    expect(mayBeShare(text)).toBe(expected);
  });
});

describe('decodeShare refuses', () => {
  const tag = shareTag(mentor, now);
  const payloadStart = '[cadre:v1:'.length;
  const otherChecksum = tag.endsWith('00000000]') ? '11111111' : '00000000';
  const flip = (text: string, index: number) =>
    text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);

  it.each([
    ['a tampered payload', flip(tag, payloadStart + 20), 'checksum mismatch'],
    ['a tampered checksum', `${tag.slice(0, -9)}${otherChecksum}]`, 'checksum mismatch'],
    ['a tag cut short', tag.slice(0, 60), 'incomplete or damaged'],
    [
      'a tag cut inside the payload, bracket restored',
      `${tag.slice(0, 60)}:${tag.slice(-9)}`,
      'checksum mismatch',
    ],
    ['garbled characters', '[cadre:v1:%%%***:zzzzzzzz]', 'incomplete or damaged'],
    ['an empty tag', '[cadre:]', 'incomplete or damaged'],
    ['an unknown version', tagAround('{}', 2), 'a format unknown'],
    ['an unknown version, even cut', '[cadre:v9:abc', 'a format unknown'],
    ['a payload that is not JSON', tagAround('not json'), 'malformed content'],
    ['JSON that is not a share', tagAround('{"t":1}'), 'malformed content'],
    [
      'a valid envelope around an invalid schedule',
      tagAround('{"t":1,"s":{"z":"Mars/Olympus","w":"0800-1800||||||","h":["FR","",1],"a":[]}}'),
      'Unknown time zone',
    ],
    [
      'a reversed range',
      tagAround('{"t":1,"s":{"z":"Europe/Paris","w":"1800-0800||||||","h":["FR","",1],"a":[]}}'),
      'ends before it starts',
    ],
  ])('%s', (_name, input, message) => {
    const result = decodeShare(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.en).toContain(message);
      expect(result.error.fr.length).toBeGreaterThan(10);
    }
  });
});
