import type { Candidate } from '../types.ts';

const MONTHS_FR =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec';
const MONTHS_EN =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DATE = `(?:\\d{1,2}[\\/.\\-]\\d{1,2}[\\/.\\-](?:\\d{4}|\\d{2})|\\d{1,2}(?:er|st|nd|rd|th)? (?:of )?(?:${MONTHS_FR}|${MONTHS_EN})\\.? \\d{4}|(?:${MONTHS_EN})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2})`;
// A birth cue, a few filler words, then a date. A year alone ("né en 1990", "born in
// '85") is not one: like an age, it is a partial number, which the corpus's rules count
// as no entity (../shared/eval/README.md).
// "date de naissance de la candidate : 21/03/1996": after an unambiguous cue, a few
// words may come before the date, within the sentence ("date de naissance sur le
// dossier d'inscription, 17 mars 1993"). A phone keyboard drops the accent: "nee le".
// A birthday with its year is the date of birth ("my birthday on the form should be
// 05/09/2000"); not a party's date, nor a wedding's anniversary.
const BIRTH_FIELD = new RegExp(
  `(?<![\\p{L}])(?:date de naissance|date of birth|ddn|dob|d\\.o\\.b\\.?|(?:birthday|bday|b-day|(?:mon|son|sa|ton|votre|date de) anniversaire)(?! (?:party|parties|cake|card|gift|present|drinks|dinner|de mariage|of)\\b))(?![\\p{L}])[^\\d\\n.!?]{0,45}?(${DATE})`,
  'giu',
);
const BIRTH = new RegExp(
  `(?<![\\p{L}])(?:né|née|nés|nées|nee|nees|ne le|date de naissance|date of birth|ddn|dob|d\\.o\\.b\\.?|born|naissance)(?:\\([es]\\))?(?![\\p{L}])[\\s:,(-]{0,4}(?:(?:le|on|the|in|:|est|is|was|c'est|:)\\s{1,3}){0,3}(${DATE})`,
  'giu',
);

const APPOINTMENT_BEFORE =
  /(?:rdv|rendez[- ]vous|r[ée]union|meeting|avant|before|deadline|jusqu|until|by)\W{0,12}(?:le|au|on|the)?\s*$/i;

export function findBirthDates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of [BIRTH, BIRTH_FIELD]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const date = m[1];
      const start = m.index + m[0].length - date.length;
      // "sa date de naissance avant le 12/05": the date is a deadline, not the birth.
      if (APPOINTMENT_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      found.push({
        start,
        end: start + date.length,
        type: 'DOB',
        score: 0.95,
        reason: 'date de naissance',
        reasonEn: 'date of birth',
      });
    }
  }
  return found;
}

// "on me demande la date de naissance de Mme Santoni. Sur sa carte, c'est le
// 14/02/1936": the cue in one sentence, the date in the next. Read over the whole
// message: the first date after a birth cue, within 120 characters and one sentence
// break, unless words before it make it an appointment or a deadline.
const CUE = /(?<![\p{L}])(?:date de naissance|date of birth|ddn|dob|née? le|born on)(?![\p{L}])/giu;
const NEXT_DATE = new RegExp(DATE, 'giu');
// How far after the cue a date may start, and the length of the longest date the pattern
// reads ("31st of September. 2026" is 23 characters; kept with room to spare).
const CUE_REACH = 120;
const LONGEST_DATE = 32;

export function findBirthDatesAfterCue(text: string): Candidate[] {
  const found: Candidate[] = [];
  CUE.lastIndex = 0;
  for (let cue = CUE.exec(text); cue; cue = CUE.exec(text)) {
    const from = cue.index + cue[0].length;
    // Only the window is read, so that a long message full of cues stays linear. It
    // bounds where the date starts; the longest date starting at its edge is read whole.
    NEXT_DATE.lastIndex = 0;
    const date = NEXT_DATE.exec(text.slice(from, from + CUE_REACH + LONGEST_DATE));
    if (!date || date.index > CUE_REACH) continue;
    const start = from + date.index;
    // More than one sentence break between the cue and the date: another subject.
    if (text.slice(from, start).split(/[.!?\n]\s/).length > 2) continue;
    if (APPOINTMENT_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    found.push({
      start,
      end: start + date[0].length,
      type: 'DOB',
      score: 0.9,
      reason: 'date de naissance',
      reasonEn: 'date of birth',
    });
  }
  return found;
}
