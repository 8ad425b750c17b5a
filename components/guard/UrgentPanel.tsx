import type { Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';
import { SendOrGoBack } from './SendOrGoBack';

export interface UrgentPanelProps {
  t: Translate;
  anchor: DOMRect | null;
  /** The next opening, already phrased ("lundi 8h"), when the window is closed now. */
  nextOpening: string | null;
  /** The country's emergency number, shown in case a life is in danger. */
  emergency?: { number: string; dial: string } | null;
  onSend(): void;
  onBack(): void;
}

/** Rule 6: WhatsApp is not an emergency channel; replies come within the window. */
export function UrgentPanel({
  t,
  anchor,
  nextOpening,
  emergency,
  onSend,
  onBack,
}: UrgentPanelProps) {
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
      {emergency && (
        <p class="guard-note" data-help-emergency={emergency.number}>
          <a href={`tel:${emergency.dial}`}>
            {t('guard.urgentEmergency', { number: emergency.number })}
          </a>
        </p>
      )}
      <SendOrGoBack t={t} sendLabel={t('guard.urgentSend')} onSend={onSend} onBack={onBack} />
    </GuardDialog>
  );
}
