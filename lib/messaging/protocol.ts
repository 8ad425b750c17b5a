import * as v from 'valibot';
import { JOURNAL_ACTIONS, type Settings } from '../db/records';
import type { ApplySharedResult, SaveScheduleResult } from '../db/schedule';
import type { AddResult } from '../db/lists';
import type { RestoreResult } from '../backup/restore-text';
import { LIMITS } from '../db/schema';
import type { Capabilities, CapabilityName } from '../whatsapp/capabilities';
import type { OnboardingOutcome } from '../onboarding/open-on-install';

// One protocol for the whole extension, named by direction. Every message is validated
// on receipt: a malformed one is answered with an error, never acted upon.

const ListKind = v.picklist(['watch', 'allow']);
const Title = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.chatTitle));

const JournalEventInput = v.object({
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  action: v.picklist(JOURNAL_ACTIONS),
  findings: v.record(
    v.pipe(v.string(), v.regex(/^[A-Z]{2,12}$/)),
    v.pipe(v.number(), v.integer(), v.minValue(0)),
  ),
  signals: v.array(v.picklist(['DISTRESS', 'URGENT', 'VAGUE'])),
  inWindow: v.optional(v.boolean()),
  attachments: v.optional(v.array(v.picklist(['document', 'screenshot', 'photo']))),
});

/** Content script or extension page → background. */
export const ToBackground = v.variant('type', [
  v.object({ type: v.literal('snapshot.get') }),
  // Faults an end-to-end test asked for (see TestFaults); {} for every user.
  v.object({ type: v.literal('faults.get') }),
  v.object({ type: v.literal('chat.setWatched'), title: Title, watched: v.boolean() }),
  v.object({ type: v.literal('list.add'), kind: ListKind, value: v.string() }),
  v.object({ type: v.literal('journal.log'), event: JournalEventInput }),
  // A schedule shared in the chat (rule 3); the tag is decoded again in the background.
  v.object({
    type: v.literal('schedule.applyShared'),
    tag: v.pipe(v.string(), v.maxLength(8000)),
    excerpt: v.pipe(v.string(), v.maxLength(200), v.regex(/^[^\n]*$/)),
  }),
  // The guard's own switches, turned off from where they show (e.g. the question nudge).
  v.object({
    type: v.literal('settings.set'),
    patch: v.strictObject({
      vagueNudge: v.optional(v.boolean()),
      attachmentCheck: v.optional(v.boolean()),
    }),
  }),
  // Writes from the options page and the popup. They go through the background so that the
  // message wakes it (Chrome stops an idle one) and it pushes the change to open tabs.
  v.object({
    type: v.literal('settings.save'),
    patch: v.strictObject({
      role: v.optional(v.nullable(v.picklist(['mentor', 'mentee']))),
      language: v.optional(v.picklist(['auto', 'fr', 'en'])),
      vagueNudge: v.optional(v.boolean()),
      attachmentCheck: v.optional(v.boolean()),
      onboarded: v.optional(v.boolean()),
      sharesFromAnyone: v.optional(v.boolean()),
      helpCountry: v.optional(v.picklist(['auto', 'FR', 'BE', 'CH', 'CA', 'GB', 'US'])),
    }),
  }),
  v.object({ type: v.literal('chat.rename'), from: Title, to: Title }),
  v.object({ type: v.literal('list.remove'), kind: ListKind, value: v.string() }),
  v.object({
    type: v.literal('list.addMany'),
    kind: ListKind,
    values: v.pipe(v.array(v.string()), v.maxLength(10_000)),
  }),
  v.object({
    type: v.literal('schedule.save'),
    schedule: v.unknown(),
    source: v.picklist(['local', 'file']),
  }),
  v.object({
    type: v.literal('schedule.setManual'),
    manual: v.variant('state', [
      v.object({ state: v.literal('available') }),
      v.object({ state: v.literal('away'), until: v.optional(v.string()) }),
    ]),
  }),
  v.object({ type: v.literal('backup.restore'), text: v.string() }),
  v.object({ type: v.literal('data.erase') }),
  // "Vérifier la page WhatsApp" (options): the background asks the WhatsApp tab.
  v.object({ type: v.literal('page.inspect'), skeleton: v.boolean() }),
  // How the install-time onboarding showed, once Cadre stopped looking for it.
  v.object({ type: v.literal('onboarding.outcome') }),
]);

