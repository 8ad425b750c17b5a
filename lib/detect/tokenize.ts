import { fold } from './fold.ts';
import { gazetteer } from './gazetteer.ts';
import { anyOf, wordList } from './lexicon/word-lists.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Accent-folded lower case. */
  key: string;
  capitalised: boolean;
  allCaps: boolean;
  /** First word of a sentence, a line or a clause after ':' — capitalised by grammar. */
  sentenceStart: boolean;
  /** Characters between the previous token and this one. */
  gap: string;
}

// Letters, with inner hyphens (Jean-Édouard, Saint-Gobain). Apostrophes split tokens so
// that elisions (d'Arnaud, l'Isère) leave the name alone.
// N'Diaye, O'Brien keep their apostrophe; elisions (d'Arnaud, l'Isère) do not.
// Irish O' holds to the name even typed in lower case ("mrs o'brien"), not in "o'clock".
const WORD =
  /(?:[NO]['’](?=\p{Lu})|o['’](?!clock)(?=\p{Ll}{3}))?[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
// " / " and " | " stand for line breaks in text pasted from records and signatures.
const SENTENCE_BREAK = /[.!?…:;\n\r•"«»“”]|\s[/|]\s|\p{Extended_Pictographic}/u;

// An elision typed without its apostrophe, as phone keyboards leave it: "lagence",
// "lhotel", "latelier". Read as "l'agence": the article apart, the word as written.
const GLUED_ELISION = /^[ld][aeiouyh]\p{Ll}{3,}$/u;

// Trades, rarer than the common words, that follow an article: "lepicerie", "lauberge".
let trades: { has(key: string): boolean } | undefined;

/** True when a lower-case word is an article glued to a word, and no word or name itself. */
function gluedElision(word: string, key: string): boolean {
  if (!GLUED_ELISION.test(word)) return false;
  const g = gazetteer();
  trades ??= anyOf(wordList('business-heads'), wordList('lower-case-heads'));
  const rest = key.slice(1);
  return (
    (g.commonWords.has(rest) || trades.has(rest)) &&
    !g.commonWords.has(key) &&
    !g.places.has(key) &&
    !g.strongFirstNames.has(key) &&
    !g.ambiguousFirstNames.has(key) &&
    !g.surnames.has(key) &&
    !g.ambiguousSurnames.has(key)
  );
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    // Gaps of one character are taken from V8's single-character cache: no garbage.
    const gap = m.index === previousEnd + 1 ? text[previousEnd] : text.slice(previousEnd, m.index);
    // An ASCII first letter is told by its code: \p{Lu} there is A-Z.
    const first = word.charCodeAt(0);
    const capitalised = first < 128 ? first >= 65 && first <= 90 : STARTS_UPPER.test(word);
    const allCaps = capitalised && word.length >= 2 && !HAS_LOWER.test(word);
    // Most gaps are one space: skip the pattern for them.
    const afterBreak =
      tokens.length === 0 || (gap !== ' ' && gap !== "'" && SENTENCE_BREAK.test(gap));
    // "M. Dupont": the dot after a title does not end a sentence.
    const previous = tokens[tokens.length - 1];
    const afterTitleDot =
      previous !== undefined &&
      gap.startsWith('.') &&
      /^(?:m|mm|mme|mlle|dr|pr|me|mr|mrs|ms|st|ste)$/.test(previous.key);
    const key = fold(word);
    const sentenceStart = afterBreak && !afterTitleDot;
    const start = m.index;
    // After "chez" comes a name: "chez lavance" is the Lavance firm.
    const glued = !capitalised && previous?.key !== 'chez' && gluedElision(word, key);
    const end = glued ? start + 1 : start + word.length;
    tokens.push({
      start,
      end,
      text: glued ? word[0] : word,
      key: glued ? key[0] : key,
      capitalised,
      allCaps,
      sentenceStart,
      gap,
    });
    // The word after the article, as if the apostrophe had been typed.
    if (glued)
      tokens.push({
        start: end,
        end: start + word.length,
        text: word.slice(1),
        key: key.slice(1),
        capitalised,
        allCaps,
        sentenceStart: false,
        gap: "'",
      });
    previousEnd = m.index + word.length;
  }
  return tokens;
}
