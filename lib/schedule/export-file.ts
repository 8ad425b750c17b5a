// The schedule as a file, for backup or moving between browsers.
import type { ShareResult } from './share';
import type { Schedule } from './types';
import { validateSchedule } from './validate';

export const EXPORT_FORMAT = 'cadre-schedule';
export const EXPORT_VERSION = 1;

export function exportSchedule(schedule: Schedule, exportedAt: Date = new Date()): string {
  return `${JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: exportedAt.toISOString(),
      schedule,
    },
    null,
    2,
  )}\n`;
}

const refuse = (fr: string, en: string): ShareResult => ({ ok: false, error: { fr, en } });

/** Same result as decodeShare; `sharedAt` is the export time. */
export function importSchedule(text: string): ShareResult {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse(
      "Fichier illisible : ce n'est pas du JSON valide.",
      'Unreadable file: not valid JSON.',
    );
  }
  const record = (typeof file === 'object' && file !== null ? file : {}) as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) {
    return refuse(
      "Ce fichier n'est pas un export d'horaires Cadre.",
      'This file is not a Cadre schedule export.',
    );
  }
  if (typeof record.version !== 'number' || !Number.isInteger(record.version)) {
    return refuse("Version d'export manquante.", 'Export version missing.');
  }
  if (record.version > EXPORT_VERSION) {
    return refuse(
      `Fichier créé par une version plus récente de Cadre (format v${record.version}) : mettez Cadre à jour.`,
      `File made by a newer Cadre (format v${record.version}): update Cadre.`,
    );
  }
  if (record.version !== EXPORT_VERSION) {
    return refuse(
      `Format d'export v${record.version} non pris en charge.`,
      `Export format v${record.version} is not supported.`,
    );
  }
  const exportedAt =
    typeof record.exportedAt === 'string' ? new Date(record.exportedAt) : undefined;
  if (!exportedAt || Number.isNaN(exportedAt.getTime())) {
    return refuse("Date d'export manquante ou invalide.", 'Export date missing or invalid.');
  }
  const result = validateSchedule(record.schedule);
  if (!result.ok) {
    const all = result.errors.map((error) => error.message);
    return refuse(
      `Horaires du fichier invalides : ${all.map((message) => message.fr).join(' ')}`,
      `Invalid schedule in the file: ${all.map((message) => message.en).join(' ')}`,
    );
  }
  return { ok: true, schedule: result.schedule, sharedAt: exportedAt };
}
