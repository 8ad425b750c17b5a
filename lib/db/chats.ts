import type { CadreDb } from './database';

/** Mentoring chats are recognised by their title, as WhatsApp shows it in the header. */
export async function setChatWatched(database: CadreDb, title: string, watched: boolean) {
  const clean = title.trim();
  if (!clean) return;
  if (watched) await database.watchedChats.put({ title: clean, addedAt: Date.now() });
  else await database.watchedChats.delete(clean);
}

export async function readWatchedChats(database: CadreDb): Promise<string[]> {
  return (await database.watchedChats.orderBy('title').toArray()).map((chat) => chat.title);
}
