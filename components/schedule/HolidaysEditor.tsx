import { useMemo } from 'preact/hooks';
import { holidayCountries, holidayRegions } from '@/lib/schedule/holidays';
import { useHolidayIndex } from './use-holidays';
import { errorsAt, setHolidayArea, type EditorProps } from './draft';
import { FieldErrors } from './FieldErrors';

/** Public holidays: on or off, country, and region where the calendar has regions. */
export function HolidaysEditor({ t, lang, draft, errors, onChange }: EditorProps) {
  const { enabled, country, region } = draft.holidays;
  const index = useHolidayIndex();
  const countries = useMemo(() => (index ? holidayCountries(index, lang) : []), [index, lang]);
  const regions = useMemo(
    () => (index ? holidayRegions(index, country, lang) : []),
    [index, country, lang],
  );
  const countryErrors = errorsAt(errors, 'holidays.country', lang);
  const regionErrors = errorsAt(errors, 'holidays.region', lang);
  return (
    <fieldset>
      <legend>{t('window.holidaysHeading')}</legend>
      <div class="field field--check">
        <input
          id="holidays-enabled"
          type="checkbox"
          checked={enabled}
          onChange={(event) =>
            onChange({
              ...draft,
              holidays: {
                ...draft.holidays,
                enabled: (event.currentTarget as HTMLInputElement).checked,
              },
            })
          }
        />
        <label for="holidays-enabled">{t('window.holidaysEnabled')}</label>
      </div>
      <div class="field-pair">
        <div class={`field${countryErrors.length ? ' field--invalid' : ''}`}>
          <label for="holidays-country">{t('window.country')}</label>
          <select
            id="holidays-country"
            value={country}
            disabled={!enabled}
            aria-describedby={countryErrors.length ? 'holidays-country-errors' : undefined}
            onChange={(event) =>
              onChange(setHolidayArea(draft, (event.currentTarget as HTMLSelectElement).value))
            }
          >
            {countries.map((area) => (
              <option key={area.code} value={area.code}>
                {area.name}
              </option>
            ))}
          </select>
          <FieldErrors id="holidays-country-errors" messages={countryErrors} />
        </div>
        <div class={`field${regionErrors.length ? ' field--invalid' : ''}`}>
          <label for="holidays-region">{t('window.region')}</label>
          <select
            id="holidays-region"
            value={region ?? ''}
            disabled={!enabled || regions.length === 0}
            aria-describedby={regionErrors.length ? 'holidays-region-errors' : undefined}
            onChange={(event) =>
              onChange(
                setHolidayArea(
                  draft,
                  country,
                  (event.currentTarget as HTMLSelectElement).value || undefined,
                ),
              )
            }
          >
            <option value="">{t('window.noRegion')}</option>
            {regions.map((area) => (
              <option key={area.code} value={area.code}>
                {area.name}
              </option>
            ))}
          </select>
          <FieldErrors id="holidays-region-errors" messages={regionErrors} />
        </div>
      </div>
    </fieldset>
  );
}
