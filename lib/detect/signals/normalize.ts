import { packedLines, packedRegExp } from './cue.ts';
import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';

// The form every signal pattern is written against. Signals return no offsets, so the
// text may change length: accents and case folded, French elisions opened ("j'en" →
// "je en"), the optional "ne" dropped ("je n'en peux plus" and "jpp" read the same),
// English contractions closed ("I'm" → "im", "can't" → "cant"), and the SMS spellings
// people type on a phone expanded.

// Phone shorthand, whole words replaced in one pass ("jpp" → "je en peux plus"): the pairs
// are kept in cues.txt [sms-words], read on first use.
let smsWords: Map<string, string> | undefined;
let smsWord: RegExp | undefined;
function expandShorthand(text: string): string {
  if (!smsWords) {
    smsWords = new Map(
      packedLines('sms-words').map((line) => {
        const space = line.indexOf(' ');
        return space < 0 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
      }),
    );
    smsWord = new RegExp(`\\b(?:${[...smsWords.keys()].join('|')})\\b`, 'g');
  }
  return text.replace(smsWord!, (word) => smsWords!.get(word)!);
}

// Words glued to a pronoun ("jveux", "narrive"), and a few that depend on what follows.
const SMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bse il (?:te|vous) plait\b/g, 'please'],
  // "s'il m'arrive quelque chose": "si il", as the cues write it.
  [/\bse (?=ils?\b)/g, 'si '],
  [/(?<=\b(?:think\w*|talk\w*|all|what|how) )bout\b/g, 'about'],
  // "jpeu plus", "je peu pa": "peux" as typed by ear ("jpeu" has had its "je" opened above).
  [/\bje peu[xt]? plus?\b/g, 'je peux plus'],
  [/\bje peu[xt]? pas?\b/g, 'je peux pas'],
  // "y a 10 ans", "y a personne": "il y a" without its "il".
  [/(?<!\bil )\by a\b/g, 'il y a'],
  // "chu pu capable", "j'ai pu d'énergie": "plus" as Québec says it, only before what
  // cannot follow the participle of "pouvoir" ("j'ai pu dormir").
  [/\bpu\b(?= (?:de|capable|rien|personne|envie|la force|jamais|du tout)\b)/g, 'plus'],
  [/\bc\b(?= (?:trop|tellement|pas|fini|foutu|mort|la|plus|bon|grave))/g, 'ce est'],
  [
    /\bg\b(?= (?:envie|peur|besoin|pris|bu|avale|pense|plus|pas|mal|fait|tout|donne|ecrit|dit|range|mis|laisse|rien|fini|decide|vendu|efface))/g,
    'je ai',
  ],
  // Its verbs: cues.txt [je-glued].
  [packedRegExp('je-glued', ')\\b', 'g', '\\bj('), 'je $1'],
  [/\bn(arrive|ai|as|avez|en|est|y|etais|avais|arrete)\b/g, '$1'],
  // "den finir", "dangoisse": the apostrophe dropped.
  [
    /\bd(en|y|etre|avoir|angoisse|anxiete|alcool|urgence|aide|habitude|essayer|essaye|exister|ailleurs|avaler|arreter|appeler|abandonner|oublier)\b/g,
    'de $1',
  ],
  // "lookin at the tracks", "thinkin bout it", "nothin": the final g dropped, in speech.
  // Its stems: cues.txt [dropped-g].
  [packedRegExp('dropped-g', ')in\\b', 'g', '\\b('), '$1ing'],
  [/\b(?:can not|do not|i am|i have|i will|i would)\b/g, ''],
];
const PAIRS: Record<string, string> = {
  'can not': 'cant',
  'do not': 'dont',
  'i am': 'im',
  'i have': 'ive',
  'i will': 'ill',
  'i would': 'id',
};

// Words cut short or spelled to get past filters, in one pass: "t dispo la ?", "au tel",
// "sh again" (self-harm in two letters, only where nothing else fits), "quun" (the
// apostrophe dropped after "qu"), "sewer slide", "su1cide".
const CUT_SHORT =
  // Its words: cues.txt [cut-short].
  packedRegExp('cut-short', '', 'g');
const CUT_SHORT_TO: Record<string, string> = {
  t: 'tu es',
  'au tel': 'au telephone',
  sh: 'self harm',
  qu: 'que ',
  'to to': 'to',
  'myself myself': 'myself',
};
const cutShort = (w: string) => CUT_SHORT_TO[w] ?? 'suicide';

