import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { CadreDb } from '@/lib/db/database';
import { addListEntry, logEvent, setChatWatched, writeSettings } from '@/lib/db';
import { scheduleOrDefault } from '@/lib/schedule';

let counter = 0;

/** A fresh, empty database in fake IndexedDB. */
export function freshDb(): CadreDb {
  counter += 1;
  return new CadreDb(`cadre-backup-test-${counter}`, { indexedDB, IDBKeyRange });
}

/** A database with something in every table. */
export async function filledDb(): Promise<CadreDb> {
  const database = freshDb();
  await writeSettings(database, {
    role: 'mentee',
    language: 'en',
    vagueNudge: false,
    onboarded: true,
  });
  await setChatWatched(database, 'Camille — mentorat', true);
  await addListEntry(database, 'watch', 'Dupont');
  await addListEntry(database, 'allow', 'Camille');
  await logEvent(database, { at: 1_741_600_000_000, action: 'clean', findings: {}, signals: [] });
  await logEvent(database, {
    at: 1_741_700_000_000,
    action: 'sent-anyway',
    findings: { PERSON: 1 },
    signals: ['URGENT'],
    inWindow: false,
  });
  const version = await database.charters.add({
    lang: 'fr',
    title: 'Charte',
    text: 'Charte\n\n1. Nature\n\nUn outil.',
    source: 'custom',
    createdAt: 1_741_500_000_000,
  });
  await database.signatures.add({
    charterVersion: version!,
    mentorName: 'Anne Martin',
    menteeName: 'Camille Roy',
    date: '2025-03-10',
    mentorSignature: 'Anne Martin',
    menteeSignature: 'Camille Roy',
    signedAt: 1_741_600_000_000,
  });
  await database.schedule.put({
    key: 'current',
    schedule: scheduleOrDefault(undefined),
    updatedAt: 1_741_600_000_000,
    source: 'local',
  });
  await database.notes.add({ at: 1_741_800_000_000, text: 'Mieux formuler ma question.' });
  return database;
}
