import type { Candidate } from '../types.ts';

const LOCAL = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /[A-Za-z0-9.-]/;

// Scans outward from each '@' instead of using one regular expression, which would
// backtrack quadratically on long runs of letters with no '@'.
export function findEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && end - at < 255 && DOMAIN.test(text[end])) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    while (start < at && text[start] === '.') start++;
    const domain = text.slice(at + 1, end);
    if (start < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/.test(domain)) {
      found.push({
        start,
        end,
        type: 'EMAIL',
        score: 0.99,
        reason: 'adresse e-mail',
        reasonEn: 'email address',
      });
    }
    at = text.indexOf('@', Math.max(end, at + 1));
  }
  return found;
}
