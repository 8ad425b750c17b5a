// A business named by its trade and the name its owner gave it, as typed in lower case in
// a sentence about work or trade: "je bosse au restaurant le petit zinc", "le camping les
// flots bleus cherche des saisonniers", "serveuse au café des sports", "my boss at the
// golden dragon takeaway". The same words name no one in "au restaurant le soir", "le
// salon de coiffure", "the local pub": the name must be no time, place, person or kind.
import { gazetteer } from '../gazetteer.ts';
import { MONTHS_AND_DAYS } from '../lexicon/not-names.ts';
import { anyOf, wordList } from '../lexicon/word-lists.ts';
import { words } from '../lexicon/words.ts';
import type { Token } from '../tokenize.ts';
import { ADJECTIVE_ENDING, employedAfter } from './lower-case-orgs.ts';

// Trades whose name follows them (French), and trades that end an English name.
const TRADE_HEADS = wordList('business-heads');
// Trades named by a complement ("café des sports"); not a fair, an institute or a field
// ("salon de l'emploi", "institut du cancer", "le domaine de la santé").
const NOT_HEADS_OF = wordList('business-heads-without-of');
const HEADS_OF = { has: (key: string) => TRADE_HEADS.has(key) && !NOT_HEADS_OF.has(key) };
const NOT_BEFORE_HEAD = anyOf(wordList('possessives'), words('un une a an'));
const TRADE_TAILS = wordList('business-tails');
// Words saying the sentence is about a job, an employer, a client or a supplier.
const BUSINESS_CUES = wordList('business-cues');
// After a trade and its article: a time, a person there, what is served or how it goes.
const NOT_A_NAME = anyOf(
  wordList('ordinary-after-place'),
  wordList('not-a-shop-name'),
  wordList('not-after-article'),
  wordList('not-a-business-name'),
  wordList('determiners'),
);
// Joins and stops between the words of a name.
const STOPS = anyOf(wordList('not-name'), wordList('name-stops'), wordList('form-stops'));
// Words before a plural or a noun that belong to the name: "le petit zinc", "le vieux moulin".
const NAME_ADJECTIVES = wordList('name-adjectives');
// What kind of pub or farm it is, not its name: "the local pub", "a dairy farm".
const GENERIC_KINDS = wordList('generic-kinds');
const TRADE_ENDS = wordList('trade-ends');
// Particles of a surname that no French word is: "da costa", "van damme", "ben ali".
const OWNER_PARTICLES = words('da das do dos di van von ben bin el al');

const lower = (t: Token | undefined): t is Token =>
  t !== undefined && !t.capitalised && (t.gap === ' ' || t.gap === "'" || t.gap === '’');

/** A word that may be (part of) a business's own name. */
function nameWord(t: Token | undefined): t is Token {
  if (!lower(t) || t.key.length < 3 || /\d/.test(t.key)) return false;
  const g = gazetteer();
  // "les midis", "les serveurs": the plural of a word that names nothing.
  const stem = t.key.replace(/[sx]$/, '');
  return (
    !NOT_A_NAME.has(t.key) &&
    !NOT_A_NAME.has(stem) &&
    !BUSINESS_CUES.has(stem) &&
    !STOPS.has(t.key) &&
    !MONTHS_AND_DAYS.has(t.key) &&
    !MONTHS_AND_DAYS.has(stem) &&
    !g.places.has(t.key) &&
    !BUSINESS_CUES.has(t.key)
  );
}

// "mon boss au restaurant la veut pas": an object pronoun and its verb, no article and name.
const PRONOUN_VERBS = wordList('object-pronoun-verbs');
const pronounThenVerb = (t: Token | undefined): boolean =>
  t !== undefined && (PRONOUN_VERBS.has(t.key) || /(?:ait|aient)$/.test(t.key));

/** Index after a name that starts at k: one word, an adjective and its noun, a plural
 * and its adjective, and a complement after "de", "d'", "du", "des" ("le soleil d'or"). */
