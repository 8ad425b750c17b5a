import { packedRegExp } from './cue.ts';
import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';

// The form every signal pattern is written against. Signals return no offsets, so the
// text may change length: accents and case folded, French elisions opened ("j'en" →
// "je en"), the optional "ne" dropped ("je n'en peux plus" and "jpp" read the same),
// English contractions closed ("I'm" → "im", "can't" → "cant"), and the SMS spellings
// people type on a phone expanded.

// Whole words, replaced in one pass.
const SMS_WORDS: Record<string, string> = {
  jpp: 'je en peux plus',
  jsp: 'je sais pas',
  chui: 'je suis',
  chuis: 'je suis',
  chu: 'je suis',
  jsuis: 'je suis',
  jsui: 'je suis',
  jss: 'je suis',
  tkt: 'te inquiete',
  stp: 'please',
  svp: 'please',
  stpl: 'please',
  pls: 'please',
  plz: 'please',
  plse: 'please',
  pk: 'pourquoi',
  pq: 'pourquoi',
  pkoi: 'pourquoi',
  pourkoi: 'pourquoi',
  pcq: 'parce que',
  mtn: 'maintenant',
  mnt: 'maintenant',
  mtnt: 'maintenant',
  tt: 'tout',
  ds: 'dans',
  bcp: 'beaucoup',
  qd: 'quand',
  dsl: 'desole',
  ya: 'il y a',
  pr: 'pour',
  ct: 'ce etait',
  cest: 'ce est',
  u: 'you',
  ur: 'your',
  rn: 'right now',
  idk: 'i dont know',
  wanna: 'want to',
  gonna: 'going to',
  cannot: 'cant',
  vs: 'vous',
  tte: 'toute',
  ttes: 'toutes',
  tmrw: 'tomorrow',
  yr: 'year',
  yrs: 'years',
  tmr: 'tomorrow',
  rly: 'really',
  thru: 'through',
  tho: 'though',
  hab: 'habitude',
  sdb: 'salle de bain',
  rep: 'reponds',
  tjrs: 'toujours',
  tjr: 'toujours',
  qqn: 'quelque un',
  qqch: 'quelque chose',
  vrmt: 'vraiment',
  ptet: 'peut etre',
  jvx: 'je veux',
  jvais: 'je vais',
  jpense: 'je pense',
  jcrois: 'je crois',
  jfume: 'je fume',
  jfais: 'je fais',
  anxio: 'anxiolytiques',
  anxios: 'anxiolytiques',
  medoc: 'medicaments',
  medocs: 'medicaments',
  // English shorthand and the words people use to get past filters.
  idw: 'i dont want to',
  idwanna: 'i dont want to',
  kms: 'kill myself',
  unalive: 'kill myself',
  unaliving: 'killing myself',
  unalived: 'killed myself',
  sewerslide: 'suicide',
  ngl: '',
  tbh: '',
  cuz: 'because',
  bc: 'because',
  abt: 'about',
  ppl: 'people',
  // Typed on a phone, English and French.
  wud: 'would',
  cud: 'could',
  shud: 'should',
  thx: 'thanks',
  thnx: 'thanks',
  thanx: 'thanks',
  dissapear: 'disappear',
  disapear: 'disappear',
  jveu: 'je veux',
  cos: 'because',
  coz: 'because',
  dunno: 'dont know',
  no1: 'no one',
  nvr: 'never',
  urself: 'yourself',
  cetait: 'ce etait',
  psk: 'parce que',
  paske: 'parce que',
  ke: 'que',
  tro: 'trop',
  ajd: 'aujourde hui',
  mest: 'me est',
  leau: 'le eau',
  cba: 'cant',
  auj: 'aujourde hui',
};
const SMS_WORD = new RegExp(`\\b(?:${Object.keys(SMS_WORDS).join('|')})\\b`, 'g');

// Words glued to a pronoun ("jveux", "narrive"), and a few that depend on what follows.
const SMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bse il (?:te|vous) plait\b/g, 'please'],
  // "s'il m'arrive quelque chose": "si il", as the cues write it.
  [/\bse (?=ils?\b)/g, 'si '],
  [/(?<=\b(?:think\w*|talk\w*|all|what|how) )bout\b/g, 'about'],
  [/\bjpeu[xt]? plus?\b/g, 'je peux plus'],
  [/\bc\b(?= (?:trop|tellement|pas|fini|foutu|mort|la|plus|bon|grave))/g, 'ce est'],
  [
    /\bg\b(?= (?:envie|peur|besoin|pris|bu|avale|pense|plus|pas|mal|fait|tout|donne|ecrit|dit|range|mis|laisse|rien|fini|decide|vendu|efface))/g,
    'je ai',
  ],
  [
    /\bj(ai|en|y|arrive|arrete|etouffe|entends|etais|avais|aimerais|aurais|ecris|me|te|vais|veux|veu|peux|peu|sais|fais|pense|crois|pleure|dois|bois|prends|dors|mange|tiens|tape|coupe|fume|picole|panique|sens|tremble|supporte|ose|attends|espere|vois|voudrais|suis|pense|peux)\b/g,
    'je $1',
  ],
  [/\bn(arrive|ai|as|avez|en|est|y|etais|avais|arrete)\b/g, '$1'],
  // "den finir", "dangoisse": the apostrophe dropped.
  [
    /\bd(en|y|etre|avoir|angoisse|anxiete|alcool|urgence|aide|habitude|essayer|essaye|exister|ailleurs)\b/g,
    'de $1',
  ],
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
const GLUED_WORDS = new Set(
  'ecoute ecoutent accueil adieu etouffe arranger arrange envoyer envoie envoye inquiete inquieter aider appeler appelle attend attendre apero avoir etre aller entrer ecrire excuser excuse occuper occupe habitude endormir effondre ecroule enfuir eteindre exploser ouvrir enferme enfermer enfermee avenir espoir'.split(
    ' ',
  ),
);
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
  if (GLUED_WORDS.has(rest) || (/[ld]/.test(head) && TRADES.test(rest))) return `${head}e ${rest}`;
  if (/(?:ed|ing|ly|ers?)$/.test(word)) return word;
  const known = (head === 'l' || head === 'd') && words.has(rest);
  return known ? `${head}e ${rest}` : word;
}

/** Text folded and normalised for the signal patterns. */
export function signalText(sentence: string): string {
  let text = fold(sentence)
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
  text = text.replace(SMS_WORD, (word) => SMS_WORDS[word]);
  text = text.replace(CUT_SHORT, cutShort);
  for (const [re, to] of SMS)
    text = to === '' ? text.replace(re, (pair) => PAIRS[pair]) : text.replace(re, to);
  text = text.replace(/\bne\b ?/g, '');
  return text.replace(/ {2,}/g, ' ').trim();
}
