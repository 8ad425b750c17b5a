import type { CadreDb } from './database';
import type { JournalEvent } from './records';

export async function logEvent(database: CadreDb, event: Omit<JournalEvent, 'id'>) {
  await database.journal.add(event);
}

export async function readJournal(database: CadreDb, sinceMs = 0): Promise<JournalEvent[]> {
  return database.journal.where('at').aboveOrEqual(sinceMs).toArray();
}
