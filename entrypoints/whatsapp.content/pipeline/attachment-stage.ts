import type { SendAttempt } from '@/lib/whatsapp/send-attempts';
import type { GuardState } from '../features/guard-state';
import type { SendStage } from './send-pipeline';

/**
 * Second stage: files on their way. A caption's send waits while Cadre reads the files or
 * its warning is unanswered; while Cadre cannot find the files' preview at all, or a
 * preview opened for files it never saw coming, every send waits for the person's
 * confirmation. The attachment guard resumes the held send.
 */
export function attachmentStage(guard: GuardState): SendStage<SendAttempt> {
  return {
    name: 'attachments',
    decide(attempt, held) {
      const files =
        guard.files ??
        (attempt.composer.kind === 'caption' ? (guard.previewWithoutFiles?.() ?? null) : null);
      if (!files || files.status === 'clear') return 'next';
      if (files.status !== 'unseen' && attempt.composer.kind !== 'caption') return 'next';
      files.held = held;
      return 'hold';
    },
  };
}
