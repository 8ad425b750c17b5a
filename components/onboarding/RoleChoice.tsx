import type { Role } from '@/lib/db/records';
import type { Translate } from '@/lib/i18n';

/** Mentor or mentee, as a radio group; used in onboarding and in the general settings. */
export function RoleChoice({
  t,
  name,
  value,
  onChange,
  error,
}: {
  t: Translate;
  name: string;
  value: Role | null;
  onChange: (role: Role) => void;
  error?: string | null;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      class={`field radio-group${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? errorId : `${name}-help`}
    >
      <legend>{t('options.roleLegend')}</legend>
      {(['mentor', 'mentee'] as const).map((role) => (
        <label key={role} class="radio">
          <input
            type="radio"
            name={name}
            value={role}
            checked={value === role}
            onChange={() => onChange(role)}
          />
          {role === 'mentor' ? t('options.roleMentor') : t('options.roleMentee')}
        </label>
      ))}
      <p class="field-help" id={`${name}-help`}>
        {t('options.roleHelp')}
      </p>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
