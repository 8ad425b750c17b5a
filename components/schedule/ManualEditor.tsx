import { errorsAt, type EditorProps } from './draft';
import { FieldErrors } from './FieldErrors';

/** "2026-12-04T12:00" in the viewer's zone for an ISO instant, as datetime-local wants it. */
function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The manual status: available (the hours apply), or away until an optional moment. */
export function ManualEditor({ t, lang, draft, errors, onChange }: EditorProps) {
  const manual = draft.manual;
  const messages = errorsAt(errors, 'manual', lang);
  return (
    <fieldset>
      <legend>{t('window.manualHeading')}</legend>
      <label class="radio">
        <input
          type="radio"
          name="manual-state"
          checked={manual.state === 'available'}
          onChange={() => onChange({ ...draft, manual: { state: 'available' } })}
        />{' '}
        {t('window.manualAvailable')}
      </label>
      <label class="radio">
        <input
          type="radio"
          name="manual-state"
          checked={manual.state === 'away'}
          onChange={() => onChange({ ...draft, manual: { state: 'away' } })}
        />{' '}
        {t('window.manualAway')}
      </label>
      {manual.state === 'away' && (
        <div class="field">
          <label for="manual-until">{t('window.manualUntil')}</label>
          <input
            id="manual-until"
            type="datetime-local"
            value={toLocalInput(manual.until)}
            aria-describedby={messages.length ? 'manual-errors' : undefined}
            onInput={(event) => {
              const value = (event.currentTarget as HTMLInputElement).value;
              const until = value ? new Date(value) : null;
              onChange({
                ...draft,
                manual:
                  until && !Number.isNaN(until.getTime())
                    ? { state: 'away', until: until.toISOString() }
                    : { state: 'away' },
              });
            }}
          />
        </div>
      )}
      <FieldErrors id="manual-errors" messages={messages} />
    </fieldset>
  );
}
