import { foldKey } from '@/lib/text/fold-key';
import { LIMITS } from '@/lib/db/schema';

// The signature form's rules, checked as the person types. Each error names what is
// wrong; the component turns codes into sentences.

export interface SignatureDraft {
  mentorName: string;
  menteeName: string;
  date: string;
  mentorSignature: string;
  menteeSignature: string;
  accepted: boolean;
}

export type SignatureError =
  | { code: 'name-required' }
  | { code: 'name-too-long'; length: number }
  | { code: 'date-required' }
  | { code: 'date-future' }
  | { code: 'signature-required' }
  | { code: 'signature-mismatch'; name: string }
  | { code: 'accept-required' };

export type SignatureErrors = Partial<Record<keyof SignatureDraft, SignatureError>>;

export const MAX_NAME = LIMITS.personName;

export function validateSignature(draft: SignatureDraft, today: string): SignatureErrors {
  const errors: SignatureErrors = {};
  const name = (field: 'mentorName' | 'menteeName') => {
    const value = draft[field].trim();
    if (!value) errors[field] = { code: 'name-required' };
    else if (value.length > MAX_NAME)
      errors[field] = { code: 'name-too-long', length: value.length };
  };
  name('mentorName');
  name('menteeName');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || Number.isNaN(Date.parse(draft.date))) {
    errors.date = { code: 'date-required' };
  } else if (draft.date > today) errors.date = { code: 'date-future' };
  const signature = (
    field: 'mentorSignature' | 'menteeSignature',
    nameField: 'mentorName' | 'menteeName',
  ) => {
    const value = draft[field].trim();
    const expected = draft[nameField].trim();
    if (!value) errors[field] = { code: 'signature-required' };
    else if (expected && foldKey(value) !== foldKey(expected)) {
      errors[field] = { code: 'signature-mismatch', name: expected };
    }
  };
  signature('mentorSignature', 'mentorName');
  signature('menteeSignature', 'menteeName');
  if (!draft.accepted) errors.accepted = { code: 'accept-required' };
  return errors;
}
