// Sharing a schedule through the chat itself: a message a person can read, ending
// with a tag the other side's Cadre can apply. No server involved.
import { crc32Hex } from './checksum';
import { findShares, SHARE_VERSION, shareTagParts } from './share-tag';

export { findShares, SHARE_VERSION };
import { compactSchedule, expandSchedule } from './compact';
import { describeStatus, describeWeek } from './describe';
import { formatCalendarDate } from './format-time';
import type { HolidayLookup } from './status';
import { status } from './status';
import { MAX_SHARE_TAG_LENGTH, MAX_SHARED_ABSENCES } from './limits';
import { decodeText, encodeText } from './text-codec';
import type { Bilingual, Lang, Schedule } from './types';
import { validateSchedule } from './validate';
import { wallClockAt } from './zoned-time';

/** The first line of a shared availability message, French and English. */
const SHARE_HEADINGS = ['Mes disponibilités (Cadre)', 'My availability (Cadre)'] as const;
const MAX_ABSENCES_LISTED = 3;

export type ShareResult =
  { ok: true; schedule: Schedule; sharedAt: Date } | { ok: false; error: Bilingual };

export interface EncodeShareOptions {
  now: Date;
  lang: Lang;
  holidays: HolidayLookup;
}

interface SharePayload {
  /** shared at, Unix seconds */
  t: number;
  s: ReturnType<typeof compactSchedule>;
}

export function shareTag(schedule: Schedule, sharedAt: Date): string {
  // Past absences are of no use to the other side; the upcoming ones are capped so the
  // tag stays within what a receiving Cadre accepts.
  const today = wallClockAt(sharedAt, schedule.timeZone).date;
  const absences = schedule.absences
    .filter((absence) => absence.end >= today)
    .slice(0, MAX_SHARED_ABSENCES);
  const payload: SharePayload = {
    t: Math.floor(sharedAt.getTime() / 1000),
    s: compactSchedule({ ...schedule, absences }),
  };
  const encoded = encodeText(JSON.stringify(payload));
  return `[cadre:v${SHARE_VERSION}:${encoded}:${crc32Hex(encoded)}]`;
}

/** The readable message, the tag alone on its last line. */
export function encodeShare(schedule: Schedule, options: EncodeShareOptions): string {
  const { now, lang, holidays } = options;
  const fr = lang === 'fr';
  const zone = schedule.timeZone;
  const today = wallClockAt(now, zone).date;
  const lines = [
    SHARE_HEADINGS[fr ? 0 : 1],
    fr
      ? `Plages : ${describeWeek(schedule, lang)} (fuseau ${zone})`
      : `Hours: ${describeWeek(schedule, lang)} (time zone ${zone})`,
  ];
  if (schedule.holidays.enabled) {
    const area = schedule.holidays.region
      ? `${schedule.holidays.country}-${schedule.holidays.region}`
      : schedule.holidays.country;
    lines.push(fr ? `Jours fériés chômés (${area})` : `Closed on public holidays (${area})`);
  }
  const upcoming = schedule.absences
    .filter((absence) => absence.end >= today)
    .slice(0, MAX_ABSENCES_LISTED);
  for (const absence of upcoming) {
    const from = formatCalendarDate(absence.start, lang, today);
    const to = formatCalendarDate(absence.end, lang, today);
    const span =
      absence.start === absence.end
        ? fr
          ? `le ${from}`
          : `on ${from}`
        : fr
          ? `du ${from} au ${to}`
          : `from ${from} to ${to}`;
    const note = absence.note ? ` (${absence.note})` : '';
    lines.push(`${fr ? 'Absent' : 'Away'} ${span}${note}`);
  }
  const current = status(now, schedule, holidays);
  if (current.state === 'away' && current.reason?.kind === 'manual') {
    lines.push(describeStatus(current, { now, viewerTimeZone: zone, lang }));
  }
  lines.push(shareTag(schedule, now));
  return lines.join('\n');
}

/**
 * Whether the beginning of a message may be a shared availability: its heading, or a tag.
 * For a message WhatsApp shows cut, whose tag (on the last line) may be hidden.
 */
export function mayBeShare(text: string): boolean {
  const start = text.trimStart();
  return text.includes('[cadre:') || SHARE_HEADINGS.some((heading) => start.startsWith(heading));
}

const error = (fr: string, en: string): ShareResult => ({ ok: false, error: { fr, en } });

export function decodeShare(tag: string): ShareResult {
  if (tag.length > MAX_SHARE_TAG_LENGTH) {
    return error(
      `Disponibilités partagées refusées : le message est trop long (plus de ${MAX_SHARE_TAG_LENGTH} caractères).`,
      `Shared availability refused: the message is too long (over ${MAX_SHARE_TAG_LENGTH} characters).`,
    );
  }
  const parts = shareTagParts(tag);
  if (!parts) {
    const version = /^\[cadre:v(\d+):/.exec(tag.trim());
    if (version && Number(version[1]) !== SHARE_VERSION) return unknownVersion();
    return error(
      'Disponibilités partagées illisibles : le message est incomplet ou abîmé.',
      'Shared availability unreadable: the message is incomplete or damaged.',
    );
  }
  const { version, encoded, checksum } = parts;
  if (version !== SHARE_VERSION) return unknownVersion();
  if (crc32Hex(encoded) !== checksum) {
    return error(
      'Disponibilités partagées refusées : le contenu a été modifié ou tronqué (somme de contrôle fausse).',
      'Shared availability refused: the content was changed or cut (checksum mismatch).',
    );
  }
  const json = decodeText(encoded);
  let payload: unknown;
  try {
    payload = json === undefined ? undefined : JSON.parse(json);
  } catch {
    payload = undefined;
  }
  const sharedAtSeconds = (payload as Partial<SharePayload> | undefined)?.t;
  const expanded = expandSchedule((payload as Partial<SharePayload> | undefined)?.s);
  if (typeof sharedAtSeconds !== 'number' || !Number.isFinite(sharedAtSeconds) || !expanded) {
    return error(
      'Disponibilités partagées illisibles : contenu mal formé.',
      'Shared availability unreadable: malformed content.',
    );
  }
  const result = validateSchedule(expanded);
  if (!result.ok) {
    const first = result.errors[0].message;
    return error(
      `Disponibilités partagées refusées : ${first.fr}`,
      `Shared availability refused: ${first.en}`,
    );
  }
  return { ok: true, schedule: result.schedule, sharedAt: new Date(sharedAtSeconds * 1000) };
}

// The version is not repeated: it is the tag's text, and any digits could stand there.
function unknownVersion(): ShareResult {
  return error(
    'Disponibilités partagées dans un format inconnu de cette version de Cadre : mettez Cadre à jour.',
    'Shared availability in a format unknown to this version of Cadre: update Cadre.',
  );
}
