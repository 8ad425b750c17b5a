// Companies written in lower case or as common words, known from the words around
// them: "je bosse pour castorama", "mon employeur decathlon", "le groupe peyrache".
import { gazetteer } from '../gazetteer.ts';
import { words } from '../lexicon/words.ts';
import type { Token } from '../tokenize.ts';
import { surnameLike } from './lower-case-names.ts';

// Working for, at or with an employer, in French and English.
const EMPLOYER_BEFORE =
  /(?:(?:^|\s)(?:bosse|bossé|bosser|bossais|travaille|travaillé|travailler|travaillais|taffe|taf|stage|alternance|embauch\S*|recrut\S*|postul\S*|entretien|cdi|cdd|int[ée]rim|works?|working|worked|interning|internship|interview|shifts?|weekends|nights|job|placement|trial|extras?)\s+(?:chez|pour|à|a|dans|at|for)\s+(?:(?:la|le)\s+|l')?|(?:^|\s)(?:mon|ma|notre|son|sa|leur|my|our|his|her)\s+(?:employeur|boite|boîte|entreprise|soci[ée]t[ée]|ancienne boite|ancienne boîte|ancien employeur|client|cliente|fournisseur|prestataire|employer|company|former employer)\s+)$/i;

// Last words of EMPLOYER_BEFORE: the pattern is read only after one of them.
const EMPLOYER_ENDS = words(
  'chez pour a à dans at for la le l employeur boite entreprise societe client cliente fournisseur prestataire employer company',
);

/** True when the text before a word says it names an employer. `previousKey` is the
 * folded word just before it. */
export function employerBefore(before: string, previousKey: string): boolean {
  return EMPLOYER_ENDS.has(previousKey) && EMPLOYER_BEFORE.test(before);
}

// Head nouns that start a company's name even in lower case, with the legal forms
// ("sarl ferreira", "eurl martins"); "garage" or "boucherie" are too often places, so
// they count only before a known surname or a family ending ("garage pereira freres").
const LOWER_CASE_HEADS = words(
  'groupe cabinet ets etablissements transports menuiserie menuiseries imprimerie laboratoires societe entreprise assurances constructions industries plomberie electricite editions boulangerie fromagerie charpentes sarl sas sasu eurl sci snc selarl',
);
const PLACE_HEADS = words(
  'garage boucherie charcuterie pharmacie cave epicerie traiteur restaurant boulangerie patisserie',
);
const NAME_PARTICLES = words('de du des da dos das do di van von');
// What may end a small business's name: the family ("et fils", "freres") or its trade.
const FAMILY_ENDS = words('freres fils soeurs associes');
const TRADE_ENDS = words(
  'batiment peinture paysages paysage renovation plomberie electricite services transports couverture menuiserie maconnerie immobilier conseil distribution nettoyage automobiles auto btp elagage multiservices',
);

// "la banque autrichienne", "le cabinet parisien": an adjective, not a name. Of the
// endings in -el only the adjectives' (-uel, -iel, -nnel, -urel): Fauvel, Martel are names.
const ADJECTIVE_ENDING =
  /(?:ien|ienne|ais|aise|ois|oise|ain|aine|ique|al|ale|aux|(?:u|i|nn|ur)elle?|if|ive|eux|euse)$/;

const glued = (t: Token | undefined): t is Token =>
  t !== undefined && t.gap === ' ' && !t.capitalised;

/** Index after a company whose name starts with a head noun, in lower case
 * ("transports mauduit", "sarl ferreira batiment", "garage dos reis et fils"), or i
 * when there is none. */
export function headedOrgEnd(tokens: Token[], i: number): number {
  const head = tokens[i];
  const placeHead = PLACE_HEADS.has(head.key);
  if (!LOWER_CASE_HEADS.has(head.key) && !placeHead) return i;
  let k = i + 1;
  // "garage dos reis", "sas de la tour": particles before the surname.
  while (
    k < i + 3 &&
    NAME_PARTICLES.has(tokens[k]?.key ?? '') &&
    glued(tokens[k]) &&
    glued(tokens[k + 1])
  )
    k++;
  const name = tokens[k];
  if (!glued(name)) return i;
  const g = gazetteer();
  // A known surname wins over an adjective's ending ("ets fauvel", "groupe michel").
  const known = g.surnames.has(name.key) || g.ambiguousSurnames.has(name.key);
  if (!surnameLike(name) || (!known && ADJECTIVE_ENDING.test(name.key))) return i;
  let end = k + 1;
  const after = tokens[end];
  const family =
    glued(after) &&
    (FAMILY_ENDS.has(after.key) ||
      (after.key === 'et' && FAMILY_ENDS.has(tokens[end + 1]?.key ?? '')));
  if (family) end += after.key === 'et' ? 2 : 1;
  else if (glued(after) && TRADE_ENDS.has(after.key)) end++;
  if (placeHead && !known && !family) return i;
  return end;
}

// "oakwood care home", "st brendans care home": a care home is named like a company.
export function careHomeEnd(tokens: Token[], i: number): number {
  let k = i;
  if (tokens[k].key === 'st' && glued(tokens[k + 1])) k++;
  const name = tokens[k];
  if (
    glued(tokens[k + 1]) &&
    tokens[k + 1].key === 'care' &&
    glued(tokens[k + 2]) &&
    tokens[k + 2].key === 'home' &&
    name.key.length >= 4 &&
    !gazetteer().commonWords.has(name.key) &&
    !/^(?:the|this|that|our|my|your|their|his|her|a|an)$/.test(name.key)
  )
    return k + 3;
  return i;
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
