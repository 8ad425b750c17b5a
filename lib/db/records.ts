import type { HelpCountrySetting } from '../help/choose';
import type { LanguageSetting } from '../i18n';

// What Cadre keeps, all in the extension's own origin. Never message text, except the
// reflection notes a person writes for themselves.

export type Role = 'mentor' | 'mentee';

export interface Settings {
  role: Role | null;
  language: LanguageSetting;
  /** Rule 4's nudge to structure a bare question; a person may turn it off. */
  vagueNudge: boolean;
  /** Warn before documents and screenshots leave (rule 2). */
  attachmentCheck: boolean;
  /** Whose help lines the distress panel shows; 'auto' reads the browser's region. */
  helpCountry: HelpCountrySetting;
  onboarded: boolean;
  /**
   * Apply availability shared by anyone in a watched chat. Off: only from the person a
   * one-to-one chat is with, never from a group member.
   */
  sharesFromAnyone: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  role: null,
  language: 'auto',
  vagueNudge: true,
  attachmentCheck: true,
  helpCountry: 'auto',
  onboarded: false,
  sharesFromAnyone: false,
};

export interface SettingRow {
  key: keyof Settings;
  value: Settings[keyof Settings];
}

export interface WatchedChat {
  title: string;
  addedAt: number;
}

export type ListKind = 'watch' | 'allow';

export interface ListEntry {
  id?: number;
  kind: ListKind;
  value: string;
  /** Lower case, accents removed: two spellings of one name are one entry. */
  key: string;
  addedAt: number;
}

/** Every decision or notice the journal records. */
export const JOURNAL_ACTIONS = [
  'clean',
  'anonymized',
  'edited',
  'sent-anyway',
  'attachment-removed',
  'attachment-kept',
  'distress-notice',
  'urgent-notice',
  'vague-nudge',
  'outside-window',
] as const;

export type JournalAction = (typeof JOURNAL_ACTIONS)[number];

export interface JournalEvent {
  id?: number;
  at: number;
  action: JournalAction;
  /** Counts per finding type, e.g. {PERSON: 2, EMAIL: 1}: never the text found. */
  findings: Record<string, number>;
  signals: string[];
  /** Whether the mentor's response window was open when it happened, when known. */
  inWindow?: boolean;
  /** Attachment kinds, e.g. ['document'] or ['screenshot']. */
  attachments?: string[];
}

export interface CharterDoc {
  version?: number;
  lang: 'fr' | 'en';
  title: string;
  text: string;
  source: 'default' | 'custom';
  createdAt: number;
}

export interface Signature {
  id?: number;
  charterVersion: number;
  mentorName: string;
  menteeName: string;
  date: string;
  mentorSignature: string;
  menteeSignature: string;
  /** Optional drawn signature, as a PNG data URL. */
  drawing?: string;
  signedAt: number;
}

export interface ScheduleRow {
  key: 'current';
  /** A lib/schedule Schedule, validated before it is stored. */
  schedule: unknown;
  updatedAt: number;
  /** Where it came from: edited here, imported from a file, or applied from a shared message. */
  source: 'local' | 'file' | 'shared';
  sharedExcerpt?: string;
}

export interface Note {
  id?: number;
  at: number;
  text: string;
}
