import * as v from 'valibot';
import { JOURNAL_ACTIONS } from '../db/records';

// The backup file: one versioned JSON document holding every table, ids included, so a
// restore gives back exactly what was exported. Valibot checks every field: a file that
// does not match is refused whole. Objects are strict: a field this version does not know
// is refused rather than silently dropped.

export const BACKUP_FORMAT = 'cadre-backup';
export const BACKUP_VERSION = 1;

const Id = v.pipe(v.number(), v.integer(), v.minValue(1));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const ShortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const SettingRow = v.variant('key', [
  v.strictObject({ key: v.literal('role'), value: v.nullable(v.picklist(['mentor', 'mentee'])) }),
  v.strictObject({ key: v.literal('language'), value: v.picklist(['auto', 'fr', 'en']) }),
  v.strictObject({ key: v.literal('vagueNudge'), value: v.boolean() }),
  v.strictObject({ key: v.literal('attachmentCheck'), value: v.boolean() }),
  v.strictObject({
    key: v.literal('helpCountry'),
    value: v.picklist(['auto', 'FR', 'BE', 'CH', 'CA', 'GB', 'US']),
  }),
  v.strictObject({ key: v.literal('onboarded'), value: v.boolean() }),
]);

const WatchedChat = v.strictObject({ title: ShortText(300), addedAt: Time });

const ListEntry = v.strictObject({
  id: Id,
  kind: v.picklist(['watch', 'allow']),
  value: ShortText(120),
  key: ShortText(120),
  addedAt: Time,
});

const JournalEvent = v.strictObject({
  id: Id,
  at: Time,
  action: v.picklist(JOURNAL_ACTIONS),
  findings: v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2,12}$/)), Count),
  signals: v.array(ShortText(20)),
  inWindow: v.optional(v.boolean()),
  attachments: v.optional(v.array(ShortText(20))),
});

const CharterDoc = v.strictObject({
  version: Id,
  lang: v.picklist(['fr', 'en']),
  title: ShortText(300),
  text: ShortText(50_000),
  source: v.picklist(['default', 'custom']),
  createdAt: Time,
});

const Signature = v.strictObject({
  id: Id,
  charterVersion: Id,
  mentorName: ShortText(120),
  menteeName: ShortText(120),
  date: v.pipe(v.string(), v.isoDate()),
  mentorSignature: ShortText(120),
  menteeSignature: ShortText(120),
  drawing: v.optional(v.pipe(v.string(), v.startsWith('data:image/png;base64,'))),
  signedAt: Time,
});

const ScheduleRow = v.strictObject({
  key: v.literal('current'),
  schedule: v.unknown(),
  updatedAt: Time,
  source: v.picklist(['local', 'file', 'shared']),
  sharedExcerpt: v.optional(ShortText(2_000)),
});

const Note = v.strictObject({ id: Id, at: Time, text: ShortText(5_000) });

export const BackupData = v.strictObject({
  settings: v.array(SettingRow),
  watchedChats: v.array(WatchedChat),
  lists: v.array(ListEntry),
  journal: v.array(JournalEvent),
  charters: v.array(CharterDoc),
  signatures: v.array(Signature),
  schedule: v.pipe(v.array(ScheduleRow), v.maxLength(1)),
  notes: v.array(Note),
});
export type BackupData = v.InferOutput<typeof BackupData>;

export const BackupFile = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  data: BackupData,
});
export type BackupFile = v.InferOutput<typeof BackupFile>;

/** The tables a backup holds, in the order they are restored. */
export const BACKUP_TABLES = [
  'settings',
  'watchedChats',
  'lists',
  'journal',
  'charters',
  'signatures',
  'schedule',
  'notes',
] as const satisfies readonly (keyof BackupData)[];
