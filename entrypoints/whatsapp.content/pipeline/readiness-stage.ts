import { readText } from '@/lib/whatsapp/composer';
import type { SendAttempt } from '@/lib/whatsapp/send-attempts';
import type { GuardState } from '../features/guard-state';
import type { CadreEnv } from '../session';
import type { SendStage } from './send-pipeline';
import { isSettled, waitUntilSettled } from './unchecked';

/**
 * First stage: does Cadre know where it is? A guard panel already on screen answers for
 * this attempt too; a send before the settings arrived or during a chat switch waits until
 * Cadre knows; an unwatched chat is let through untouched.
 */
export function readinessStage(env: CadreEnv, guard: GuardState): SendStage<SendAttempt> {
  return {
    name: 'readiness',
    decide(attempt, held) {
      if (guard.busy) return 'hold';
      // An empty chat composer sends nothing: nothing to check, nothing to wait for.
      if (attempt.composer.kind === 'main' && readText(attempt.composer.element).trim() === '') {
        return 'send';
      }
      const state = env.session.get();
      if (!isSettled(env, state, attempt)) {
        waitUntilSettled(env, guard, attempt, held);
        return 'hold';
      }
      return state.protection === 'active' ? 'next' : 'send';
    },
  };
}
