import type { Translate } from '@/lib/i18n';
import { GuardDialog } from './GuardDialog';
import { SendOrGoBack } from './SendOrGoBack';

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
      <SendOrGoBack t={t} sendLabel={t('guard.distressSend')} onSend={onSend} onBack={onBack} />
    </GuardDialog>
  );
}