function nameEnd(tokens: readonly Token[], k: number): number {
  // "le petit zinc", "le vieux moulin": an adjective before the noun.
  if (NAME_ADJECTIVES.has(tokens[k]?.key ?? '') && lower(tokens[k]) && nameWord(tokens[k + 1]))
    return k + 2;
  if (!nameWord(tokens[k])) return k;
  let end = k + 1;
  const first = tokens[k].key;
  const second = tokens[end];
  if (
    nameWord(second) &&
    second.gap === ' ' &&
    (/[sx]$/.test(first) ? /[sx]$/.test(second.key) : !gazetteer().commonWords.has(second.key))
  )
    end++;
  // "coiff'idées": a pun glued by an apostrophe.
  if (end === k + 1 && /^['’]$/.test(tokens[end]?.gap ?? '') && nameWord(tokens[end])) end++;
  // "la table d'olivier", "domaine de la janasse".
  const join = tokens[end];
  if (lower(join) && /^(?:de|d|du|des)$/.test(join.key)) {
    let n = end + 1;
    if ((join.key === 'de' && tokens[n]?.key === 'la') || tokens[n]?.key === 'l') n++;
    // "aux saveurs du maroc": a place may close a name that has begun.
    const u = tokens[n];
    const place = lower(u) && gazetteer().places.has(u.key);
    if (place || nameWord(u)) end = n + 1;
  }
  return end;
}

// A business that calls or writes: "le traiteur saveurs d'asie a appelé".
const CALLED_AFTER =
  /^(?:(?:m |a |m a |nous a |has |have )?(?:appele|appelee|rappele|rappelee|called|rang|phoned|emailed|texted|contacte|contactee|sent me|sent us))\b/;

/** True when the words after a name at `to` say it hires, pays, calls or sends someone. */
const actsAfter = (tokens: readonly Token[], to: number): boolean =>
  employedAfter(tokens, to - 1) ||
  CALLED_AFTER.test(
    tokens
      .slice(to, to + 4)
      .map((t) => t.key)
      .join(' '),
  );

/** True when the sentence speaks of work or trade, or the words after the name say it
 * hires or serves. */
function businessSentence(tokens: readonly Token[], from: number, to: number): boolean {
  return (
    tokens.some(
      (t, k) =>
        (k < from || k >= to) &&
        (BUSINESS_CUES.has(t.key) || BUSINESS_CUES.has(t.key.replace(/[sx]$/, ''))),
    ) ||
    actsAfter(tokens, to) ||
    // "on m'a pris au camping les mimosas": taken on there.
    tokens.some(
      (t, k) =>
        k < from && t.key === 'pris' && tokens[k - 1]?.key === 'a' && tokens[k - 2]?.key === 'm',
    )
  );
}

/** Index after a French trade and its name at i ("restaurant le petit zinc", "café des
 * sports", "salon coiff'idées"), or i. */
export function tradeWithNameEnd(tokens: readonly Token[], i: number): number {
  const head = tokens[i];
  if (!TRADE_HEADS.has(head.key)) return i;
  // "un salon d'ongles", "leur boulangerie de la gare": a kind of shop, or someone's.
  if (NOT_BEFORE_HEAD.has(tokens[i - 1]?.key ?? '')) return i;
  const a = tokens[i + 1];
  if (!lower(a) || a.gap !== ' ') return i;
  const g = gazetteer();
  const k =
    /^(?:le|la|les|l)$/.test(a.key) || (HEADS_OF.has(head.key) && /^(?:du|des|au|aux)$/.test(a.key))
      ? i + 2
      : HEADS_OF.has(head.key) && a.key === 'de' && /^(?:la|l)$/.test(tokens[i + 2]?.key ?? '')
        ? i + 3
        : // "le comptoir de maore": a word no dictionary has after "de".
          HEADS_OF.has(head.key) &&
            a.key === 'de' &&
            nameWord(tokens[i + 2]) &&
            !g.commonWords.has(tokens[i + 2].key)
          ? i + 2
          : // "pizzeria bella napoli", "salon coiff'idées": a word no dictionary has.
            !ADJECTIVE_ENDING.test(a.key) &&
              // "pharmacie hospitalière", "restaurant universitaire": a kind, no name.
              !/(?:iere|ier|aire|able|ible|ee)$/.test(a.key.replace(/s$/, '')) &&
              !/^d[eu]s?$/.test(a.key) &&
              // "agence dinterim": an elision glued to a word; "cabinet kpmg": an acronym.
              !(/^[dl][aeiouyh]/.test(a.key) && g.commonWords.has(a.key.slice(1))) &&
              /[aeiouy]/.test(a.key)
            ? i + 1
            : -1;
  if (k < 0) return i;
  if (k === i + 2 && pronounThenVerb(tokens[k])) return i;
  // "carrosserie da costa", "garage van damme": the owner's name with its particle.
  const owner = k === i + 1 && OWNER_PARTICLES.has(a.key) && nameWord(tokens[i + 2]);
  let end = nameEnd(tokens, owner ? i + 2 : k);
  if (owner && end === i + 2) return i;
  if (end === k) return i;
  // A common word alone after a trade is a kind or a thing ("salon coiffure", "bar
  // karaoké"); two words or a complement make a name ("institut beauté divine").
  if (k === i + 1 && end === k + 1 && g.commonWords.has(a.key)) return i;
  // "agence horizon immobilier": its trade closes the name.
  if (lower(tokens[end]) && tokens[end].gap === ' ' && TRADE_ENDS.has(tokens[end].key)) end++;
  return businessSentence(tokens, i, end) ? end : i;
}

/** Index after an English business named before its trade at i ("golden dragon
 * takeaway", "meadowbank farm"), or i: one word no dictionary has, or two words that are
 * no kind of business ("the local pub", "the dairy farm"). */
export function nameWithTradeEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  // At a sentence's start only when it acts: "bright futures agency sent me home".
  const opening = i === 0 && !first.capitalised;
  if (!opening && (!lower(first) || first.gap !== ' ')) return i;
  const previous = tokens[i - 1]?.key;
  if (
    !opening &&
    previous !== 'the' &&
    previous !== 'at' &&
    previous !== 'for' &&
    previous !== 'from'
  )
    return i;
  const g = gazetteer();
  const plain = (t: Token | undefined): t is Token =>
    t !== undefined &&
    (t === first ? opening || lower(t) : lower(t) && t.gap === ' ') &&
    t.key.length >= 3 &&
    !GENERIC_KINDS.has(t.key) &&
    !STOPS.has(t.key) &&
    !TRADE_TAILS.has(t.key) &&
    !/ings?$|ese$|ian$|ish$/.test(t.key);
  let end = i;
  if (plain(first) && lower(tokens[i + 1]) && TRADE_TAILS.has(tokens[i + 1].key)) {
    if (g.commonWords.has(first.key)) return i;
    end = i + 2;
  } else if (plain(first) && plain(tokens[i + 1]) && TRADE_TAILS.has(tokens[i + 2]?.key ?? ''))
    end = i + 3;
  if (end === i || tokens[end - 1].gap !== ' ') return i;
  if (opening) return actsAfter(tokens, end) ? end : i;
  return businessSentence(tokens, i, end) ? end : i;
}
