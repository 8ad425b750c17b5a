// Ukrainian names in the Latin letters of Ukrainian passports (national transliteration
// of 2010, Cabinet of Ministers resolution 55), as they are written in France and the
// United Kingdom: Олександр → Oleksandr, Юлія → Yuliia, Згурський → Zghurskyi.
// Build time only (scripts/build-gazetteer.ts).

const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ю: 'iu',
  я: 'ia',
  ь: '',
  "'": '',
  '’': '',
  ʼ: '',
  '-': '-',
};
// At the start of a word these letters are written with a y.
const INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** The name in Latin letters, or null when it holds a letter outside Ukrainian's. */
export function ukrainianToLatin(name: string): string | null {
  let out = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const atStart = i === 0 || lower[i - 1] === '-';
    // "зг" is written "zgh", so that it is not read as "ж".
    if (ch === 'г' && lower[i - 1] === 'з') {
      out += 'gh';
      continue;
    }
    const latin = atStart ? (INITIAL[ch] ?? LETTERS[ch]) : LETTERS[ch];
    if (latin === undefined) return null;
    out += latin;
  }
  return out;
}
