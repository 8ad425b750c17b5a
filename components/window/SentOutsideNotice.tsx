import type { Translate } from '@/lib/i18n';
import { WindowCard } from './WindowCard';

/** Rule 3, after a mentee's message left outside the window: informs, never blocks. */
export function SentOutsideNotice({
  t,
  when,
  onClose,
}: {
  t: Translate;
  when: string | undefined;
  onClose(): void;
}) {
  return (
    <WindowCard kind="sent-outside">
      <p class="window-card-text">
        {when ? t('window.sentOutside', { when }) : t('window.sentOutsideNoDate')}
      </p>
      <p class="window-card-help">{t('window.sentOutsideHelp')}</p>
      <div class="window-card-actions">
        <button type="button" class="window-button" onClick={onClose}>
          {t('window.dismiss')}
        </button>
      </div>
    </WindowCard>
  );
}
