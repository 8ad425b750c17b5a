import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  eraseEverything,
  exportBackup,
  exportBackupText,
  parseBackup,
  restoreBackupText,
} from '@/lib/backup';
import { parseCharter } from '@/lib/charter';
import { foldKey, readList, removeListEntry } from '@/lib/db';
import type { CadreDb } from '@/lib/db/database';
import { JOURNAL_ACTIONS } from '@/lib/db/records';
import { LIMITS } from '@/lib/db/schema';
import { DEFAULT_SCHEDULE } from '@/lib/schedule';
import { filledDb, freshDb } from './fixtures';

// A backup the app wrote must always restore, whole: whatever the app accepted, its own
// import accepts, and what it restores is what was there.

async function dump(database: CadreDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(
      BACKUP_TABLES.map(async (name) => [name, await database.table(name).toArray()] as const),
    ),
  );
}

async function roundTrip(database: CadreDb) {
  const before = await dump(database);
  const exported = await exportBackupText(database, new Date('2026-03-20T10:00:00Z'));
  if (!exported.ok) throw new Error(`export refused at ${exported.where}`);
  await eraseEverything(database);
  const restored = await restoreBackupText(database, exported.text);
  return { before, after: await dump(database), restored };
}

describe('what the app accepts, a backup restores', () => {
  it('a custom charter whose first line is over 300 characters', async () => {
    const database = freshDb();
    const text = `${'Charte de mentorat entre nous, '.repeat(15)}\n\n1. Nature\n\nUn outil.`;
    const title = parseCharter(text).title;
    expect(title.length).toBeGreaterThan(300);
    await database.charters.add({ lang: 'fr', title, text, source: 'custom', createdAt: 1 });
    const { before, after, restored } = await roundTrip(database);
    expect(restored).toEqual({ ok: true });
    expect(after).toEqual(before);
    expect((after.charters[0] as { title: string }).title).toBe(title);
  });

  it('every table filled', async () => {
    const database = await filledDb();
    const { before, after, restored } = await roundTrip(database);
    expect(restored).toEqual({ ok: true });
    expect(after).toEqual(before);
  });
});

// Random states within every limit of the schema, written through the database.
const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
const line = (max: number) =>
  fc
    .string({ minLength: 1, maxLength: max, unit: 'grapheme' })
    .map((value) => value.replace(/[\p{Cf}\s]+/gu, ' ').trim())
    .filter((value) => value.length > 0 && value.length <= max);
const time = fc.integer({ min: 0, max: 4_000_000_000_000 });
const name = line(LIMITS.listValue).filter((value) => !/\d/.test(value) && !value.includes('@'));
const pngDataUrl = fc
  .uint8Array({ minLength: 1, maxLength: 64 })
  .map((bytes) => `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`);
