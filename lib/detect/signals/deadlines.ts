import { packedRegExp } from './cue.ts';
import { wordTimesAsDigits } from './word-times.ts';

// Times in a sentence, read once (and cached with the sentence); whether they are close
// is decided later against the time the message is written, which the caller gives.
// Written against `signalText()`'s form.

/** Minutes after midnight; `twelve` when written on a 12-hour clock with no am/pm ("at 2:30"). */
export interface TimeOfDay {
  t: number;
  twelve: boolean;
}

export interface TimeFacts {
  /** "il est 16h30", "it's 4:45": the time the writer says it is, minutes after midnight. */
  clock: number | null;
  /** "avant 17h", "by 5pm", "due at 5": minutes after midnight. */
  deadlines: TimeOfDay[];
  /** "à 11h", "at 2:30", "commence à 9h15": minutes after midnight. */
  appointments: TimeOfDay[];
  /** "dans 10 minutes", "in an hour", "within the hour". */
  soon: boolean;
  /** "ce soir", "avant ce soir", "by the end of the day": today, no hour. */
  today: boolean;
  /** A deadline word with "today"'s end ("avant ce soir", "by tonight", "avant minuit"). */
  todayDeadline: boolean;
  /** "our call was at 9", "on devait s'appeler à 14h": a time that should have come. */
  passed: TimeOfDay[];
}

const NUM =
  '(?:\\d+|une?|deux|trois|cinq|dix|quinze|vingt|trente|quarante|quelques|a few|few|five|ten|fifteen|twenty|thirty|forty|one|two|three)';
// "dans 10 minutes", "in an hour", "within the hour".
const SOON =
  // Its words: cues.txt [soon].
  packedRegExp('soon', '', '', '\\b');
// "Aujourd'hui" alone is not: French tells the day's news with it ("aujourd'hui j'ai eu
// mon permis !!"), and "nowadays".
const TODAY =
  // Its words: cues.txt [today].
  packedRegExp('today', '\\b');
// "two years sober today", "c'est son anniversaire ce soir": a date kept, not a deadline.
const ANNIVERSARY =
  // Its words: cues.txt [anniversary].
  packedRegExp(
    'anniversary',
    '\\b|\\b(?:got(?! to)|passed|received|signed|ai (?:eu|recu|obtenu|signe|reussi))\\b(?! (?:by|before|until|avant)\\b).{0,30}\\b(?:today|ce matin|this morning)\\b',
  );
const TODAY_DEADLINE =
  // Its words: cues.txt [today-deadline].
  packedRegExp('today-deadline', '\\b');
// Another day: a weekday, a date ("le 30", "on the 12th", "fin décembre"), "on the day".
const LATER =
  // Its words: cues.txt [later].
  packedRegExp('later', '\\b');
const CONTRAST = /\b(?:mais|but)\b/;

// 11h, 11h30, 11 h, 9h15; 2:30, 2.30pm, 5pm, 5 pm.
const TIME = '(\\d{1,2})(?: ?h ?(\\d{2})?\\b| ?(?::|\\.)(\\d{2}) ?(am|pm)?\\b| ?(am|pm)\\b)';
const CLOCK = new RegExp(`\\b(?:il est|la il est|its|it is|now its|the time is) (?:deja )?${TIME}`);
const DEADLINE =
  // Its words: cues.txt [deadline-words].
  packedRegExp('deadline-words', ` (?:ce soir |today |tonight )?(?:a |at )?${TIME}`, 'g');
const DEADLINE_BARE =
  // Its words: cues.txt [deadline-bare].
  packedRegExp('deadline-bare', ' (\\d{1,2})\\b(?![:.]\\d|[\\d/h])', 'g');
// "la visio c'est 14h": the hour said after "c'est" is an appointment too.
// "moved my interview to 10:30": an hour something was moved to.
const APPOINTMENT = new RegExp(
  `\\b(?:a|at|pour|vers|around|from|ce est|train de|(?:moved|pushed|changed) (?:it|(?:the|our|my) \\S+) to)\\s+${TIME}`,
  'g',
);
// "pas avant 15h", "won't be in before 4": a time before which nothing happens.
const NOT_BEFORE = /\b(?:pas|not|wont|jamais|never)(?: [a-z]+){0,2} (?:avant|before)\b/g;
const PASSED =
  // Its words: cues.txt [passed-words].
  packedRegExp('passed-words', ` ${TIME}`, 'g');
