// Anything that looks like a URL, a path or an e-mail: its words are not names. Words
// are cut first, then tested: one pattern doing both would rescan each long word.
const WORD_SPAN = /\S+/gu;
const URL_LIKE = /[@/\\]|www\./u;

/** 1 on every character of a URL-like word of the text. */
export function urlLikeMask(text: string): Uint8Array {
  const masked = new Uint8Array(text.length);
  // No word can be URL-like when the whole text is not (most sentences).
  if (!URL_LIKE.test(text)) return masked;
  WORD_SPAN.lastIndex = 0;
  for (let m = WORD_SPAN.exec(text); m; m = WORD_SPAN.exec(text)) {
    if (URL_LIKE.test(m[0])) masked.fill(1, m.index, m.index + m[0].length);
  }
  return masked;
}
