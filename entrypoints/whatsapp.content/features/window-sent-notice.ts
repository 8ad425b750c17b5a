import { h } from 'preact';
import { SentOutsideNotice } from '@/components/window/SentOutsideNotice';
import { nextReadingTime } from '@/components/window/window-status';
import { ask } from '@/lib/messaging';
import { readText } from '@/lib/whatsapp/composer';
import type { SendAttempt } from '@/lib/whatsapp/send-attempts';
import type { AfterSendHook } from '../pipeline/send-pipeline';
import type { CadreEnv } from '../session';
import { isMentor, windowNow } from './window-now';
import { recordOnHost } from './test-hooks';
import { hideInStack, showInStack } from './window-stack';

const SLOT = 'window-sent-notice';
/** How long a send may take to leave the composer before Cadre stops waiting for it. */
const LEAVE_WAIT_MS = 3_000;
const POLL_MS = 100;
const NOTICE_MS = 12_000;

/**
 * Rule 3 for the mentee: messages may be sent at any time. When one leaves outside the
 * window in a watched chat, a soft notice says when it will be read. An after-send hook of
 * the send pipeline; the notice shows once the composer has emptied, i.e. the message
 * really left.
 */
export function sentOutsideWindow(env: CadreEnv): AfterSendHook<SendAttempt> {
  let hideTimer: number | undefined;
  const hide = () => hideInStack(env, SLOT);

  const onLeft = (when: string | undefined) => {
    showInStack(env, SLOT, h(SentOutsideNotice, { t: env.t(), when, onClose: hide }));
    if (hideTimer !== undefined) clearTimeout(hideTimer);
    hideTimer = env.ctx.setTimeout(hide, NOTICE_MS);
    void ask({
      type: 'journal.log',
      event: {
        at: Date.now(),
        action: 'outside-window',
        findings: {},
        signals: [],
        inWindow: false,
      },
    }).catch(() => {
      // The journal is a record, not a gate: a lost entry must not disturb the chat.
    });
  };

  return {
    name: 'window-sent-notice',
    afterSend(attempt) {
      const state = env.session.get();
      if (state.protection !== 'active' || isMentor(state)) return;
      if (readText(attempt.composer.element).trim() === '') return;
      const now = new Date();
      const view = windowNow(state, now);
      // Test hook: each message looked at, and whether a notice may follow.
      const outside = !!view && view.status.state !== 'open';
      recordOnHost(env.doc, 'sent-notice', outside ? 'waiting' : 'none');
      if (!view || !outside) return;
      waitUntilLeft(env, attempt, () => onLeft(nextReadingTime(view, now, state.lang)));
    },
  };
}

/** Calls `left` once the composer is empty; gives up if the send was held or failed. */
function waitUntilLeft(env: CadreEnv, attempt: SendAttempt, left: () => void) {
  const element = attempt.composer.element;
  // Counted in polls, not clock time: the clock may be frozen in tests.
  let polls = LEAVE_WAIT_MS / POLL_MS;
  const check = () => {
    if (!element.isConnected) return;
    if (readText(element).trim() === '') return left();
    if (--polls > 0) env.ctx.setTimeout(check, POLL_MS);
  };
  env.ctx.setTimeout(check, POLL_MS);
}
