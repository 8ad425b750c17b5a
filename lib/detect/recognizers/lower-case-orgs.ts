// Companies written in lower case or as common words, known from the words around
// them: "je bosse pour castorama", "mon employeur decathlon", "le groupe peyrache".
import { gazetteer } from '../gazetteer.ts';
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

// "la banque autrichienne", "le cabinet parisien": an adjective, not a name. Of the
// endings in -el only the adjectives' (-uel, -iel, -nnel, -urel): Fauvel, Martel are names.
const ADJECTIVE_ENDING =
  /(?:ien|ienne|ais|aise|ois|oise|ain|aine|ique|al|ale|aux|(?:u|i|nn|ur)elle?|if|ive|eux|euse)$/;

/** Index after a company whose name starts with a head noun, in lower case
 * ("transports mauduit", "groupe peyrache"), or i when there is none. */
export function headedOrgEnd(tokens: Token[], i: number): number {
  const head = tokens[i];
  const name = tokens[i + 1];
  if (!LOWER_CASE_HEADS.has(head.key) || !name || name.gap !== ' ' || name.capitalised) return i;
  // A known surname wins over an adjective's ending ("ets fauvel", "groupe michel").
  const known = gazetteer().surnames.has(name.key);
  return surnameLike(name) && (known || !ADJECTIVE_ENDING.test(name.key)) ? i + 2 : i;
}

/** Index after the words of a lower-case company name starting at i: the word, and
 * one more when it is no common word ("peyrache distribution" stops at a word). */
export function lowerCaseOrgEnd(tokens: Token[], i: number): number {
  const next = tokens[i + 1];
  if (next && next.gap === ' ' && !next.capitalised && surnameLike(next)) return i + 2;
  return i + 1;
}

// A role given right after the name: "contoso as our cloud provider", "on a pris
// mauduit comme prestataire".
const ROLE_AFTER =
  /^(?:as (?:our|my|the|their|a|an|his|her) (?:new |main |cloud |it |preferred )?(?:provider|supplier|vendor|client|customer|partner|contractor|subcontractor|insurer|bank|employer|reseller|distributor)|comme (?:nouveau |nouvelle |seul |principal )?(?:fournisseur|prestataire|client|cliente|partenaire|assureur|banque|employeur|sous-traitant|distributeur|transporteur))\b/;

/** True when the words after token i give it a company's role. */
export function companyRoleAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.gap !== ' ' || (next.key !== 'as' && next.key !== 'comme')) return false;
  const after = tokens
    .slice(i + 1, i + 6)
    .map((t) => t.key)
    .join(' ');
  return ROLE_AFTER.test(after);
}
