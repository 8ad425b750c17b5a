import { findWrappedIbans, findWrappedNumbers } from './recognizers/identifiers.ts';
import { findAddressBlocks } from './recognizers/address.ts';
import { findBirthDatesAfterCue } from './recognizers/birth-date.ts';
import type { Candidate } from './types.ts';

/** Adds what only reads across a line break or a sentence (an IBAN, a NIR or a card
 * number wrapped by a narrow field; an address printed over its lines; a date of birth
 * asked for in one sentence and given in the next) to the
 * sentences' findings, in place of the pieces found on each line. Offsets are the
 * message's; the result stays sorted and without overlaps. */
export function addAcrossLines(findings: Candidate[], text: string): Candidate[] {
  const wrapped = [
    ...findWrappedIbans(text),
    ...findWrappedNumbers(text),
    ...findAddressBlocks(text),
    // A date of birth its own sentence already gave keeps that finding.
    ...findBirthDatesAfterCue(text).filter(
      (d) => !findings.some((f) => f.type === 'DOB' && f.start === d.start && f.end === d.end),
    ),
  ];
  if (wrapped.length === 0) return findings;
  const outside = findings.filter((f) => !wrapped.some((w) => f.start < w.end && w.start < f.end));
  return [...outside, ...wrapped].sort((a, b) => a.start - b.start);
}