const isoDay = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const state = fc.record({
  settings: fc.record(
    {
      role: fc.constantFrom('mentor' as const, 'mentee' as const, null),
      language: fc.constantFrom('auto' as const, 'fr' as const, 'en' as const),
      vagueNudge: fc.boolean(),
      attachmentCheck: fc.boolean(),
      onboarded: fc.boolean(),
      sharesFromAnyone: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  chats: fc.uniqueArray(line(LIMITS.chatTitle), { maxLength: 4, selector: foldKey }),
  lists: fc.uniqueArray(fc.record({ kind: fc.constantFrom('watch', 'allow'), value: name }), {
    maxLength: 6,
    selector: (entry) => `${entry.kind}:${foldKey(entry.value)}`,
  }),
  journal: fc.array(
    fc.record({
      at: time,
      action: fc.constantFrom(...JOURNAL_ACTIONS),
      findings: fc.dictionary(fc.stringMatching(/^[A-Z]{2,12}$/), fc.nat(), { maxKeys: 3 }),
      signals: fc.array(fc.constantFrom('DISTRESS', 'URGENT', 'VAGUE'), { maxLength: 3 }),
      inWindow: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 5 },
  ),
  charters: fc.array(
    fc.record({
      lang: fc.constantFrom('fr' as const, 'en' as const),
      title: text(LIMITS.charterText),
      text: text(LIMITS.charterText),
      source: fc.constantFrom('default' as const, 'custom' as const),
      createdAt: time,
    }),
    { minLength: 1, maxLength: 3 },
  ),
  signature: fc.option(
    fc.record({
      mentorName: text(LIMITS.personName),
      menteeName: text(LIMITS.personName),
      date: isoDay,
      mentorSignature: text(LIMITS.personName),
      menteeSignature: text(LIMITS.personName),
      drawing: fc.option(pngDataUrl, { nil: undefined }),
      signedAt: time,
    }),
    { nil: null },
  ),
  schedule: fc.option(
    fc.record({
      timeZone: fc.constantFrom('Europe/Paris', 'America/Montreal', 'Asia/Tokyo', 'UTC'),
      note: fc.option(line(200), { nil: undefined }),
      away: fc.boolean(),
    }),
    { nil: null },
  ),
  notes: fc.array(fc.record({ at: time, text: text(LIMITS.note) }), { maxLength: 4 }),
});

type State = typeof state extends fc.Arbitrary<infer T> ? T : never;

async function write(database: CadreDb, s: State) {
  await database.settings.bulkPut(
    Object.entries(s.settings).map(([key, value]) => ({ key, value }) as never),
  );
  for (const title of s.chats) await database.watchedChats.put({ title, addedAt: 1 });
  for (const entry of s.lists) {
    await database.lists.add({ ...entry, key: foldKey(entry.value), addedAt: 2 } as never);
  }
  for (const event of s.journal) {
    const { inWindow, ...rest } = event;
    await database.journal.add(inWindow === undefined ? rest : { ...rest, inWindow });
  }
  const versions: number[] = [];
  for (const charter of s.charters) versions.push((await database.charters.add(charter))!);
  if (s.signature) {
    const { drawing, ...rest } = s.signature;
    await database.signatures.add({
      ...rest,
      ...(drawing === undefined ? {} : { drawing }),
      charterVersion: versions[0],
    });
  }
  if (s.schedule) {
    await database.schedule.put({
      key: 'current',
      schedule: {
        ...DEFAULT_SCHEDULE,
        timeZone: s.schedule.timeZone,
        absences: [
          {
            start: '2026-07-01',
            end: '2026-07-14',
            ...(s.schedule.note ? { note: s.schedule.note } : {}),
          },
        ],
        manual: s.schedule.away ? { state: 'away' } : { state: 'available' },
      },
      updatedAt: 3,
      source: 'shared',
      sharedExcerpt: '[14:05, 26/11/2026] Camille',
    });
  }
  for (const note of s.notes) await database.notes.add(note);
}

describe('export → erase → import, on random valid states', () => {
  it('loses nothing', async () => {
    await fc.assert(
      fc.asyncProperty(state, async (s) => {
        const database = freshDb();
        await write(database, s);
        const { before, after, restored } = await roundTrip(database);
        expect(restored).toEqual({ ok: true });
        expect(after).toEqual(before);
        database.close();
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('the export', () => {
  it('refuses to offer a file its own import would refuse, and names the part', async () => {
    const database = freshDb();
    await database.open();
    // A row from before the database checked its writes: a title over the limit.
    await new Promise<void>((resolve, reject) => {
      const transaction = database.backendDB().transaction('watchedChats', 'readwrite');
      transaction.objectStore('watchedChats').put({ title: 'x'.repeat(301), addedAt: 1 });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    expect(await exportBackupText(database)).toEqual({
      ok: false,
      where: 'data.watchedChats.0.title',
    });
  });
});

describe('the import stores only validated, normalised data', () => {
  async function importing(change: (data: Record<string, unknown[]>) => void) {
    const database = freshDb();
    const backup = await exportBackup(database);
    change(backup.data as unknown as Record<string, unknown[]>);
    expect(await restoreBackupText(database, JSON.stringify(backup))).toEqual({ ok: true });
    return database;
  }

  it('normalises a junk schedule', async () => {
    const database = await importing((data) =>
      data.schedule.push({
        key: 'current',
        schedule: {
          ...DEFAULT_SCHEDULE,
          colour: 'red',
          week: {
            ...DEFAULT_SCHEDULE.week,
            mon: [
              { start: '14:00', end: '18:00', extra: 1 },
              { start: '08:00', end: '14:00' },
            ],
          },
          absences: [{ start: '2026-08-01', end: '2026-08-02', note: '  congés  ', why: 'x' }],
          manual: { state: 'available', until: 'never' },
        },
        updatedAt: 1,
        source: 'file',
      }),
    );
    const row = await database.schedule.get('current');
    expect(row?.schedule).toEqual({
      ...DEFAULT_SCHEDULE,
      week: { ...DEFAULT_SCHEDULE.week, mon: [{ start: '08:00', end: '18:00' }] },
      absences: [{ start: '2026-08-01', end: '2026-08-02', note: 'congés' }],
    });
  });

  it('recomputes list keys, so every entry can be removed', async () => {
    const database = await importing((data) =>
      data.lists.push({ id: 1, kind: 'watch', value: 'Élodie Dupont', key: 'zz', addedAt: 1 }),
    );
    expect((await readList(database, 'watch'))[0].key).toBe('elodie dupont');
    await removeListEntry(database, 'watch', 'Élodie Dupont');
    expect(await database.lists.count()).toBe(0);
  });

  it('stores chat titles without invisible direction marks', async () => {
    const database = await importing((data) =>
      data.watchedChats.push({ title: '\u202aCamille — mentorat\u202c', addedAt: 1 }),
    );
    expect(await database.watchedChats.toArray()).toEqual([
      { title: 'Camille — mentorat', addedAt: 1 },
    ]);
  });
});

describe('parseBackup refuses', () => {
  const valid = async () => JSON.parse(JSON.stringify(await exportBackup(await filledDb())));
  const refused = async (change: (data: Record<string, Record<string, unknown>[]>) => void) => {
    const doc = await valid();
    change(doc.data);
    return parseBackup(JSON.stringify(doc));
  };

  it('null, and other JSON that is not an object', () => {
    for (const text of ['null', '1', '"cadre-backup"', 'true']) {
      expect(parseBackup(text)).toEqual({ ok: false, reason: 'foreign' });
    }
  });

  it.each([
    ['two rows for one setting', 'data.settings', (d) => d.settings.push({ ...d.settings[0] })],
    [
      'one chat twice, spelt apart by case and direction marks',
      'data.watchedChats',
      (d) => d.watchedChats.push({ title: '\u2068CAMILLE — MENTORAT\u2069', addedAt: 1 }),
    ],
    [
      'one name twice in a list under new ids',
      'data.lists',
      (d) => d.lists.push({ ...d.lists[0], id: 99, value: String(d.lists[0].value).toUpperCase() }),
    ],
    [
      'two different names in a list under one id',
      'data.lists',
      (d) => d.lists.push({ ...d.lists[0], value: 'Hélène Vasseur', key: 'helene vasseur' }),
    ],
    ['two journal events with one id', 'data.journal', (d) => d.journal.push({ ...d.journal[0] })],
    [
      'two charters with one version',
      'data.charters',
      (d) => d.charters.push({ ...d.charters[0] }),
    ],
    [
      'two signatures with one id',
      'data.signatures',
      (d) => d.signatures.push({ ...d.signatures[0] }),
    ],
    ['two notes with one id', 'data.notes', (d) => d.notes.push({ ...d.notes[0] })],
  ] as [string, string, (d: Record<string, Record<string, unknown>[]>) => void][])(
    '%s',
    async (_label, where, change) => {
      expect(await refused(change as never)).toEqual({ ok: false, reason: 'malformed', where });
    },
  );

  it.each([
    ['a remote URL', 'https://tracker.example/pixel.png'],
    ['a remote URL ending like a data URL', 'https://x.example/?data:image/png;base64,AAAA'],
    ['a data URL followed by markup', 'data:image/png;base64,AAAA" onerror="alert(1)'],
    ['another image type', 'data:image/svg+xml;base64,PHN2Zz4='],
    ['an empty PNG', 'data:image/png;base64,'],
  ])('a drawn signature that is %s', async (_label, drawing) => {
    expect(await refused((d) => (d.signatures[0].drawing = drawing))).toEqual({
      ok: false,
      reason: 'malformed',
      where: 'data.signatures.0.drawing',
    });
  });

  it('a version that is not a number, as damaged rather than newer', async () => {
    const doc = await valid();
    doc.version = '99';
    expect(parseBackup(JSON.stringify(doc))).toEqual({
      ok: false,
      reason: 'malformed',
      where: 'version',
    });
  });

  it('accepts a charter signed again under a new signature', async () => {
    const doc = await valid();
    const [first] = doc.data.signatures;
    doc.data.signatures.push({ ...first, id: first.id + 1, signedAt: first.signedAt + 1 });
    expect(parseBackup(JSON.stringify(doc)).ok).toBe(true);
  });

  it('accepts a drawn signature that is a PNG data URL', async () => {
    const doc = await valid();
    doc.data.signatures[0].drawing = 'data:image/png;base64,iVBORw0KGgo=';
    expect(parseBackup(JSON.stringify(doc)).ok).toBe(true);
  });

  it.each([
    ['a note', 'notes', 'text', LIMITS.note],
    ['a list name', 'lists', 'value', LIMITS.listValue],
    ['a chat title', 'watchedChats', 'title', LIMITS.chatTitle],
    ['a charter text', 'charters', 'text', LIMITS.charterText],
    ['a charter title', 'charters', 'title', LIMITS.charterText],
    ['a mentor name', 'signatures', 'mentorName', LIMITS.personName],
    ['a typed signature', 'signatures', 'menteeSignature', LIMITS.personName],
  ])(
    '%s one character over its limit, and takes it at the limit',
    async (_l, table, field, max) => {
      const at = await refused((d) => (d[table][0][field] = 'a'.repeat(max)));
      expect(at.ok).toBe(true);
      expect(await refused((d) => (d[table][0][field] = 'a'.repeat(max + 1)))).toEqual({
        ok: false,
        reason: 'malformed',
        where: `data.${table}.0.${field}`,
      });
    },
  );
});

describe('when the database itself fails', () => {
  it('a restore that fails half-way changes nothing and says it failed', async () => {
    const database = await filledDb();
    const exported = await exportBackupText(database);
    if (!exported.ok) throw new Error('export refused');
    const before = await dump(database);
    const original = database.transaction;
    const restore = original.bind(database) as (...args: unknown[]) => Promise<unknown>;
    // The restore's transaction breaks once it has written everything.
    database.transaction = ((...args: unknown[]) => {
      const body = args[args.length - 1] as () => Promise<unknown>;
      return restore(...args.slice(0, -1), async () => {
        await body();
        throw new Error('disk full');
      });
    }) as typeof original;
    expect(await restoreBackupText(database, exported.text)).toEqual({
      ok: false,
      reason: 'failed',
    });
    database.transaction = original;
    expect(await dump(database)).toEqual(before);
  });
});
