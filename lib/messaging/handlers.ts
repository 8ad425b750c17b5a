import * as v from 'valibot';
import { eraseEverything } from '../backup/database';
import { restoreBackupText } from '../backup/restore-text';
import type { CadreDb } from '../db/database';
import type { OnboardingOutcome } from '../onboarding/open-on-install';
import { renameWatchedChat, setChatWatched } from '../db/chats';
import { addListEntry, removeListEntry } from '../db/lists';
import { logEvent } from '../db/journal';
import { applySharedTag, saveSchedule, setManualState } from '../db/schedule';
import { writeSettings } from '../db/settings';
import {
  PAGE_ONLY,
  ToBackground,
  type BackgroundReplies,
  type PageInspection,
  type Reply,
  type Snapshot,
  type TestFaults,
} from './protocol';

export interface HandlerContext {
  database: CadreDb;
  readSnapshot: () => Promise<Snapshot>;
  /** Faults a test set on the background (see TestFaults); none without one. */
  testFaults?: () => TestFaults;
  /** Asks the open WhatsApp tab what Cadre recognises there (the background only). */
  inspectPage?: (skeleton: boolean) => Promise<PageInspection | null>;
  /** How the install-time onboarding showed; null while looking or when not installed now. */
  onboardingOutcome?: () => OnboardingOutcome | null;
  /** Whether the sender is one of Cadre's own pages (options, popup), not a content script. */
  fromExtensionPage?: boolean;
}

type Handlers = {
  [T in ToBackground['type']]: (
    message: Extract<ToBackground, { type: T }>,
    context: HandlerContext,
  ) => Promise<BackgroundReplies[T]>;
};

const handlers: Handlers = {
  'snapshot.get': (_message, { readSnapshot }) => readSnapshot(),
  'faults.get': async (_message, { testFaults }) => testFaults?.() ?? {},
  'chat.setWatched': async ({ title, watched }, { database }) => {
    await setChatWatched(database, title, watched);
    return { ok: true };
  },
  'chat.rename': async ({ from, to }, { database }) => {
    await renameWatchedChat(database, from, to);
    return { ok: true };
  },
  'list.add': ({ kind, value }, { database }) => addListEntry(database, kind, value),
  'list.remove': async ({ kind, value }, { database }) => {
    await removeListEntry(database, kind, value);
    return { ok: true };
  },
  'list.addMany': async ({ kind, values }, { database }) => {
    let added = 0;
    for (const value of values) if ((await addListEntry(database, kind, value)).ok) added += 1;
    return { added };
  },
  'journal.log': async ({ event }, { database }) => {
    await logEvent(database, event);
    return { ok: true };
  },
  'schedule.applyShared': ({ tag, excerpt }, { database }) =>
    applySharedTag(database, tag, excerpt),
  'schedule.save': ({ schedule, source }, { database }) => saveSchedule(database, schedule, source),
  'schedule.setManual': ({ manual }, { database }) => setManualState(database, manual),
  'settings.set': async ({ patch }, { database }) => {
    await writeSettings(database, patch);
    return { ok: true };
  },
  'settings.save': async ({ patch }, { database }) => {
    await writeSettings(database, patch);
    return { ok: true };
  },
  'backup.restore': ({ text }, { database }) => restoreBackupText(database, text),
  'data.erase': async (_message, { database }) => {
    await eraseEverything(database);
    return { ok: true };
  },
  'page.inspect': async ({ skeleton }, { inspectPage }) =>
    inspectPage ? inspectPage(skeleton) : null,
  'onboarding.outcome': async (_message, { onboardingOutcome }) => onboardingOutcome?.() ?? null,
};

/** Validates a message from anywhere in the extension and answers it from the database. */
export async function handleMessage(
  raw: unknown,
  context: HandlerContext,
): Promise<Reply<ToBackground['type']>> {
  const parsed = v.safeParse(ToBackground, raw);
  if (!parsed.success) {
    // Where it is wrong, never what it holds: the reply may end up in a log.
    const where = parsed.issues.map((issue) => v.getDotPath(issue) ?? 'type').join(', ');
    return { ok: false, error: `Invalid message (${where})` };
  }
  const message = parsed.output;
  if (PAGE_ONLY.has(message.type) && !context.fromExtensionPage) {
    return { ok: false, error: `Not allowed from a web page: ${message.type}` };
  }
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
