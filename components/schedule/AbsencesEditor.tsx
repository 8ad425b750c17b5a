import type { Lang, Translate } from '@/lib/i18n';
import { MAX_NOTE_LENGTH, type ValidationError } from '@/lib/schedule';
import { addAbsence, errorsAt, removeAbsence, setAbsence, type Draft } from './draft';
import { FieldErrors } from './FieldErrors';

/** Absences: date ranges with an optional note, added and removed one by one. */
export function AbsencesEditor({
  t,
  lang,
  draft,
  errors,
  today,
  onChange,
}: {
  t: Translate;
  lang: Lang;
  draft: Draft;
  errors: ValidationError[];
  today: string;
  onChange(next: Draft): void;
}) {
  return (
    <fieldset>
      <legend>{t('window.absencesHeading')}</legend>
      {draft.absences.length === 0 && <p class="empty">{t('window.noAbsences')}</p>}
      <ul class="schedule-absences">
        {draft.absences.map((absence, index) => {
          const messages = errorsAt(errors, `absences[${index}]`, lang);
          const describedBy = messages.length ? `absence-${index}-errors` : undefined;
          const input = (field: 'start' | 'end' | 'note', label: string, type: string) => (
            <label class="schedule-absence-field">
              {label}
              <input
                type={type}
                value={absence[field] ?? ''}
                maxLength={field === 'note' ? MAX_NOTE_LENGTH : undefined}
                aria-invalid={errorsAt(errors, `absences[${index}].${field}`, lang).length > 0}
                aria-describedby={describedBy}
                onInput={(event) =>
                  onChange(
                    setAbsence(draft, index, {
                      [field]: (event.currentTarget as HTMLInputElement).value,
                    }),
                  )
                }
              />
            </label>
          );
          return (
            <li key={index} class="schedule-absence">
              {input('start', t('window.absenceStart'), 'date')}
              {input('end', t('window.absenceEnd'), 'date')}
              {input('note', t('window.absenceNote'), 'text')}
              <button
                type="button"
                class="button button--small"
                onClick={() => onChange(removeAbsence(draft, index))}
              >
                {t('window.removeAbsence')}
              </button>
              <FieldErrors id={`absence-${index}-errors`} messages={messages} />
            </li>
          );
        })}
      </ul>
      <button type="button" class="button" onClick={() => onChange(addAbsence(draft, today))}>
        {t('window.addAbsence')}
      </button>
    </fieldset>
  );
}
