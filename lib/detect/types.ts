export type EntityType =
  | 'PERSON'
  | 'ORG'
  | 'EMAIL'
  | 'PHONE'
  | 'IBAN'
  | 'CARD'
  | 'NIR'
  | 'SIRET'
  | 'ADDRESS'
  | 'LINK'
  | 'PLATE'
  | 'DOB';
export type SignalType = 'DISTRESS' | 'URGENT' | 'VAGUE';
export type { DistressCategory } from './signals/cue.ts';
import type { DistressCategory } from './signals/cue.ts';

export interface Finding {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  score: number;
  /** Short French explanation for the UI. */
  reason: string;
  /** The same explanation in English. */
  reasonEn: string;
}

export interface AnalyzeOptions {
  /** Names always flagged (clients, colleagues, company), matched ignoring case and accents. */
  watchList?: readonly string[];
  /** Words never flagged (the mentor's first name, words the user chose to ignore). */
  allowList?: readonly string[];
  /** When the message is written (the caller's clock): deadlines are compared with it. */
  now?: Date | number;
}

export interface Analysis {
  findings: Finding[];
  signals: SignalType[];
  /** With DISTRESS: its categories, strongest first, so that help can fit. */
  distress: DistressCategory[];
  /** With DISTRESS: something is happening as the person writes. */
  crisisNow: boolean;
}

/** What a recognizer returns; offsets are relative to the text it was given. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  score: number;
  reason: string;
  reasonEn: string;
}
