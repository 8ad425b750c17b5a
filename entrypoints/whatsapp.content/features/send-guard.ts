import { readText } from '@/lib/whatsapp/composer';
import {
  observeSendAttempts,
  type SendAttempt,
  type SendDecision,
} from '@/lib/whatsapp/send-attempts';
import type { Feature } from './feature';
import { logDecision } from './guard-journal';
import { PANEL_SLOT } from './guard-panels';
import { guardState } from './guard-state';
import { needsGuard, runSendFlow } from './send-flow';

/**
 * The moment of sending, in a watched chat. The decision is synchronous and cheap (the
 * analyzer has every sentence cached from typing): a clean message goes at once and
 * nothing shows; anything else is held and the send flow takes over.
 */
export const sendGuard: Feature = {
  name: 'send-guard',
  setup(env) {
    const guard = guardState(env.session);

    const decide = (attempt: SendAttempt): SendDecision => {
      const state = env.session.get();
      if (state.protection !== 'active') return 'allow';
      if (guard.busy) return 'hold';
      // A caption is guarded when Cadre saw the files come in; a dialog editor Cadre did
      // not see open (editing a sent message) is left alone.
      if (attempt.composer.kind === 'caption') {
        const hold = guard.attachmentHold;
        if (!hold) return 'allow';
        if (hold(attempt)) return 'hold';
      }
      const text = readText(attempt.composer.element);
      if (text.trim() === '') return 'allow';
      const analysis = guard.analyze(text);
      if (!needsGuard(env, analysis)) {
        // After the send, never before it: the journal must not delay a clean message.
        env.win.setTimeout(() => logDecision(state, 'clean', analysis), 0);
        guard.resetIgnored();
        return 'allow';
      }
      void runSendFlow({ env, guard, observer }, attempt, analysis).catch((error) => {
        // Never a panel left with no one answering it: the text stays in the composer.
        console.error('Cadre: send guard failed; the message was not sent', error);
        env.hide(PANEL_SLOT);
        attempt.composer.element.focus();
      });
      return 'hold';
    };

    // Timed in the page's performance timeline (DevTools, scripts/bench-typing.ts).
    const timedDecide = (attempt: SendAttempt): SendDecision => {
      const start = performance.now();
      let decision: SendDecision = 'hold';
      try {
        decision = decide(attempt);
        return decision;
      } finally {
        performance.measure('cadre:send-decision', { start });
        exposeDecision(env.doc, decision);
      }
    };
    const observer = observeSendAttempts(env.win, timedDecide);
    guard.resend = (attempt) => {
      if (timedDecide(attempt) === 'allow') observer.release(attempt);
    };
    env.ctx.onInvalidated(() => {
      observer.stop();
      guard.resend = null;
    });
  },
};

/**
 * Test hook on the overlay's host: how many send decisions Cadre took, and the last one.
 * A test that expects nothing to happen after a send waits for the decision instead of
 * sleeping.
 */
function exposeDecision(doc: Document, decision: SendDecision): void {
  const host = doc.querySelector('cadre-overlay');
  if (!host) return;
  const count = Number(host.getAttribute('data-decisions') ?? 0) + 1;
  host.setAttribute('data-decisions', String(count));
  host.setAttribute('data-last-decision', decision === 'allow' ? 'pass' : 'hold');
}
