import { fold } from '../fold.ts';

// The form every signal pattern is written against. Signals return no offsets, so the
// text may change length: accents and case folded, French elisions opened ("j'en" →
// "je en"), the optional "ne" dropped ("je n'en peux plus" and "jpp" read the same),
// English contractions closed ("I'm" → "im", "can't" → "cant"), and the SMS spellings
// people type on a phone expanded.

const SMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bse il (?:te|vous) plait\b/g, 'please'],
  [/\bjpp\b/g, 'je en peux plus'],
  [/\bjpeu[xt]? plu[s]?\b/g, 'je peux plus'],
  [/\bjsp\b/g, 'je sais pas'],
  [/\b(?:chui|chuis|chu|jsuis|jsui|jss)\b/g, 'je suis'],
  [/\btkt\b/g, 'te inquiete'],
  [/\b(?:stp|svp|stpl|please|pls|plz|plse)\b/g, 'please'],
  [/\b(?:pk|pq|pkoi|pourkoi)\b/g, 'pourquoi'],
  [/\bpcq?\b/g, 'parce que'],
  [/\b(?:mtn|mnt|mtnt)\b/g, 'maintenant'],
  [/\btt\b/g, 'tout'],
  [/\bds\b/g, 'dans'],
  [/\bbcp\b/g, 'beaucoup'],
  [/\bqd\b/g, 'quand'],
  [/\bdsl\b/g, 'desole'],
  [/\bya\b/g, 'il y a'],
  [/\bpr\b/g, 'pour'],
  [/\bc\b(?= (?:trop|tellement|pas|fini|foutu|mort|la|plus|bon|grave))/g, 'ce est'],
  [/\bct\b/g, 'ce etait'],
  [/\bg\b(?= (?:envie|peur|besoin|pris|bu|avale|pense|plus|pas|mal|fait))/g, 'je ai'],
  [
    /\bj(ai|en|y|arrive|arrete|etais|avais|aimerais|aurais|ecris|me|te|vais|veux|veu|peux|peu|sais|fais|pense|crois|pleure|dois|bois|prends|dors|mange|tiens|tape|coupe|supporte|ose|attends|espere)\b/g,
    'je $1',
  ],
  [/\bn(arrive|ai|en|est|y|etais|avais|arrete)\b/g, '$1'],
  [/\b(?:u)\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\brn\b/g, 'right now'],
  [/\bidk\b/g, 'i dont know'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bcannot\b|\bcan not\b/g, 'cant'],
  [/\bdo not\b/g, 'dont'],
  [/\bi am\b/g, 'im'],
  [/\bi have\b/g, 'ive'],
  [/\bi will\b/g, 'ill'],
  [/\bi would\b/g, 'id'],
];

/** Text folded and normalised for the signal patterns. */
export function signalText(sentence: string): string {
  let text = fold(sentence)
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/\s+/g, ' ');
  // French elisions, written with an apostrophe or a space ("j arrive").
  text = text.replace(/\b(j|m|t|s|l|d|c|qu)'(?=[a-z])/g, (_, p: string) => `${p}e `);
  text = text.replace(/\bn'(?=[a-z])/g, '');
  text = text.replace(/\bj (?=[aeiouyh])/g, 'je ');
  // English contractions closed: "don't" → "dont".
  text = text.replace(/([a-z])'(?=(?:t|m|s|re|ve|d|ll)\b)/g, '$1');
  for (const [re, to] of SMS) text = text.replace(re, to);
  text = text.replace(/\bne\b ?/g, '');
  return text.replace(/ {2,}/g, ' ').trim();
}
