import type { Finding, SignalType } from '@/lib/detect';
import { ask, type ToBackground } from '@/lib/messaging';
import { scheduleOrDefault, status, type WindowStatus } from '@/lib/schedule';
import type { SessionState } from '../session';
import { errorName } from '@/lib/messaging/log';

type JournalEvent = Extract<ToBackground, { type: 'journal.log' }>['event'];
type AttachmentKind = NonNullable<JournalEvent['attachments']>[number];

/** The mentor's response window now, from the stored schedule or the charter's default. */
export function windowStatus(state: SessionState, now = new Date()): WindowStatus | null {
  const snapshot = state.snapshot;
  if (!snapshot) return null;
  try {
    return status(now, scheduleOrDefault(snapshot.schedule), new Set(snapshot.holidays));
  } catch {
    return null;
  }
}

export function countByType(findings: readonly Pick<Finding, 'type'>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.type] = (counts[finding.type] ?? 0) + 1;
  return counts;
}

export interface DecisionFacts {
  findings?: readonly Pick<Finding, 'type'>[];
  signals?: readonly SignalType[];
  attachments?: AttachmentKind[];
}

/** Records a decision in the journal: types, counts and the action, never the text. */
export function logDecision(
  state: SessionState,
  action: JournalEvent['action'],
  facts: DecisionFacts = {},
): void {
  const window = windowStatus(state);
  const event: JournalEvent = {
    at: Date.now(),
    action,
    findings: countByType(facts.findings ?? []),
    signals: [...(facts.signals ?? [])],
    ...(window ? { inWindow: window.state === 'open' } : {}),
    ...(facts.attachments?.length ? { attachments: facts.attachments } : {}),
  };
  // The journal is a record, not a gate: a failure must never hold a message back.
  ask({ type: 'journal.log', event }).catch((error) =>
    console.warn('Cadre: could not write the journal', errorName(error)),
  );
}
