import * as v from 'valibot';
import type { CadreDb } from '../db/database';
import { setChatWatched } from '../db/chats';
import { addListEntry } from '../db/lists';
import { logEvent } from '../db/journal';
import { applySharedTag } from '../db/schedule';
import { writeSettings } from '../db/settings';
import {
  ToBackground,
  type BackgroundReplies,
  type PageInspection,
  type Reply,
  type Snapshot,
} from './protocol';

export interface HandlerContext {
  database: CadreDb;
  readSnapshot: () => Promise<Snapshot>;
  /** Asks the open WhatsApp tab what Cadre recognises there (the background only). */
  inspectPage?: (skeleton: boolean) => Promise<PageInspection | null>;
}

type Handlers = {
  [T in ToBackground['type']]: (
    message: Extract<ToBackground, { type: T }>,
    context: HandlerContext,
  ) => Promise<BackgroundReplies[T]>;
};

const handlers: Handlers = {
  'snapshot.get': (_message, { readSnapshot }) => readSnapshot(),
  'chat.setWatched': async ({ title, watched }, { database }) => {
    await setChatWatched(database, title, watched);
    return { ok: true };
  },
  'list.add': ({ kind, value }, { database }) => addListEntry(database, kind, value),
  'journal.log': async ({ event }, { database }) => {
    await logEvent(database, event);
    return { ok: true };
  },
  'schedule.applyShared': ({ tag, excerpt }, { database }) =>
    applySharedTag(database, tag, excerpt),
  'settings.set': async ({ patch }, { database }) => {
    await writeSettings(database, patch);
    return { ok: true };
  },
  'page.inspect': async ({ skeleton }, { inspectPage }) =>
    inspectPage ? inspectPage(skeleton) : null,
};

/** Validates a message from anywhere in the extension and answers it from the database. */
export async function handleMessage(
  raw: unknown,
  context: HandlerContext,
): Promise<Reply<ToBackground['type']>> {
  const parsed = v.safeParse(ToBackground, raw);
  if (!parsed.success) {
    return { ok: false, error: `Invalid message: ${v.summarize(parsed.issues)}` };
  }
  const message = parsed.output;
  try {
    const handler = handlers[message.type] as (
      m: typeof message,
      c: HandlerContext,
    ) => Promise<BackgroundReplies[typeof message.type]>;
    return { ok: true, value: await handler(message, context) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
