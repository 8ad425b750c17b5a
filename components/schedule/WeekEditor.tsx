import type { Lang } from '@/lib/i18n';
import { WEEKDAYS, type Weekday } from '@/lib/schedule';
import { addRange, errorsAt, removeRange, setRange, type EditorProps } from './draft';
import { FieldErrors } from './FieldErrors';

// 1 January 2024 was a Monday: weekday names through Intl, in the page's language.
const dayName = (day: Weekday, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))));

/** One row per day, each with its ranges (several allowed), add and remove. */
export function WeekEditor({ t, lang, draft, errors, onChange }: EditorProps) {
  return (
    <fieldset class="schedule-week">
      <legend>{t('window.weekHeading')}</legend>
      {WEEKDAYS.map((day) => {
        const name = dayName(day, lang);
        const ranges = draft.week[day];
        const dayErrors = errorsAt(errors, `week.${day}`, lang);
        return (
          <div class="schedule-day" key={day} data-day={day}>
            <span class="schedule-day-name" id={`day-${day}`}>
              {name}
            </span>
            <div class="schedule-ranges">
              {ranges.length === 0 && <span class="schedule-closed">{t('window.closedDay')}</span>}
              {ranges.map((range, index) => (
                <span class="schedule-range" key={index}>
                  <label>
                    <span class="visually-hidden">
                      {name} {index + 1} —
                    </span>{' '}
                    {t('window.from')}{' '}
                    <input
                      type="time"
                      value={range.start}
                      aria-invalid={errorsAt(errors, `week.${day}[${index}]`, lang).length > 0}
                      aria-describedby={dayErrors.length ? `day-${day}-errors` : undefined}
                      onInput={(event) =>
                        onChange(
                          setRange(draft, day, index, {
                            start: (event.currentTarget as HTMLInputElement).value,
                          }),
                        )
                      }
                    />
                  </label>{' '}
                  <label>
                    {t('window.to')}{' '}
                    <input
                      type="time"
                      value={range.end}
                      aria-invalid={errorsAt(errors, `week.${day}[${index}]`, lang).length > 0}
                      aria-describedby={dayErrors.length ? `day-${day}-errors` : undefined}
                      onInput={(event) =>
                        onChange(
                          setRange(draft, day, index, {
                            end: (event.currentTarget as HTMLInputElement).value,
                          }),
                        )
                      }
                    />
                  </label>
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={t('window.removeRange', {
                      start: range.start,
                      end: range.end,
                      day: name,
                    })}
                    onClick={() => onChange(removeRange(draft, day, index))}
                  >
                    ×
                  </button>
                </span>
              ))}
              <button
                type="button"
                class="link-button"
                aria-describedby={`day-${day}`}
                onClick={() => onChange(addRange(draft, day))}
              >
                {t('window.addRange')}
              </button>
              <FieldErrors id={`day-${day}-errors`} messages={dayErrors} />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
