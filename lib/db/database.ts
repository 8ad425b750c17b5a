import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  CharterDoc,
  JournalEvent,
  ListEntry,
  Note,
  ScheduleRow,
  SettingRow,
  Signature,
  WatchedChat,
} from './records';
import { foldKey } from '../text/fold-key';
import { checkEveryWrite } from './checks';

export const DB_NAME = 'cadre';

/**
 * Cadre's database. Opened only by the background and extension pages: a content
 * script's IndexedDB would belong to web.whatsapp.com.
 *
 * Version history (never edit a published version; add one):
 * 1. settings, watched chats, watch/allow lists (unique by value), journal.
 * 2. lists unique by folded key (case and accents), so "Élodie" and "elodie" are one
 *    entry; charter documents, signatures, schedule, reflection notes.
 */
export class CadreDb extends Dexie {
  settings!: Table<SettingRow, string>;
  watchedChats!: Table<WatchedChat, string>;
  lists!: EntityTable<ListEntry, 'id'>;
  journal!: EntityTable<JournalEvent, 'id'>;
  charters!: EntityTable<CharterDoc, 'version'>;
  signatures!: EntityTable<Signature, 'id'>;
  schedule!: Table<ScheduleRow, string>;
  notes!: EntityTable<Note, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      settings: '&key',
      watchedChats: '&title',
      lists: '++id, kind, &[kind+value]',
      journal: '++id, at, action',
    });
    this.version(2)
      .stores({
        lists: '++id, kind, &[kind+key]',
        charters: '++version, createdAt',
        signatures: '++id, charterVersion, signedAt',
        schedule: '&key',
        notes: '++id, at',
      })
      .upgrade(async (tx) => {
        // Give every entry its folded key, dropping entries that fold to one already kept.
        const seen = new Set<string>();
        const lists = tx.table<ListEntry, number>('lists');
        for (const entry of await lists.orderBy('id').toArray()) {
          const key = `${entry.kind}:${foldKey(entry.value)}`;
          if (seen.has(key)) await lists.delete(entry.id!);
          else {
            seen.add(key);
            await lists.update(entry.id!, { key: foldKey(entry.value) });
          }
        }
      });
    checkEveryWrite(this);
  }
}

let shared: CadreDb | undefined;

/** The one database connection of this extension context. */
export function db(): CadreDb {
  shared ??= new CadreDb();
  return shared;
}