// Elisions typed with no apostrophe at all: "larticle", "lannee", "tinquiete", "sarranger".
// "l" and "d" open before any common word ("larticle" → "le article"); "m", "t" and "s"
// clash with English ("tears", "seven"), so they open only before a few verbs and nouns.
const GLUED = /\b([ldmts])([aeiouyh][a-z]{3,})\b/g;
// Its words: cues.txt [glued-words].
let gluedWords: Set<string> | undefined;
// People by their trade, whom the common-word list lacks: "lhuissier", "linfirmiere",
// "lexaminateur" (someone at the door, on the ward, at the exam).
const TRADES =
  // Its words: cues.txt [trades].
  packedRegExp('trades', '$', '', '^');
function openGlued(word: string, head: string, rest: string): string {
  const words = gazetteer().commonWords;
  // "downed", "lover", "dearly": English words that only look glued.
  // A word, its plural, "larmes" (not "le armes"), "savoir" (not "se avoir"): no elision.
  if (words.has(word) || words.has(word.replace(/s$/, '')) || /^(?:larme|savoir)/.test(word))
    return word;
  // French infinitives end like English nouns: "sarranger" opens, "lover" stays.
  if (
    (gluedWords ??= new Set(packedLines('glued-words'))).has(rest) ||
    (/[ld]/.test(head) && TRADES.test(rest))
  )
    return `${head}e ${rest}`;
  if (/(?:ed|ing|ly|ers?)$/.test(word)) return word;
  const known = (head === 'l' || head === 'd') && words.has(rest);
  return known ? `${head}e ${rest}` : word;
}

// "j'arrive plus à respiré", "mon cœur va explosé", "je peux pas rentré": an infinitive
// typed as its participle, read before the accent is folded away. Only after the verbs that
// take an infinitive: after "a" the participle is one ("il a frappé"), after "à" a noun
// ("à côté").
const INFINITIVE_AS_PARTICIPLE =
  /(?<!\p{L})((?:arrive (?:plus|plu|pas|pa) [aà]|(?:va|vais|vas|peux|peut|peu|veux|veut|dois|doit|faut)(?: (?:pas|pa|plus|plu|jamais))?) \p{L}{2,}?)é(?!\p{L})/giu;

/** Text folded and normalised for the signal patterns. */
export function signalText(sentence: string): string {
  let text = fold(sentence.replace(INFINITIVE_AS_PARTICIPLE, '$1er'))
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\s+/g, ' ')
    // "réponds-moi", "peux-tu", "est-ce": one spelling, with spaces.
    .replace(/(?<=[a-z])-(?=[a-z])/g, ' ')
    .replace(/\b(jusqu|lorsqu|puisqu|quoiqu|quelqu)'/g, '$1e ');
  // French elisions, written with an apostrophe or a space ("j arrive").
  text = text.replace(/\b(j|m|t|s|l|d|c|qu)'(?=[a-z])/g, (_, p: string) => `${p}e `);
  text = text.replace(/\bn'(?=[a-z])/g, '');
  // "aujourd'hui" opens like any elision; typed "aujourd hui" or "aujourdhui", the same.
  text = text.replace(/\baujourd'? ?hui\b/g, 'aujourde hui');
  text = text.replace(/(?<!'|\bi )\b([jm]|qu) (?=[aeiouyh])/g, '$1e ');
  text = text.replace(/\bd(une?)\b/g, 'de $1').replace(GLUED, openGlued);
  // "ils mont enfermée", "elles tont dit": "m'ont", "t'ont" typed without the apostrophe.
  text = text.replace(/\b(ils|elles|qui) ([mt])ont\b/g, '$1 $2e ont');
  // "jpleurais", "jrevis", "jsers": "je" glued to any verb (no French word starts so).
  text = text.replace(/\bj(?=[bcdfgklmnpqrstvz][a-z]{2,}\b)/g, 'je ');
  // English contractions closed: "don't" → "dont".
  text = text.replace(/([a-z])'(?=(?:t|m|s|re|ve|d|ll)\b)/g, '$1');
  text = expandShorthand(text);
  text = text.replace(CUT_SHORT, cutShort);
  for (const [re, to] of SMS)
    text = to === '' ? text.replace(re, (pair) => PAIRS[pair]) : text.replace(re, to);
  text = text.replace(/\bne\b ?/g, '');
  return text.replace(/ {2,}/g, ' ').trim();
}
