import { patternOf } from '../lexicon/word-lists.ts';

// Clock times written in words, rewritten as digits for `deadlines.ts`: "quarter past
// eight" → "8:15", "by nine" → "by 9", "à neuf heures moins le quart" → "à 8:45". People
// dictating or typing in full write them so. Written against `signalText()`'s form.

const EN_HOURS = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');
const FR_HOURS = 'une deux trois quatre cinq six sept huit neuf dix onze douze'.split(' ');
const EN_MINUTES: Record<string, number> = {
  five: 5,
  ten: 10,
  quarter: 15,
  'a quarter': 15,
  twenty: 20,
  'twenty five': 25,
  half: 30,
};
const FR_MINUTES: Record<string, number> = {
  cinq: 5,
  dix: 10,
  quinze: 15,
  vingt: 20,
  'vingt cinq': 25,
  trente: 30,
  quarante: 40,
  'quarante cinq': 45,
  cinquante: 50,
};

const EN_HOUR = `(${EN_HOURS.join('|')}|\\d{1,2})`;
const FR_HOUR = `(${FR_HOURS.join('|')}|\\d{1,2})`;
const hourOf = (word: string, words: readonly string[]) =>
  /^\d+$/.test(word) ? Number(word) : words.indexOf(word) + 1;

// "quarter past eight", "ten to nine", "half past 7".
const EN_PAST_TO = new RegExp(
  `\\b(a quarter|quarter|twenty five|twenty|five|ten|half) (past|to) ${EN_HOUR}\\b`,
  'g',
);
// "nine o'clock", "nine oclock", "nine o clock".
const EN_OCLOCK = new RegExp(`\\b${EN_HOUR} o'? ?clock\\b`, 'g');
// "it's nine thirty", "at ten fifteen": an hour and its minutes after a time word.
const EN_HOUR_MINUTES = new RegExp(
  `\\b(its|it is|at|by|before|until|till) (${EN_HOURS.join('|')}) (oh five|ten|fifteen|twenty|thirty|forty five|forty|fifty)\\b`,
  'g',
);
const EN_PAST_MINUTES: Record<string, number> = {
  'oh five': 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty five': 45,
  fifty: 50,
};
// "by nine", "before ten tonight": an hour word after a time word, not a count ("at one
// point", "before one of us").
// Its counted things: patterns.txt, counted-after-hour.
let enAfterTimeWord: RegExp | undefined;
const EN_AFTER_TIME_WORD = () =>
  (enAfterTimeWord ??= new RegExp(
    `\\b(by|before|until|till|at) (${EN_HOURS.join('|')})\\b(?! (?:${patternOf('counted-after-hour')})\\b)`,
    'g',
  ));
// "à neuf heures moins le quart", "avant onze heures et demie", "il est dix heures vingt":
// only after a word that makes it a time of day ("il y a une heure" is a duration), and
// not the small hours of a night told ("jusqu'à quatre heures du matin").
// Its words: patterns.txt, hour-words-before-fr and minutes-after-hour-fr.
let frHoursWords: RegExp | undefined;
const FR_HOURS_WORDS = () =>
  (frHoursWords ??= new RegExp(
    `\\b(?<!\\bil y )(${patternOf('hour-words-before-fr')}) ${FR_HOUR} heures?(?: (${patternOf('minutes-after-hour-fr')}))?\\b(?! (?:du matin|de la nuit))`,
    'g',
  ));

// "due at noon", "la deadline c'est midi", "à midi et demi": noon after a word that makes
// it the hour (not "ce midi", lunch, nor "le Midi", the south), as a 24-hour time. "Avant
// midi", "pour midi" and "jusqu'à midi" stay: deadlines.ts reads them as today's end.
const NOON_MINUTES: Record<string, string> = {
  'et quart': '12h15',
  'et demi': '12h30',
  'et demie': '12h30',
  trente: '12h30',
  'moins le quart': '11h45',
};
// Its words: patterns.txt, noon-words-before.
let noon: RegExp | undefined;
const NOON = () =>
  (noon ??= new RegExp(
    `\\b(?<!\\bjusque )(${patternOf('noon-words-before')}) (?:noon|midday|midi)(?: (${Object.keys(NOON_MINUTES).join('|')}))?\\b`,
    'g',
  ));

// Words after which deadlines.ts already reads a time for what it is.
const TIME_WORD_BEFORE =
  /\b(?:at|by|before|until|till|its|it is|is|was|from|around|about|for|after|since|between|and|or|to|a|vers|avant)\s$/;
const clock = (hour: number, minute: number) => `${hour}:${String(minute).padStart(2, '0')}`;

// One look decides for most sentences, which say no time in words.
const ANY_WORD_TIME = new RegExp(
  `clock|heure|noon|midday|midi|\\b(?:past|to|by|before|until|till|at|its|it is) (?:(?:${EN_HOURS.join('|')})\\b|\\d)`,
);

/** The text with clock times written in words turned into digits ("8:15", "8:45"). */
export function wordTimesAsDigits(text: string): string {
  if (!ANY_WORD_TIME.test(text)) return text;
  return text
    .replace(
      NOON(),
      (_, word: string, rest?: string) => `${word} ${rest ? NOON_MINUTES[rest] : '12h'}`,
    )
    .replace(
      EN_PAST_TO,
      (_, minutes: string, way: string, hourWord: string, at: number, whole: string) => {
        const hour = hourOf(hourWord, EN_HOURS);
        const minute = EN_MINUTES[minutes];
        if (hour < 1 || hour > 12) return _;
        // "the client is arriving quarter past four": a time of day said with no word
        // before it is still one; "at" lets deadlines.ts read it as an appointment.
        const said = TIME_WORD_BEFORE.test(whole.slice(Math.max(0, at - 12), at)) ? '' : 'at ';
        if (way === 'past') return said + clock(hour, minute);
        return said + clock(hour === 1 ? 12 : hour - 1, 60 - minute);
      },
    )
    .replace(
      EN_HOUR_MINUTES,
      (_, word: string, hourWord: string, minutes: string) =>
        `${word} ${clock(hourOf(hourWord, EN_HOURS), EN_PAST_MINUTES[minutes])}`,
    )
    .replace(EN_OCLOCK, (_, hourWord: string) => clock(hourOf(hourWord, EN_HOURS), 0))
    .replace(EN_AFTER_TIME_WORD(), (_, word: string, hourWord: string) => {
      return `${word} ${hourOf(hourWord, EN_HOURS)}`;
    })
    .replace(FR_HOURS_WORDS(), (whole, before: string, hourWord: string, rest?: string) => {
      const hour = hourOf(hourWord, FR_HOURS);
      if (hour < 0 || hour > 23) return whole;
      let minute = 0;
      let h = hour;
      if (rest === 'et quart') minute = 15;
      else if (rest?.startsWith('et demi')) minute = 30;
      else if (rest === 'moins le quart') [h, minute] = [hour - 1, 45];
      else if (rest?.startsWith('moins ')) [h, minute] = [hour - 1, 60 - FR_MINUTES[rest.slice(6)]];
      else if (rest) minute = FR_MINUTES[rest];
      // A 12-hour reading: "vers deux heures" is two in the afternoon as often as not.
      return `${before} ${clock(h, minute)}`;
    });
}
