import type { CadreDb } from './database';
import { DEFAULT_SETTINGS, type Settings } from './records';

export async function readSettings(database: CadreDb): Promise<Settings> {
  const rows = await database.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULT_SETTINGS, ...stored } as Settings;
}

export async function writeSettings(database: CadreDb, patch: Partial<Settings>): Promise<void> {
  const rows = Object.entries(patch).map(([key, value]) => ({
    key: key as keyof Settings,
    value: value as Settings[keyof Settings],
  }));
  await database.settings.bulkPut(rows);
}
