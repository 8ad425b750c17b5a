import { observeSendAttempts, type SendAttempt } from '@/lib/whatsapp/send-attempts';
import { attachmentStage } from '../pipeline/attachment-stage';
import { readinessStage } from '../pipeline/readiness-stage';
import { createSendPipeline, type Outcome } from '../pipeline/send-pipeline';
import { textStage } from '../pipeline/text-stage';
import { showUnchecked } from '../pipeline/unchecked';
import type { CadreEnv } from '../session';
import type { Feature } from './feature';
import { guardState } from './guard-state';
import { sentOutsideWindow } from './window-sent-notice';

/**
 * The moment of sending. Every attempt (Enter, a send button, a button Cadre cannot tell
 * from one) goes through one pipeline: readiness → attachments → text, then the after-send
 * hooks. The stages and hooks are listed here, in their order, and nowhere else.
 */
export const sendPipeline: Feature = {
  name: 'send-pipeline',
  setup(env) {
    const guard = guardState(env.session);
    const countDecision = decisionCounter(env);
    const pipeline = createSendPipeline<SendAttempt>({
      stages: [readinessStage(env, guard), attachmentStage(guard), textStage(env, guard)],
      after: [sentOutsideWindow(env)],
      release: (attempt) => {
        // A composer gone with its chat: its draft stays in WhatsApp, nothing is sent blind.
        if (attempt.composer.element.isConnected) observer.release(attempt);
      },
      onStageError: (attempt, _stage, _error, held) =>
        showUnchecked(env, guard, attempt, held, 'error'),
      onOutcome: countDecision,
    });

    const observer = observeSendAttempts(env.win, (attempt) => {
      // Timed in the page's performance timeline (DevTools, scripts/bench-typing.ts).
      const start = performance.now();
      try {
        return pipeline.run(attempt) === 'pass' ? 'allow' : 'hold';
      } finally {
        performance.measure('cadre:send-decision', { start });
      }
    });
    env.signal.addEventListener('abort', () => observer.stop());
  },
};

/**
 * A hook for tests: the overlay's host counts send attempts (data-decisions) and tells
 * the last outcome (data-last-decision: pass or hold), so a test can wait for a decision
 * and then assert that nothing was sent or shown.
 */
function decisionCounter(env: CadreEnv) {
  let count = 0;
  return (outcome: Outcome) => {
    count += 1;
    const host = env.doc.querySelector('cadre-overlay');
    host?.setAttribute('data-decisions', String(count));
    host?.setAttribute('data-last-decision', outcome);
  };
}
