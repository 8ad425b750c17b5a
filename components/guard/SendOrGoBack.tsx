import type { Translate } from '@/lib/i18n';
import { byPerson } from './by-person';

/**
 * The two answers to a notice that never blocks (distress, urgency): send anyway, or go
 * back to the message. Going back has the focus, so a stray Enter never sends.
 */
export function SendOrGoBack({
  t,
  sendLabel,
  onSend,
  onBack,
}: {
  t: Translate;
  sendLabel: string;
  onSend(): void;
  onBack(): void;
}) {
  return (
    <div class="guard-actions">
      <button type="button" class="guard-button" onClick={byPerson(onSend)}>
        {sendLabel}
      </button>
      <button
        type="button"
        class="guard-button guard-button--quiet"
        data-autofocus
        onClick={onBack}
      >
        {t('guard.back')}
      </button>
    </div>
  );
}
