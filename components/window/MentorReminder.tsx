import type { Translate } from '@/lib/i18n';
import { WindowCard } from './WindowCard';

/** Rule 3 protects the mentor's time too: a gentle word when replying outside the window. */
export function MentorReminder({
  t,
  when,
  onDismissToday,
  onClose,
}: {
  t: Translate;
  when: string | undefined;
  onDismissToday(): void;
  onClose(): void;
}) {
  return (
    <WindowCard kind="mentor-reminder" title={t('window.mentorReminderTitle')}>
      <p class="window-card-text">
        {when ? t('window.mentorReminder', { when }) : t('window.mentorReminderNoDate')}
      </p>
      <div class="window-card-actions">
        <button type="button" class="window-button" onClick={onClose}>
          {t('window.dismiss')}
        </button>
        <button type="button" class="window-button window-button--primary" onClick={onDismissToday}>
          {t('window.mentorReminderOk')}
        </button>
      </div>
    </WindowCard>
  );
}
