import type { CadreDb } from '../db/database';
import { readWatchedChats } from '../db/chats';
import { readList } from '../db/lists';
import { readSettings } from '../db/settings';
import type { Snapshot } from './protocol';

/** Holidays around `now`; may load the country's data, after every database read. */
export type HolidayLookup = (schedule: unknown, now: Date) => string[] | Promise<string[]>;

/** Everything the content script needs, read in one go. */
export async function readSnapshot(
  database: CadreDb,
  holidaysFor: HolidayLookup = () => [],
): Promise<Snapshot> {
  const [settings, watchedChats, watch, allow, scheduleRow] = await Promise.all([
    readSettings(database),
    readWatchedChats(database),
    readList(database, 'watch'),
    readList(database, 'allow'),
    database.schedule.get('current'),
  ]);
  const schedule = scheduleRow?.schedule ?? null;
  return {
    settings,
    watchedChats,
    watchList: watch.map((entry) => entry.value),
    allowList: allow.map((entry) => entry.value),
    schedule,
    holidays: await holidaysFor(schedule, new Date()),
  };
}
