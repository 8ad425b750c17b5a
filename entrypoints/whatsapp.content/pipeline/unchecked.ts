import { h } from 'preact';
import { UncheckedPanel, type UncheckedReason } from '@/components/guard/UncheckedPanel';
import { readChatTitle } from '@/lib/whatsapp/chat';
import type { SendAttempt } from '@/lib/whatsapp/send-attempts';
import { anchorFor, PANEL_SLOT } from '../features/guard-panels';
import type { GuardState } from '../features/guard-state';
import type { CadreEnv, SessionState } from '../session';
import type { Held } from './send-pipeline';

/** How long a send waits for Cadre's settings or a chat switch before Cadre gives up. */
export const SETTLE_LIMIT_MS = 5_000;
const SETTLE_POLL_MS = 50;

/**
 * Whether Cadre knows enough to decide about this attempt: its settings have arrived, and
 * the chat and composer it last read are the ones on screen (a chat switch is taken in
 * within ~50 ms; a send inside that moment must not be judged on the previous chat).
 */
export function isSettled(env: CadreEnv, state: SessionState, attempt: SendAttempt): boolean {
  // 'starting': the settings, or Cadre's first look at the page with them, are not in yet.
  if (state.snapshot === null || state.protection === 'starting') return false;
  if (readChatTitle(env.doc) !== state.chat) return false;
  if (attempt.composer.kind === 'main' && state.composer?.element !== attempt.composer.element) {
    return false;
  }
  return true;
}

/**
 * Holds the attempt with "Cadre vérifie ce message…" until Cadre's state is known, then
 * asks every stage again. If it never settles, says Cadre could not check it, with a way
 * to send anyway.
 */
export function waitUntilSettled(
  env: CadreEnv,
  guard: GuardState,
  attempt: SendAttempt,
  held: Held,
): void {
  const panel = showUnchecked(env, guard, attempt, held, 'checking');
  let waited = 0;
  const poll = () => {
    if (!panel.open()) return;
    if (!attempt.composer.element.isConnected) return panel.close(); // its draft stays in WhatsApp
    if (isSettled(env, env.session.get(), attempt)) {
      panel.close();
      held.retry();
      return;
    }
    waited += SETTLE_POLL_MS;
    if (waited >= SETTLE_LIMIT_MS) panel.reason('not-ready');
    else env.win.setTimeout(poll, SETTLE_POLL_MS);
  };
  env.win.setTimeout(poll, SETTLE_POLL_MS);
}

export interface UncheckedHandle {
  open(): boolean;
  reason(reason: UncheckedReason): void;
  close(): void;
}

/** The could-not-check panel over a held attempt; a guard panel, so other sends wait. */
export function showUnchecked(
  env: CadreEnv,
  guard: GuardState,
  attempt: SendAttempt,
  held: Held,
  reason: UncheckedReason,
): UncheckedHandle {
  let open = true;
  guard.busy = true;
  const close = () => {
    if (!open) return;
    open = false;
    guard.busy = false;
    env.hide(PANEL_SLOT);
  };
  const draw = (current: UncheckedReason) =>
    env.show(
      PANEL_SLOT,
      h(UncheckedPanel, {
        t: env.t(),
        anchor: anchorFor(attempt.composer),
        reason: current,
        onSend: () => {
          close();
          held.sendNow();
        },
        onBack: () => {
          close();
          if (attempt.composer.element.isConnected) attempt.composer.element.focus();
        },
      }),
    );
  draw(reason);
  env.signal.addEventListener('abort', close);
  return {
    open: () => open,
    reason: (next) => {
      if (open) draw(next);
    },
    close,
  };
}
