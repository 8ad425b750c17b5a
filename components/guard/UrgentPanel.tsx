import type { Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';
import { SendOrGoBack } from './SendOrGoBack';

export interface UrgentPanelProps {
  t: Translate;
  anchor: DOMRect | null;
  /** The next opening, already phrased ("lundi 8h"), when the window is closed now. */
  nextOpening: string | null;
  onSend(): void;
  onBack(): void;
}

/** Rule 6: WhatsApp is not an emergency channel; replies come within the window. */
export function UrgentPanel({ t, anchor, nextOpening, onSend, onBack }: UrgentPanelProps) {
  return (
    <GuardDialog
      id="cadre-urgent"
      title={t('guard.urgentTitle')}
      tone="calm"
      role="dialog"
      anchor={anchor}
      onEscape={onBack}
    >
      <p class="guard-text" id="cadre-urgent-body">
        {nextOpening ? t('guard.urgentClosed', { when: nextOpening }) : t('guard.urgentOpen')}
      </p>
      <SendOrGoBack t={t} sendLabel={t('guard.urgentSend')} onSend={onSend} onBack={onBack} />
    </GuardDialog>
  );
}
