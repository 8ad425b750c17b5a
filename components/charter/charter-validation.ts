import { parseCharter } from '@/lib/charter';
import { LIMITS } from '@/lib/db/schema';

export const MAX_CHARTER = LIMITS.charterText;

export type CharterTextError =
  | { code: 'empty' }
  | { code: 'too-long'; length: number }
  | { code: 'no-title' }
  | { code: 'no-rules' };

/** A charter text a mentor wrote: it must read as a title and numbered rules. */
export function validateCharterText(text: string): {
  error: CharterTextError | null;
  rules: number;
} {
  if (!text.trim()) return { error: { code: 'empty' }, rules: 0 };
  if (text.length > MAX_CHARTER)
    return { error: { code: 'too-long', length: text.length }, rules: 0 };
  const parsed = parseCharter(text);
  if (!parsed.title) return { error: { code: 'no-title' }, rules: 0 };
  if (!parsed.rules.length) return { error: { code: 'no-rules' }, rules: 0 };
  return { error: null, rules: parsed.rules.length };
}