const PASSED_BARE =
  // Its words: cues.txt [passed-bare].
  packedRegExp('passed-bare', ' (\\d{1,2})\\b(?![:.]\\d|[\\d/h])', 'g');
// "exam at 9", "presentation at 3", "the coach leaves at 8".
const APPOINTMENT_BARE =
  // Its words: cues.txt [appointment-bare].
  packedRegExp('appointment-bare', ' (\\d{1,2})\\b(?![:.]\\d|[\\d/h])', 'g');

const AT_BARE_HOUR =
  /\b(?:at|a) (\d{1,2})\b(?![:.,]?\d|[\d/h%€$£]| ?(?:min|mn|km|kg|ans|years?|h\b|euros?|pounds?|people|personnes|jours|days|weeks|semaines|mois|months))/g;

function timeOf(m: RegExpExecArray): TimeOfDay | null {
  const hour = Number(m[1]);
  if (m.length <= 2) return hour >= 1 && hour <= 12 ? { t: hour * 60, twelve: true } : null;
  const minute = Number(m[2] ?? m[3] ?? 0);
  const half = m[4] ?? m[5];
  if (hour > 24 || minute > 59) return null;
  let h = hour;
  if (half === 'pm' && hour < 12) h += 12;
  if (half === 'am' && hour === 12) h = 0;
  const french = /\dh/.test(m[0].replace(/ /g, ''));
  return { t: h * 60 + minute, twelve: !half && !french && hour >= 1 && hour <= 12 };
}

function all(re: RegExp, text: string, skip: ReadonlySet<number> = new Set()): TimeOfDay[] {
  const out: TimeOfDay[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (skip.has(m.index + m[0].length)) continue;
    const value = timeOf(m);
    if (value) out.push(value);
  }
  return out;
}

const NO_TIMES: TimeFacts = {
  clock: null,
  deadlines: [],
  appointments: [],
  soon: false,
  today: false,
  todayDeadline: false,
  passed: [],
};
// "je dors jusqu'à 15h", "off until 2", "I'll be there by 9": the writer away, or arriving, then.
const AWAY_UNTIL =
  // Its words: cues.txt [away-until].
  packedRegExp(
    'away-until',
    '(?: \\S+){0,2}|be (?:there|here|back)|je arrive|get there|i arrive) (?:until|till|jusque a|by|avant|a|at|vers|around)\\b',
    'g',
    '\\b(',
  );
// "haven't got out of bed before noon in weeks", "je me lève pas avant midi": a habit of
// waking, no deadline.
const OUT_OF_BED =
  // Its words: cues.txt [out-of-bed].
  packedRegExp(
    'out-of-bed',
    '(?: \\S+){0,2}) (?:before|avant|until|till|by|jusque a|a|at|vers|around)\\b',
    'g',
    '\\b(',
  );
// "ate it in five minutes", "je suis à la gare dans 5 min": a duration told, the writer arriving.
const NOT_SOON =
  // Its words: cues.txt [not-soon].
  packedRegExp(
    'not-soon',
    `(?: \\S+){0,4} (?:dans|in) (?:les )?${NUM} ?(?:min|mins|minutes)\\b`,
    'g',
  );
// Most sentences say no time at all: one cheap look before the real reading ("noon" is
// in "afternoon", "night" in "tonight" and "midnight").
const ANY_TIME =
  /\d|midi|minuit|noon|night|soir|today|aujourde|matin|morning|evening|aprem|heure|hour|minute|\bmin\b|\bmn\b|journee|\bday\b|\beod\b|\bcob\b/;

