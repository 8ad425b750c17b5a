import { segment } from '../segment.ts';
import type { SignalType } from '../types.ts';
import { combineSignals, sentenceSignals, SEVERE, type SignalReport } from './index.ts';

// Distress often comes over several short messages ("je suis épuisée" / "vraiment" /
// "je crois que je vais tout arrêter"). The last few messages the writer sent in the
// same chat, within a few minutes, are read together with the draft. They come from the
// page each time and are never stored.

export interface SentMessage {
  text: string;
  /** When it was sent, in milliseconds since the epoch. */
  at: number;
}

export interface ConversationOptions {
  /** How far back a sent message still belongs to what is being said (default 10 min). */
  windowMs?: number;
  /** How many sent messages at most (default 4). */
  max?: number;
}

const partsOf = (text: string) => segment(text).map((s) => sentenceSignals(s.text));

/**
 * The draft's signals, with DISTRESS (and URGENT for its severe forms) added when the
 * draft and the messages just sent say it together. The draft must add something: a
 * later "ok merci" does not raise again what was already sent.
 */
export function conversationSignals(
  recent: readonly SentMessage[],
  draft: string,
  now: number,
  { windowMs = 10 * 60_000, max = 4 }: ConversationOptions = {},
): SignalReport {
  const draftParts = partsOf(draft);
  const alone = combineSignals(draft, draftParts, now);
  const kept = recent.filter((m) => m.at <= now && now - m.at <= windowMs).slice(-max);
  if (alone.signals.includes('DISTRESS') || kept.length === 0) return alone;
  // A cue of the rules, or words the learnt model hears as distress.
  const adds = draftParts.some((p) => Object.keys(p.distress).length > 0 || p.model.distress > 0);
  if (!adds) return alone;
  const together = combineSignals(
    draft,
    [...kept.flatMap((m) => partsOf(m.text)), ...draftParts],
    now,
  );
  if (!together.signals.includes('DISTRESS')) return alone;
  const signals = new Set<SignalType>(alone.signals);
  signals.delete('VAGUE');
  signals.add('DISTRESS');
  if (together.crisisNow || together.attackNow || together.distress.some((c) => SEVERE.has(c)))
    signals.add('URGENT');
  const order: SignalType[] = ['DISTRESS', 'URGENT'];
  return {
    signals: order.filter((s) => signals.has(s)),
    distress: together.distress,
    crisisNow: together.crisisNow,
    attackNow: together.attackNow,
  };
}
