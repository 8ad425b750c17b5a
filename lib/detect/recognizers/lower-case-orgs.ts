// Companies written in lower case or as common words, known from the words around
// them: "je bosse pour castorama", "mon employeur decathlon", "le groupe peyrache".
import { words } from '../lexicon/words.ts';
import type { Token } from '../tokenize.ts';
import { surnameLike } from './lower-case-names.ts';

// Working for, at or with an employer, in French and English.
const EMPLOYER_BEFORE =
  /(?:(?:^|\s)(?:bosse|bossé|bosser|bossais|travaille|travaillé|travailler|travaillais|taffe|taf|stage|alternance|embauch\S*|recrut\S*|postul\S*|entretien|cdi|cdd|int[ée]rim|works?|working|worked|interning|internship)\s+(?:chez|pour|à|a|dans|at|for)\s+(?:(?:la|le)\s+|l')?|(?:^|\s)(?:mon|ma|notre|son|sa|leur|my|our|his|her)\s+(?:employeur|boite|boîte|entreprise|soci[ée]t[ée]|ancienne boite|ancienne boîte|ancien employeur|client|cliente|fournisseur|prestataire|employer|company|former employer)\s+)$/i;

// Last words of EMPLOYER_BEFORE: the pattern is read only after one of them.
const EMPLOYER_ENDS = words(
  'chez pour a à dans at for la le l employeur boite entreprise societe client cliente fournisseur prestataire employer company',
);

/** True when the text before a word says it names an employer. `previousKey` is the
 * folded word just before it. */
export function employerBefore(before: string, previousKey: string): boolean {
  return EMPLOYER_ENDS.has(previousKey) && EMPLOYER_BEFORE.test(before);
}

// Head nouns that start a company's name even in lower case; "maison", "garage" or
// "restaurant" are too often just places.
const LOWER_CASE_HEADS = words(
  'groupe cabinet ets etablissements transports menuiserie menuiseries imprimerie laboratoires societe entreprise assurances constructions industries plomberie electricite editions boulangerie fromagerie charpentes',
);

// "la banque autrichienne", "le cabinet parisien": an adjective, not a name.
const ADJECTIVE_ENDING =
  /(?:ien|ienne|ais|aise|ois|oise|ain|aine|ique|al|ale|aux|el|elle|if|ive|eux|euse)$/;

/** Index after a company whose name starts with a head noun, in lower case
 * ("transports mauduit", "groupe peyrache"), or i when there is none. */
export function headedOrgEnd(tokens: Token[], i: number): number {
  const head = tokens[i];
  const name = tokens[i + 1];
  if (!LOWER_CASE_HEADS.has(head.key) || !name || name.gap !== ' ' || name.capitalised) return i;
  return surnameLike(name) && !ADJECTIVE_ENDING.test(name.key) ? i + 2 : i;
}

/** Index after the words of a lower-case company name starting at i: the word, and
 * one more when it is no common word ("peyrache distribution" stops at a word). */
export function lowerCaseOrgEnd(tokens: Token[], i: number): number {
  const next = tokens[i + 1];
  if (next && next.gap === ' ' && !next.capitalised && surnameLike(next)) return i + 2;
  return i + 1;
}
