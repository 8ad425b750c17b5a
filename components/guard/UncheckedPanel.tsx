import type { Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';
import { SendOrGoBack } from './SendOrGoBack';

export type UncheckedReason = 'checking' | 'error' | 'not-ready';

export interface UncheckedPanelProps {
  t: Translate;
  anchor: DOMRect | null;
  /** checking: Cadre waits for its state; error / not-ready: it gave up and says so. */
  reason: UncheckedReason;
  onSend(): void;
  onBack(): void;
}

/**
 * A send Cadre holds because it could not check it: while it waits for its own state
 * ("checking", going back is the only choice), then, if it cannot, "Cadre n'a pas pu
 * vérifier ce message" with a way to send anyway. Nothing is lost either way.
 */
export function UncheckedPanel({ t, anchor, reason, onSend, onBack }: UncheckedPanelProps) {
  const checking = reason === 'checking';
  return (
    <GuardDialog
      id="cadre-unchecked"
      title={t(checking ? 'guard.checkingTitle' : 'guard.uncheckedTitle')}
      anchor={anchor}
      onEscape={onBack}
    >
      <p class="guard-text" id="cadre-unchecked-body" data-reason={reason}>
        {t(
          checking
            ? 'guard.checkingBody'
            : reason === 'error'
              ? 'guard.uncheckedError'
              : 'guard.uncheckedNotReady',
        )}
      </p>
      {checking ? (
        <div class="guard-actions">
          <button
            type="button"
            class="guard-button guard-button--quiet"
            data-autofocus
            onClick={onBack}
          >
            {t('guard.back')}
          </button>
        </div>
      ) : (
        <SendOrGoBack t={t} sendLabel={t('guard.sendAnyway')} onSend={onSend} onBack={onBack} />
      )}
    </GuardDialog>
  );
}
