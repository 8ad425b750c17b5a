import * as v from 'valibot';
import { foldKey } from '../text/fold-key';
import type { CadreDb } from './database';
import { ChatTitle } from './schema';

/**
 * Mentoring chats are recognised by their title, as WhatsApp shows it in the header,
 * compared folded (case, accents, invisible direction marks aside).
 */
export async function setChatWatched(database: CadreDb, title: string, watched: boolean) {
  const parsed = v.safeParse(ChatTitle, title);
  if (!parsed.success) return;
  const clean = parsed.output;
  await database.transaction('rw', database.watchedChats, async () => {
    await forgetChat(database, clean);
    if (watched) await database.watchedChats.put({ title: clean, addedAt: Date.now() });
  });
}

/** WhatsApp shows a new title for the same chat: keep watching it under that name. */
export async function renameWatchedChat(database: CadreDb, from: string, to: string) {
  const parsed = v.safeParse(ChatTitle, to);
  if (!parsed.success) return;
  await database.transaction('rw', database.watchedChats, async () => {
    await forgetChat(database, from);
    await forgetChat(database, parsed.output);
    await database.watchedChats.put({ title: parsed.output, addedAt: Date.now() });
  });
}

/** Every stored spelling of one chat, e.g. the same title with or without direction marks. */
async function forgetChat(database: CadreDb, title: string) {
  const key = foldKey(title);
  await database.watchedChats.filter((chat) => foldKey(chat.title) === key).delete();
}

export async function readWatchedChats(database: CadreDb): Promise<string[]> {
  return (await database.watchedChats.orderBy('title').toArray()).map((chat) => chat.title);
}
