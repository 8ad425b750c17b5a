import type { Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';

export interface DistressPanelProps {
  t: Translate;
  anchor: DOMRect | null;
  onSend(): void;
  onBack(): void;
}

/** Warm words and real help, before a message that sounds like distress; it can still go. */
export function DistressPanel({ t, anchor, onSend, onBack }: DistressPanelProps) {
  const resources = [
    { key: 'guard.distress3114', tel: '3114' },
    { key: 'guard.distress15', tel: '15' },
    { key: 'guard.distress112', tel: '112' },
    { key: 'guard.distressSos', tel: '+33972394050' },
  ] as const;
  return (
    <GuardDialog
      id="cadre-distress"
      title={t('guard.distressTitle')}
      tone="calm"
      role="dialog"
      anchor={anchor}
      onEscape={onBack}
    >
      <p class="guard-text" id="cadre-distress-body">
        {t('guard.distressBody')}
      </p>
      <ul class="guard-resources">
        {resources.map(({ key, tel }) => (
          <li key={key}>
            <a href={`tel:${tel}`}>{t(key)}</a>
          </li>
        ))}
      </ul>
      <div class="guard-actions">
        <button type="button" class="guard-button" onClick={onSend}>
          {t('guard.distressSend')}
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
    </GuardDialog>
  );
}
