import type { ScheduleRow } from '@/lib/db/records';
import type { Lang, Translate } from '@/lib/i18n';

const dateTime = (at: number, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at));

/** For the mentee: where the hours came from, and when they were last updated. */
export function ScheduleSource({
  t,
  lang,
  row,
}: {
  t: Translate;
  lang: Lang;
  row: ScheduleRow | null;
}) {
  if (!row) return <p class="window-state-line">{t('window.defaultSchedule')}</p>;
  const date = dateTime(row.updatedAt, lang);
  if (row.source === 'shared') {
    const message =
      lang === 'fr' ? `« ${row.sharedExcerpt ?? '…'} »` : `“${row.sharedExcerpt ?? '…'}”`;
    return (
      <p class="window-state-line" data-schedule-source="shared">
        {t('window.sharedFrom', { date, message })}
      </p>
    );
  }
  if (row.source === 'file') {
    return (
      <p class="window-state-line" data-schedule-source="file">
        {t('window.fileFrom', { date })}
      </p>
    );
  }
  return null;
}
