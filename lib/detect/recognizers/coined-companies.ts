import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import { ORG_TRIGGERS } from '../lexicon/organizations.ts';
import { wordList } from '../lexicon/word-lists.ts';
import { tokenize } from '../tokenize.ts';
import type { Candidate } from '../types.ts';
import { employedAfter, employerBefore } from './lower-case-orgs.ts';

// Companies whose names are coined with digits or signs, as startups and small firms
// write them: "hire2go", "data2move", "42watts", "k3y-lab", "net&clean",
// "kuehne+nagel", "techni-clim 2000". The shape alone is no proof (codes, passwords,
// "covid19", "3eme"), so a company's cue must stand before ("chez", "at", "la startup",
// "ils s'appellent") or a hiring verb after ("cherche un frigoriste", "want me").
const COINED =
  /(?<![\p{L}\d@./&+_-])[\p{L}\d]+(?:[-&+][\p{L}\d]+){0,2}(?![\p{L}\d@_]|[./&+-][\p{L}\d])/gu;
// "ils s'appellent 42watts", "la startup k3y-lab", "chez", "at", "via".
const CUES = wordList('coined-name-cues');
// A number glued to a unit or an ordinal is a quantity, not a name ("10ans", "3eme"),
// and so is a number before one ("mi-temps 20 heures", "check-in 2 nights") or a range
// ("part-time 2-3 days", "2 à 3 jours").
const QUANTITIES = wordList('quantity-units');
// A cheap test first: most sentences hold no letter beside a digit, "&" or "+".
const MAY_HOLD = /\p{L}\d|\d\p{L}|\p{L}[&+]\p{L}|\p{L}-\p{L}+ \d/u;
const LAST_WORD = /(\p{L}+)\s+$/u;

/** True when a word mixes letters with digits or joins words with "&" or "+" the way a
 * brand is coined, and is not a quantity. */
function coinedShape(word: string): boolean {
  // "b2b", "mp3", "a&e", "r&d", "bac+5": too short to be more than an abbreviation.
  if ((word.match(/\p{L}/gu)?.length ?? 0) < 4) return false;
  // "net&clean", "kuehne+nagel": two words of three letters or more.
  if (!/\d/.test(word)) return /^\p{L}{3,}[&+]\p{L}{3,}$/u.test(word);
  // "data2move", "k3y-lab": digits inside; "42watts": a number first, then no unit.
  const lead = /^\d+(\p{L}+)$/u.exec(word);
  return /\p{L}\d+\p{L}/u.test(word) || (lead !== null && !QUANTITIES.has(fold(lead[1])));
}

/** Index after "techni-clim 2000": a hyphenated name no dictionary has, then a number. */
function numberedNameEnd(text: string, word: string, end: number): number {
  if (!/^\p{L}+-\p{L}+$/u.test(word) || gazetteer().commonWords.has(fold(word))) return end;
  const number = /^ (\d{1,4})(?![\d\p{L},.:/]| ?[-–] ?\d| (?:à|to|or|ou) \d)(?: (\p{L}+))?/u.exec(
    text.slice(end, end + 20),
  );
  if (!number || (number[2] !== undefined && QUANTITIES.has(fold(number[2])))) return end;
  return end + 1 + number[1].length;
}

// A name with a number in it, then its legal form: "Solutions 4.0 SAS", "Bâtiment 21
// SARL", "NETTOYAGE PRO 67 SARL", "Studio 54 Ltd". The legal form makes it a company;
// the capitalised words before the number are its name (not a pronoun or a preposition:
// "En 2020 SAS…", "We 2 Ltd").
const NUMBERED_WITH_FORM =
  /(?<![\p{L}\d])(?!(?:En|In|Depuis|Since|Le|La|Les|Des|Du|De|Je|J|Il|Elle|On|Nous|We|They|Our|Notre|Nos|Ces|These|The|A|An|Un|Une)\b)(?:\p{Lu}[\p{L}'’&-]*\s){1,3}\d{1,4}(?:[.,]\d{1,2})?\s(?:SAS|SASU|SARL|EURL|SA|SNC|SCOP|S[àa]rl|SPRL|SRL|ASBL|GmbH|AG|Ltd|LTD|Inc|LLC|PLC|plc)(?![\p{L}\d])/gu;

export function findCoinedCompanies(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Both patterns need a digit, "&" or "+" (NUMBERED_WITH_FORM a digit): most sentences
  // have none.
  const digit = /\d/.test(text);
  if (!digit && !/[&+]/.test(text)) return found;
  NUMBERED_WITH_FORM.lastIndex = 0;
  if (digit)
    for (let m = NUMBERED_WITH_FORM.exec(text); m; m = NUMBERED_WITH_FORM.exec(text))
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'ORG',
        score: 0.85,
        reason: 'entreprise (forme juridique)',
        reasonEn: 'company (legal form)',
      });
  if (!MAY_HOLD.test(text)) return found;
  COINED.lastIndex = 0;
  for (let m = COINED.exec(text); m; m = COINED.exec(text)) {
    const start = m.index;
    const end = numberedNameEnd(text, m[0], start + m[0].length);
    if (end === start + m[0].length && !coinedShape(m[0])) continue;
    const before = text.slice(Math.max(0, start - 50), start);
    const previous = fold(LAST_WORD.exec(before)?.[1] ?? '');
    const cue =
      CUES.has(previous) ||
      ORG_TRIGGERS.has(previous) ||
      employerBefore(before, previous, text.slice(start, end));
    // "data2move cherche un alternant", "Hire2go want me": it hires.
    if (!cue && !employedAfter(tokenize('x' + text.slice(end, end + 60)), 0)) continue;
    found.push({ start, end, type: 'ORG', score: 0.8, reason: 'entreprise', reasonEn: 'company' });
  }
  return found;
}
