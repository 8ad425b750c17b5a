import { useState } from 'preact/hooks';
import { TextField } from '@/components/options/TextField';
import { todayIso } from '@/components/options/dates';
import type { Translate } from '@/lib/i18n';
import { DrawingPad } from './DrawingPad';
import type { SignatureInput } from './sign-charter';
import {
  validateSignature,
  type SignatureDraft,
  type SignatureError,
  type SignatureErrors,
} from './signature-validation';

interface SignatureFormProps {
  t: Translate;
  onSign: (input: SignatureInput) => Promise<void>;
}

const EMPTY: SignatureDraft = {
  mentorName: '',
  menteeName: '',
  date: '',
  mentorSignature: '',
  menteeSignature: '',
  accepted: false,
};

/** Both names, the date, typed signatures, an optional drawing and the acceptance. */
export function SignatureForm({ t, onSign }: SignatureFormProps) {
  const today = todayIso();
  const [draft, setDraft] = useState<SignatureDraft>({ ...EMPTY, date: today });
  const [drawing, setDrawing] = useState<string | undefined>();
  // Errors show for a field once it was typed in, and for all after a first attempt.
  const [touched, setTouched] = useState<Set<keyof SignatureDraft>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  const errors = validateSignature(draft, today);
  const shown = (field: keyof SignatureDraft) =>
    submitted || touched.has(field) ? message(t, errors[field], today) : null;
  const update = (field: keyof SignatureDraft) => (value: string | boolean) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
  };
  const errorCount = Object.keys(errors).length;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (errorCount) {
      const first = Object.keys(errors)[0] as keyof SignatureErrors;
      document.getElementById(`sign-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSign({
        mentorName: draft.mentorName.trim(),
        menteeName: draft.menteeName.trim(),
        date: draft.date,
        mentorSignature: draft.mentorSignature.trim(),
        menteeSignature: draft.menteeSignature.trim(),
        ...(drawing ? { drawing } : {}),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="signature-form" noValidate onSubmit={submit}>
      <div class="field-pair">
        <TextField
          id="sign-mentorName"
          label={t('onboarding.mentorName')}
          value={draft.mentorName}
          onInput={update('mentorName')}
          error={shown('mentorName')}
          autoComplete="name"
          required
        />
        <TextField
          id="sign-menteeName"
          label={t('onboarding.menteeName')}
          value={draft.menteeName}
          onInput={update('menteeName')}
          error={shown('menteeName')}
          required
        />
      </div>
      <TextField
        id="sign-date"
        type="date"
        label={t('onboarding.date')}
        value={draft.date}
        onInput={update('date')}
        error={shown('date')}
        max={today}
        required
      />
      <div class="field-pair">
        <TextField
          id="sign-mentorSignature"
          label={t('onboarding.mentorSignature')}
          value={draft.mentorSignature}
          onInput={update('mentorSignature')}
          error={shown('mentorSignature')}
          required
        />
        <TextField
          id="sign-menteeSignature"
          label={t('onboarding.menteeSignature')}
          value={draft.menteeSignature}
          onInput={update('menteeSignature')}
          error={shown('menteeSignature')}
          required
        />
      </div>
      <DrawingPad t={t} onChange={setDrawing} />
      <div class={`field field--check${shown('accepted') ? ' field--invalid' : ''}`}>
        <input
          id="sign-accepted"
          type="checkbox"
          checked={draft.accepted}
          aria-invalid={shown('accepted') ? true : undefined}
          aria-describedby={shown('accepted') ? 'sign-accepted-error' : undefined}
          onChange={(event) =>
            update('accepted')((event.currentTarget as HTMLInputElement).checked)
          }
        />
        <label for="sign-accepted">{t('onboarding.accept')}</label>
        {shown('accepted') && (
          <p class="field-error" id="sign-accepted-error">
            {shown('accepted')}
          </p>
        )}
      </div>
      <p class="form-summary" role="status">
        {submitted && errorCount ? t('onboarding.fixErrors', { n: errorCount }) : ''}
      </p>
      <button type="submit" class="button button--primary" disabled={busy}>
        {t('onboarding.sign')}
      </button>
    </form>
  );
}

function message(t: Translate, error: SignatureError | undefined, today: string): string | null {
  if (!error) return null;
  switch (error.code) {
    case 'name-required':
      return t('onboarding.nameRequired');
    case 'name-too-long':
      return t('onboarding.nameTooLong', { n: error.length });
    case 'date-required':
      return t('onboarding.dateRequired', { example: today });
    case 'date-future':
      return t('onboarding.dateFuture');
    case 'signature-required':
      return t('onboarding.signatureRequired');
    case 'signature-mismatch':
      return t('onboarding.signatureMismatch', { name: error.name });
    case 'accept-required':
      return t('onboarding.acceptRequired');
  }
}
