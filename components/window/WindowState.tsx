import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLiveQuery } from '@/components/options/use-live-query';
import { db, readSettings } from '@/lib/db';
import { readScheduleRow } from '@/lib/db/schedule';
import type { Lang, Translate } from '@/lib/i18n';
import { ask } from '@/lib/messaging';
import { describeWeek } from '@/lib/schedule';
import { AvailabilitySwitch } from './AvailabilitySwitch';
import { ScheduleSource } from './ScheduleSource';
import { useNow } from './use-now';
import { longLabel, windowView } from './window-status';
import './window-page.css';

/**
 * The popup's response window (rule 3) in large type, with data-window-state. The mentor
 * gets the one-click available/away switch; the mentee sees where the hours came from.
 */
export function WindowState({ t, lang }: { t: Translate; lang: Lang }) {
  const row = useLiveQuery(() => readScheduleRow(db()).then((found) => found ?? null), []);
  const settings = useLiveQuery(() => readSettings(db()), []);
  const now = useNow();
  const holidays = useHolidays(row?.updatedAt);
  if (row === undefined || !settings || !holidays) return null;

  const stored = row?.schedule ?? null;
  const view = windowView(stored, holidays, now);
  const mentor = settings.role === 'mentor';
  const openEditor = () =>
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#schedule') });

  return (
    <section class="window-state" aria-labelledby="window-heading">
      <h2 id="window-heading" class="window-state-kicker">
        {mentor ? t('window.mentorHint') : t('window.menteeHint')}
      </h2>
      <p class="window-state-big" data-window-state={view.status.state}>
        {longLabel(view, now, lang)}
      </p>
      <p class="window-state-line">{describeWeek(view.schedule, lang)}</p>
      {mentor ? (
        <AvailabilitySwitch t={t} manual={view.schedule.manual} />
      ) : (
        <ScheduleSource t={t} lang={lang} row={row} />
      )}
      <button type="button" class="link-button" onClick={openEditor}>
        {mentor ? t('window.editSchedule') : t('window.viewSchedule')}
      </button>
    </section>
  );
}

/**
 * The stored schedule's public holidays, from the background (which has date-holidays
 * loaded already): the popup opens fast without parsing the holiday data itself.
 */
function useHolidays(scheduleVersion: number | undefined): string[] | null {
  const [holidays, setHolidays] = useState<string[] | null>(null);
  useEffect(() => {
    ask({ type: 'snapshot.get' })
      .then((snapshot) => setHolidays(snapshot.holidays))
      .catch(() => setHolidays([]));
  }, [scheduleVersion]);
  return holidays;
}
