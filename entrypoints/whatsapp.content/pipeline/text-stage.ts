import { readText } from '@/lib/whatsapp/composer';
import { recentOutgoingTexts } from '@/lib/whatsapp/messages';
import type { SendAttempt } from '@/lib/whatsapp/send-attempts';
import { logDecision } from '../features/guard-journal';
import { PANEL_SLOT } from '../features/guard-panels';
import type { GuardState } from '../features/guard-state';
import { needsGuard, runSendFlow } from '../features/send-flow';
import type { CadreEnv } from '../session';
import type { SendStage } from './send-pipeline';
import { errorName } from '@/lib/messaging/log';

const RECENT_MS = 10 * 60_000;

/**
 * Third stage: the words, in the chat's composer or in a caption (always, whether or not
 * Cadre saw the preview open). The decision is synchronous and cheap (the analyzer has
 * every sentence cached from typing): a clean message goes at once; anything else is held
 * and the send flow takes over.
 */
export function textStage(env: CadreEnv, guard: GuardState): SendStage<SendAttempt> {
  return {
    name: 'text',
    decide(attempt, held) {
      const text = readText(attempt.composer.element);
      if (text.trim() === '') return 'next';
      if (env.faults.detectionThrows) throw new Error('Cadre test fault: detection throws');
      // What the user sent in this chat in the last minutes: a distress told in pieces.
      const recent =
        attempt.composer.kind === 'caption'
          ? []
          : recentOutgoingTexts(env.win.document, Date.now() - RECENT_MS);
      const analysis = guard.analyze(text, recent);
      if (!needsGuard(env, analysis)) {
        const state = env.session.get();
        // After the send, never before it: the journal must not delay a clean message.
        env.win.setTimeout(() => logDecision(state, 'clean', analysis), 0);
        guard.resetIgnored();
        return 'next';
      }
      void runSendFlow({ env, guard, held }, attempt, analysis).catch((error) => {
        // Never a panel left with no one answering it: the text stays in the composer.
        console.error('Cadre: send guard failed; the message was not sent', errorName(error));
        guard.busy = false;
        env.hide(PANEL_SLOT);
        attempt.composer.element.focus();
      });
      return 'hold';
    },
  };
}
