import { windowView, type WindowView } from '@/components/window/window-status';
import type { SessionState } from '../session';

/** The response window now, from the session's snapshot; null before the first snapshot. */
export function windowNow(state: SessionState, now: Date = new Date()): WindowView | null {
  if (!state.snapshot) return null;
  return windowView(state.snapshot.schedule, state.snapshot.holidays, now);
}

/** The mentee side of rule 3: a person who has not chosen a role is treated as a mentee. */
export function isMentor(state: SessionState): boolean {
  return state.snapshot?.settings.role === 'mentor';
}