export function readTimes(sentence: string): TimeFacts {
  let text = wordTimesAsDigits(sentence);
  if (!ANY_TIME.test(text)) return { ...NO_TIMES, deadlines: [], appointments: [], passed: [] };
  // "half 9": half past nine, as said in Britain and Ireland.
  text = text.replace(NOT_BEFORE, ' apres').replace(/\bhalf (\d{1,2})\b(?![:.]\d)/g, '$1:30');
  text = text.replace(AWAY_UNTIL, '$1 apres');
  text = text.replace(OUT_OF_BED, '$1 apres');
  // The clock said anywhere in the sentence ("il est 16h20, …").
  const clockMatch = CLOCK.exec(text);
  // "un essai demain 6h mais il faut confirmer avant 21h": another day said before "mais"
  // leaves today's deadline after it.
  const contrast = CONTRAST.exec(text);
  if (
    contrast &&
    LATER.test(text.slice(0, contrast.index)) &&
    !LATER.test(text.slice(contrast.index))
  )
    text = text.slice(contrast.index);
  const soonText = text.replace(NOT_SOON, ' ');
  const later = LATER.test(text);
  const said = clockMatch ? timeOf(clockMatch) : null;
  let clock = said?.t ?? null;
  // A deadline's end is not also an appointment.
  const ends = new Set<number>();
  DEADLINE.lastIndex = 0;
  for (let m = DEADLINE.exec(text); m; m = DEADLINE.exec(text)) ends.add(m.index + m[0].length);
  const deadlines = later ? [] : [...all(DEADLINE, text), ...all(DEADLINE_BARE, text)];
  const appointments = later
    ? []
    : [
        ...all(APPOINTMENT, text, ends),
        ...all(APPOINTMENT_BARE, text),
        // "it's 7.40 and I start at 8": beside the clock said, a bare hour is one too.
        ...(said ? all(AT_BARE_HOUR, text, ends) : []),
      ];
  if (!later) {
    if (
      /\b(?:avant|before|by|until|fermen?t? a|(?:closes?|shuts?)(?: at)?|ends? at|se termine a) (?:minuit|midnight)\b/.test(
        text,
      )
    )
      deadlines.push({ t: 24 * 60, twelve: false });
    if (
      /\b(?:avant|before|by|until|fermen?t? a|closes? at|ends? at|se termine a) (?:midi|noon)\b/.test(
        text,
      )
    )
      deadlines.push({ t: 12 * 60, twelve: false });
    if (/\b(?:a|at) (?:midi|noon)\b/.test(text)) appointments.push({ t: 12 * 60, twelve: false });
  }
  // "it's 11.20" beside "before midnight": the evening, on a 12-hour clock.
  if (said?.twelve && [...deadlines, ...appointments].some((d) => !d.twelve && d.t - said.t > 720))
    clock = said.t + 720;
  return {
    clock,
    deadlines,
    appointments,
    soon: SOON.test(soonText),
    today: TODAY.test(text) && !later && !ANNIVERSARY.test(text),
    // "avant minuit, sinon je serai KO demain": tomorrow named, tonight is no deadline.
    todayDeadline: TODAY_DEADLINE.test(text) && !later,
    passed: later ? [] : [...all(PASSED, text), ...all(PASSED_BARE, text)],
  };
}

/** Minutes from `now` to a time of day; "at 2:30" read at 14:05 means 14:30. */
function ahead({ t, twelve }: TimeOfDay, now: number): number {
  const delta = t - now;
  if (delta < 0 && twelve && t + 12 * 60 >= now) return t + 12 * 60 - now;
  return delta;
}

/** URGENT weight of a sentence's times, at `now` (minutes after midnight, or null). */
export function timeWeight(facts: TimeFacts, now: number | null): number {
  if (facts.soon) return 2;
  const at = facts.clock ?? now;
  if (at === null) {
    // The time is unknown: a deadline today is close enough to hold the message.
    if (facts.deadlines.length || facts.todayDeadline) return 2;
    return facts.today ? 1 : 0;
  }
  for (const time of facts.deadlines) {
    const delta = ahead(time, at);
    if (delta >= 0 && delta <= 4 * 60) return 2;
  }
  for (const time of facts.appointments) {
    const delta = ahead(time, at);
    if (delta >= 0 && delta <= 75) return 2;
  }
  if (facts.todayDeadline) return at >= 12 * 60 ? 2 : 1;
  // Late by a few minutes: a sign that someone is waiting, heavier beside "tu viens ?".
  for (const { t, twelve } of facts.passed) {
    const late = at - t;
    if (
      (late >= 0 && late <= 45) ||
      (twelve && at - (t + 12 * 60) >= 0 && at - (t + 12 * 60) <= 45)
    )
      return 1;
  }
  return facts.today ? 1 : 0;
}