/** Messages only Cadre's own pages may send, never a content script in a web page. */
export const PAGE_ONLY: ReadonlySet<ToBackground['type']> = new Set([
  'settings.save',
  'list.remove',
  'list.addMany',
  'schedule.save',
  'schedule.setManual',
  'backup.restore',
  'data.erase',
  'page.inspect',
] as const);

/** Messages that change what the content script sees: the background pushes afterwards. */
export const CHANGES_SNAPSHOT: ReadonlySet<ToBackground['type']> = new Set([
  'chat.setWatched',
  'list.add',
  'schedule.applyShared',
  'settings.set',
  'chat.rename',
  ...PAGE_ONLY,
] as const);
export type ToBackground = v.InferOutput<typeof ToBackground>;

/** What the content script needs to guard a chat, pushed again whenever it changes. */
export interface Snapshot {
  settings: Settings;
  watchedChats: string[];
  watchList: string[];
  allowList: string[];
  /** A validated lib/schedule Schedule, or null for the charter's default. */
  schedule: unknown;
  /** Public holidays (YYYY-MM-DD) around today, for the schedule's country. */
  holidays: string[];
}

export interface BackgroundReplies {
  'snapshot.get': Snapshot;
  'faults.get': TestFaults;
  'chat.setWatched': { ok: true };
  'list.add': AddResult;
  'journal.log': { ok: true };
  'schedule.applyShared': ApplySharedResult;
  'settings.set': { ok: true };
  'settings.save': { ok: true };
  'chat.rename': { ok: true };
  'list.remove': { ok: true };
  'list.addMany': { added: number };
  'schedule.save': SaveScheduleResult;
  'schedule.setManual': SaveScheduleResult;
  'backup.restore': RestoreResult;
  'data.erase': { ok: true };
  /** Null when no WhatsApp tab answers (none open, or opened before Cadre). */
  'page.inspect': PageInspection | null;
  /** Null until Cadre stops looking for its onboarding tab (or when not installed here). */
  'onboarding.outcome': OnboardingOutcome | null;
}

export type Reply<T extends ToBackground['type']> =
  { ok: true; value: BackgroundReplies[T] } | { ok: false; error: string };

/** Background or popup → content script. */
export const ToContent = v.variant('type', [
  v.object({ type: v.literal('snapshot.changed'), snapshot: v.looseObject({}) }),
  v.object({ type: v.literal('protection.get') }),
  // "Vérifier la page WhatsApp" in the options: which alternative matched, and optionally
  // the page's markup skeleton (no text). Asked only when the person chooses to.
  v.object({ type: v.literal('page.inspect'), skeleton: v.boolean() }),
]);
export type ToContent =
  | { type: 'snapshot.changed'; snapshot: Snapshot }
  | { type: 'protection.get' }
  | { type: 'page.inspect'; skeleton: boolean };

/** active: guarding a watched chat; unwatched: a chat Cadre leaves alone; idle: no chat open. */
export type ProtectionState = 'active' | 'inactive' | 'unwatched' | 'idle' | 'starting';
export interface ProtectionReport {
  state: ProtectionState;
  chat: string | null;
  /** Protections Cadre cannot give on this page: parts of WhatsApp it does not recognise. */
  missing?: CapabilityName[];
}

/**
 * Faults an end-to-end test can ask for, to prove that Cadre holds what it could not check.
 * A test sets them on the background's global scope through its service worker
 * (`globalThis.cadreTestFaults`), which no web page can reach; the build tested is the
 * build shipped, with no permission added. Every fault only makes Cadre more careful (a
 * send held, settings late), never less.
 */
export interface TestFaults {
  /** Detection throws on every send: the could-not-check panel must show. */
  detectionThrows?: boolean;
  /** The settings reach the page this much later, as on a slow start. */
  snapshotDelayMs?: number;
}

/** The answer to page.inspect: per capability, what matched; the skeleton when asked. */
export interface PageInspection {
  capabilities: Capabilities;
  skeleton: string | null;
}
