import { useEffect, useMemo, useState } from 'preact/hooks';
import { Notice } from '@/components/options/Notice';
import type { SectionProps } from '@/components/options/section-props';
import { useLiveQuery } from '@/components/options/use-live-query';
import { holidaysAround, isKnownHolidayArea } from '@/lib/schedule/holidays';
import { longLabel, windowView } from '@/components/window/window-status';
import { db } from '@/lib/db';
import { readScheduleRow } from '@/lib/db/schedule';
import { ask } from '@/lib/messaging';
import { DEFAULT_SCHEDULE, scheduleOrDefault, validateSchedule } from '@/lib/schedule';
import { useCountryHolidays, useHolidayIndex } from './use-holidays';
import { AbsencesEditor } from './AbsencesEditor';
import { errorsAt, type Draft } from './draft';
import { FieldErrors } from './FieldErrors';
import { HolidaysEditor } from './HolidaysEditor';
import { ManualEditor } from './ManualEditor';
import { ScheduleFile } from './ScheduleFile';
import { WeekEditor } from './WeekEditor';
import './schedule-editor.css';

const ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Europe/Paris'];
  }
})();

/**
 * "Plage de réponse" in the options page (rule 3): weekly ranges, time zone, public
 * holidays, absences and the manual status, validated as you type; saved only when valid.
 */
export function ScheduleSection({ t, lang, settings }: SectionProps) {
  const row = useLiveQuery(() => readScheduleRow(db()).then((found) => found ?? null), []);
  const saved = scheduleOrDefault(row?.schedule ?? null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<{ text: string; tone: 'ok' | 'warn' } | null>(null);

  // Follow the stored schedule (the popup's switch, a shared message) until edited here.
  useEffect(() => {
    if (row !== undefined && !dirty) setDraft(saved);
  }, [row]);

  const index = useHolidayIndex();
  const countryHolidays = useCountryHolidays(draft?.holidays.country);
  const checked = useMemo(
    () =>
      draft && index !== undefined
        ? validateSchedule(draft, {
            // Without the index (a damaged build) only the codes' format is checked.
            isKnownHolidayArea: index
              ? (country, region) => isKnownHolidayArea(index, country, region)
              : undefined,
          })
        : null,
    [draft, index],
  );
  if (row === undefined || !draft || !checked) return <p>{t('common.loading')}</p>;
  const errors = checked.ok ? [] : checked.errors;

  const edit = (next: Draft) => {
    setDraft(next);
    setDirty(true);
    setNotice(null);
  };
  const save = async (source: 'local' | 'file', schedule: unknown, message: string) => {
    const result = await ask({ type: 'schedule.save', schedule, source });
    if (result.ok) {
      setDirty(false);
      setDraft(result.row.schedule as Draft);
      setNotice({ text: message, tone: 'ok' });
    } else {
      setNotice({ text: result.errors[0].message[lang], tone: 'warn' });
    }
  };

  const now = new Date();
  const preview = checked.ok
    ? longLabel(
        windowView(checked.schedule, holidaysAround(checked.schedule, now, countryHolidays), now),
        now,
        lang,
      )
    : null;
  const zoneErrors = errorsAt(errors, 'timeZone', lang);
  const today = now.toISOString().slice(0, 10);

  return (
    <form
      class="schedule-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (checked.ok) void save('local', checked.schedule, t('window.saved'));
      }}
    >
      <p class="lead">
        {settings.role === 'mentee' ? t('window.editorMenteeIntro') : t('window.editorIntro')}
      </p>
      {preview && (
        <p class="schedule-preview" data-window-preview>
          {t('window.preview', { status: preview })}
        </p>
      )}
      <WeekEditor t={t} lang={lang} draft={draft} errors={errors} onChange={edit} />
      <div class={`field${zoneErrors.length ? ' field--invalid' : ''}`}>
        <label for="schedule-zone">{t('window.zone')}</label>
        <input
          id="schedule-zone"
          type="text"
          list="schedule-zones"
          value={draft.timeZone}
          autoComplete="off"
          aria-describedby={zoneErrors.length ? 'schedule-zone-errors' : undefined}
          aria-invalid={zoneErrors.length > 0}
          onInput={(event) =>
            edit({ ...draft, timeZone: (event.currentTarget as HTMLInputElement).value })
          }
        />
        <datalist id="schedule-zones">
          {ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FieldErrors id="schedule-zone-errors" messages={zoneErrors} />
      </div>
      <HolidaysEditor t={t} lang={lang} draft={draft} errors={errors} onChange={edit} />
      <AbsencesEditor
        t={t}
        lang={lang}
        draft={draft}
        errors={errors}
        today={today}
        onChange={edit}
      />
      <ManualEditor t={t} lang={lang} draft={draft} errors={errors} onChange={edit} />
      {errors.length > 0 && (
        <div class="problems" role="alert">
          <p>{t('window.invalid')}</p>
          <ul>
            {errors.map((error) => (
              <li key={error.path + error.message.fr}>{error.message[lang]}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={!checked.ok || !dirty}>
          {t('window.save')}
        </button>
        <button type="button" class="button" onClick={() => edit(DEFAULT_SCHEDULE)}>
          {t('window.reset')}
        </button>
      </div>
      <ScheduleFile
        t={t}
        saved={saved}
        onImported={(result) => void save('file', result.schedule, t('window.imported'))}
        onRefused={(text) => setNotice({ text, tone: 'warn' })}
      />
      <Notice message={notice?.text ?? null} tone={notice?.tone} />
    </form>
  );
}
