import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  backupFileName,
  eraseEverything,
  exportBackup,
  parseBackup,
  restoreBackup,
} from '@/lib/backup';
import { readSettings } from '@/lib/db';
import type { CadreDb } from '@/lib/db/database';
import { filledDb, freshDb } from './fixtures';

async function dump(database: CadreDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(
      BACKUP_TABLES.map(async (name) => [name, await database.table(name).toArray()] as const),
    ),
  );
}

describe('backup round trip', () => {
  it('export → erase → import gives back identical data', async () => {
    const database = await filledDb();
    const before = await dump(database);
    for (const rows of Object.values(before)) expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(await exportBackup(database, new Date('2025-03-20T10:00:00Z')));

    await eraseEverything(database);
    for (const rows of Object.values(await dump(database))) expect(rows).toEqual([]);
    expect((await readSettings(database)).onboarded).toBe(false);

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(`refused: ${parsed.reason}`);
    await restoreBackup(database, parsed.backup);
    expect(await dump(database)).toEqual(before);
  });

  it('covers every table of the database: a new table must be added to the backup', () => {
    const names = freshDb().tables.map((table) => table.name);
    expect([...BACKUP_TABLES].sort()).toEqual(names.sort());
  });

  it('exports a versioned document', async () => {
    const backup = await exportBackup(freshDb(), new Date('2025-03-20T10:00:00Z'));
    expect(backup).toMatchObject({
      format: 'cadre-backup',
      version: 1,
      exportedAt: '2025-03-20T10:00:00.000Z',
    });
    expect(Object.keys(backup.data).sort()).toEqual([...BACKUP_TABLES].sort());
  });

  it('names the file by day', () => {
    expect(backupFileName('cadre-sauvegarde', new Date('2025-03-20T10:00:00Z'))).toBe(
      'cadre-sauvegarde-2025-03-20.json',
    );
  });

  it('a failing restore changes nothing', async () => {
    const database = await filledDb();
    const before = await dump(database);
    const backup = await exportBackup(database);
    // Two entries with one id: the second bulkAdd fails inside the transaction.
    backup.data.notes.push({ ...backup.data.notes[0] });
    await expect(restoreBackup(database, backup)).rejects.toThrow();
    expect(await dump(database)).toEqual(before);
  });
});

describe('parseBackup refuses', () => {
  const valid = () => ({
    format: 'cadre-backup',
    version: 1,
    exportedAt: '2025-03-20T10:00:00.000Z',
    data: {
      settings: [{ key: 'role', value: 'mentor' }],
      watchedChats: [],
      lists: [{ id: 1, kind: 'watch', value: 'Dupont', key: 'dupont', addedAt: 1 }],
      journal: [],
      charters: [{ version: 1, lang: 'fr', title: '', text: 'x', source: 'default', createdAt: 0 }],
      signatures: [
        {
          id: 1,
          charterVersion: 1,
          mentorName: 'A',
          menteeName: 'B',
          date: '2025-03-10',
          mentorSignature: 'A',
          menteeSignature: 'B',
          signedAt: 1,
        },
      ],
      schedule: [],
      notes: [],
    },
  });
  type Doc = ReturnType<typeof valid>;
  const changed = (change: (doc: Doc) => void) => {
    const doc = valid();
    change(doc);
    return JSON.stringify(doc);
  };

  it('accepts the valid reference document', () => {
    expect(parseBackup(JSON.stringify(valid())).ok).toBe(true);
  });

  it.each([
    ['text that is not JSON', '{"format": "cadre-backup",', { reason: 'not-json' }],
    ['an empty file', '', { reason: 'not-json' }],
    ['a JSON array', '[]', { reason: 'foreign' }],
    [
      'another program’s file',
      JSON.stringify({ format: 'other', data: {} }),
      { reason: 'foreign' },
    ],
    [
      'a schedule export',
      JSON.stringify({ format: 'cadre-schedule', version: 1 }),
      { reason: 'foreign' },
    ],
    ['a newer version', changed((d) => (d.version = 2)), { reason: 'newer', version: 2 }],
    [
      'a missing table',
      changed((d) => delete (d.data as Partial<Doc['data']>).notes),
      { reason: 'malformed', where: 'data.notes' },
    ],
    [
      'an unknown role',
      changed((d) => (d.data.settings[0].value = 'boss')),
      { reason: 'malformed' },
    ],
    [
      'a list entry without a key',
      changed((d) => delete (d.data.lists[0] as Partial<Doc['data']['lists'][0]>).key),
      { reason: 'malformed', where: 'data.lists.0.key' },
    ],
    [
      'a negative time',
      changed((d) => (d.data.lists[0].addedAt = -1)),
      { reason: 'malformed', where: 'data.lists.0.addedAt' },
    ],
    [
      'a bad date',
      changed((d) => (d.data.signatures[0].date = '10/03/2025')),
      { reason: 'malformed', where: 'data.signatures.0.date' },
    ],
    [
      'a field this version does not know',
      changed((d) => Object.assign(d.data.lists[0], { colour: 'red' })),
      { reason: 'malformed', where: 'data.lists.0.colour' },
    ],
    [
      'a signature of a missing charter',
      changed((d) => (d.data.signatures[0].charterVersion = 9)),
      { reason: 'malformed', where: 'data.signatures.0.charterVersion' },
    ],
    [
      'two entries with one id',
      changed((d) => d.data.lists.push({ ...d.data.lists[0], key: 'x' })),
      { reason: 'malformed', where: 'data.lists' },
    ],
    [
      'an invalid schedule',
      changed((d) =>
        (d.data.schedule as unknown[]).push({
          key: 'current',
          schedule: { days: 'all' },
          updatedAt: 1,
          source: 'local',
        }),
      ),
      { reason: 'malformed', where: 'data.schedule.0.schedule' },
    ],
  ])('%s', (_label, text, problem) => {
    expect(parseBackup(text)).toMatchObject({ ok: false, ...problem });
  });
});
