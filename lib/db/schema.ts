import * as v from 'valibot';
import { validateSchedule } from '../schedule/validate';
import { foldKey, stripFormatCharacters } from '../text/fold-key';
import { JOURNAL_ACTIONS } from './records';

// Every record Cadre keeps, with every limit, stated once. The database checks each write
// against these schemas (see checks.ts), the backup file is read with them (lib/backup),
// and the editors take their limits from LIMITS: whatever the app accepts, a backup of it
// restores. Each schema comes in two forms: as written (the database gives the id) and as
// exported (the id is part of the row).

export const LIMITS = {
  /** A name in the watch-list or the allow-list. */
  listValue: 120,
  /** A chat title as WhatsApp shows it. */
  chatTitle: 300,
  /** A charter's text; its title is one of its lines, so it may be as long. */
  charterText: 20_000,
  /** A name, typed signature included, on the signed charter. */
  personName: 120,
  /** A drawn signature, as a PNG data URL. */
  drawing: 2_000_000,
  /** A reflection note. */
  note: 2_000,
  /** "[14:05, 26/11/2026] Camille": which message a shared schedule came from. */
  sharedExcerpt: 200,
  /** A signal or attachment kind recorded in the journal. */
  journalLabel: 20,
  /** Digits an allow-list entry may hold: more is an identifier, never kept (case 3). */
  allowDigits: 3,
} as const;

const Id = v.pipe(v.number(), v.integer(), v.minValue(1));
const OptionalId = v.optional(Id);
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** One line, spaces collapsed, invisible format characters removed, not empty. */
const Line = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((text) => stripFormatCharacters(text).replace(/\s+/g, ' ').trim()),
    v.minLength(1),
    v.maxLength(max),
  );

/** A drawn signature goes into an <img src>: only a PNG data URL, checked whole. */
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

export const SettingRow = v.variant('key', [
  v.strictObject({ key: v.literal('role'), value: v.nullable(v.picklist(['mentor', 'mentee'])) }),
  v.strictObject({ key: v.literal('language'), value: v.picklist(['auto', 'fr', 'en']) }),
  v.strictObject({ key: v.literal('vagueNudge'), value: v.boolean() }),
  v.strictObject({ key: v.literal('attachmentCheck'), value: v.boolean() }),
  v.strictObject({ key: v.literal('onboarded'), value: v.boolean() }),
  v.strictObject({ key: v.literal('sharesFromAnyone'), value: v.boolean() }),
  v.strictObject({
    key: v.literal('helpCountry'),
    value: v.picklist(['auto', 'FR', 'BE', 'CH', 'CA', 'GB', 'US']),
  }),
]);

/** A watched chat's title, as it is stored and compared: without direction marks. */
export const ChatTitle = Line(LIMITS.chatTitle);
export const WatchedChat = v.strictObject({ title: ChatTitle, addedAt: Time });

/** Whether a value looks like an identifier (e-mail, phone, IBAN…) rather than a name. */
export function looksLikeIdentifier(value: string): boolean {
  return value.includes('@') || (value.match(/\d/g)?.length ?? 0) > LIMITS.allowDigits;
}

export const ListValue = Line(LIMITS.listValue);

const ListEntryObject = v.strictObject({
  id: OptionalId,
  kind: v.picklist(['watch', 'allow']),
  value: ListValue,
  // Recomputed from the value: a key that does not match could never be removed.
  key: Text(1_000),
  addedAt: Time,
});
type ListEntryRow = v.InferOutput<typeof ListEntryObject>;
const keyFromValue = <T extends ListEntryRow>(entry: T): T => ({
  ...entry,
  key: foldKey(entry.value),
});
const notAnIdentifier = <T extends ListEntryRow>() =>
  v.check<T, string>(
    (entry) => entry.kind !== 'allow' || !looksLikeIdentifier(entry.value),
    'An identifier is never kept in the allow-list.',
  );

const JournalEventObject = v.strictObject({
  id: OptionalId,
  at: Time,
  action: v.picklist(JOURNAL_ACTIONS),
  findings: v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2,12}$/)), Count),
  signals: v.array(Text(LIMITS.journalLabel)),
  inWindow: v.optional(v.boolean()),
  attachments: v.optional(v.array(Text(LIMITS.journalLabel))),
});

const CharterDocObject = v.strictObject({
  version: OptionalId,
  lang: v.picklist(['fr', 'en']),
  title: Text(LIMITS.charterText),
  text: Text(LIMITS.charterText),
  source: v.picklist(['default', 'custom']),
  createdAt: Time,
});

const SignatureObject = v.strictObject({
  id: OptionalId,
  charterVersion: Id,
  mentorName: Text(LIMITS.personName),
  menteeName: Text(LIMITS.personName),
  date: v.pipe(v.string(), v.isoDate()),
  mentorSignature: Text(LIMITS.personName),
  menteeSignature: Text(LIMITS.personName),
  drawing: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.drawing), v.regex(PNG_DATA_URL))),
  signedAt: Time,
});

/** A schedule is kept as validateSchedule gives it back: known fields only, sorted, merged. */
export const ScheduleValue = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const checked = validateSchedule(dataset.value);
    if (checked.ok) return checked.schedule;
    addIssue({ message: 'Invalid schedule.' });
    return NEVER;
  }),
);

export const ScheduleRow = v.strictObject({
  key: v.literal('current'),
  schedule: ScheduleValue,
  updatedAt: Time,
  source: v.picklist(['local', 'file', 'shared']),
  sharedExcerpt: v.optional(
    v.pipe(v.string(), v.maxLength(LIMITS.sharedExcerpt), v.regex(/^[^\n]*$/)),
  ),
});

const NoteObject = v.strictObject({ id: OptionalId, at: Time, text: Text(LIMITS.note) });

/** Rows as written: the database gives ids. */
export const STORED = {
  settings: SettingRow,
  watchedChats: WatchedChat,
  lists: v.pipe(ListEntryObject, v.transform(keyFromValue), notAnIdentifier()),
  journal: JournalEventObject,
  charters: CharterDocObject,
  signatures: SignatureObject,
  schedule: ScheduleRow,
  notes: NoteObject,
};

/** Rows as exported: ids are part of the row, so a restore gives back the same links. */
export const EXPORTED = {
  settings: SettingRow,
  watchedChats: WatchedChat,
  lists: v.pipe(v.required(ListEntryObject, ['id']), v.transform(keyFromValue), notAnIdentifier()),
  journal: v.required(JournalEventObject, ['id']),
  charters: v.required(CharterDocObject, ['version']),
  signatures: v.required(SignatureObject, ['id']),
  schedule: ScheduleRow,
  notes: v.required(NoteObject, ['id']),
};
