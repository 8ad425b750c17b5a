import { EventList } from '@/components/journal/EventList';
import { NotesPanel } from '@/components/journal/NotesPanel';
import { ProgressChart } from '@/components/journal/ProgressChart';
import { db, readJournal } from '@/lib/db';
import { journalToCsv, journalToJson, weeklyProgress } from '@/lib/progress';
import { downloadText } from './download';
import type { SectionProps } from './section-props';
import { useLiveQuery } from './use-live-query';

/** Rule 5: progress week by week, the latest events, exports, and the person's own notes. */
export function JournalSection({ t, lang }: SectionProps) {
  const events = useLiveQuery(() => readJournal(db()), []);
  if (!events) return <p>{t('common.loading')}</p>;
  const weeks = weeklyProgress(events);
  const day = new Date().toISOString().slice(0, 10);
  const base = `${t('journal.fileBase')}-${day}`;

  return (
    <>
      <p>{t('journal.intro')}</p>
      <h3>{t('journal.chartHeading')}</h3>
      {weeks.some((week) => week.sent > 0) ? (
        <ProgressChart t={t} lang={lang} weeks={weeks} />
      ) : (
        <p class="empty">{t('journal.chartEmpty')}</p>
      )}
      <h3>{t('journal.eventsHeading')}</h3>
      <EventList t={t} lang={lang} events={events} />
      <div class="actions" role="group" aria-label={t('journal.export')}>
        <button
          type="button"
          class="button"
          disabled={!events.length}
          onClick={() =>
            downloadText(`${base}.csv`, journalToCsv(events), 'text/csv;charset=utf-8')
          }
        >
          {t('journal.exportCsv')}
        </button>
        <button
          type="button"
          class="button"
          disabled={!events.length}
          onClick={() => downloadText(`${base}.json`, journalToJson(events), 'application/json')}
        >
          {t('journal.exportJson')}
        </button>
      </div>
      <NotesPanel t={t} lang={lang} />
    </>
  );
}
