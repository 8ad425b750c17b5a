import type { ComponentChildren } from 'preact';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Shown under the field, tied to it by aria-describedby, and marks it invalid. */
  error?: string | null;
  help?: ComponentChildren;
  type?: 'text' | 'date';
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
  required?: boolean;
  max?: string;
}

/** A labelled field whose message says what is wrong, read out with the field. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onInput, error, help, type = 'text', multiline, rows = 4 } = props;
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': props.required || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      {help && (
        <p class="field-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input {...common} type={type} autoComplete={props.autoComplete ?? 'off'} max={props.max} />
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
