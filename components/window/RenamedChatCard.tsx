import type { Translate } from '@/lib/i18n';
import { WindowCard } from './WindowCard';

/** Beside the chip: a watched chat now shows another title; keep watching it? */
export function RenamedChatCard({
  t,
  from,
  to,
  onKeep,
  onDismiss,
}: {
  t: Translate;
  from: string;
  to: string;
  onKeep(): void;
  onDismiss(): void;
}) {
  return (
    <WindowCard kind="chat-renamed" title={t('chip.renamedTitle')}>
      <p class="window-card-text">{t('chip.renamedText', { from, to })}</p>
      <div class="window-card-actions">
        <button type="button" class="window-button" onClick={onDismiss}>
          {t('chip.renamedNo')}
        </button>
        <button type="button" class="window-button window-button--primary" onClick={onKeep}>
          {t('chip.renamedKeep')}
        </button>
      </div>
    </WindowCard>
  );
}
