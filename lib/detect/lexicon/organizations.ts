import { gazetteer } from '../gazetteer.ts';
import { words } from './words.ts';

// Well-known companies: lexicon/known-organizations.txt, shipped inside the packed gazetteer.
export interface KnownOrg {
  /** Accent-folded lower-case tokens. */
  tokens: string[];
  commonWord: boolean;
}

const ORG_TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-&+.][\p{L}\p{M}\p{N}]+)*/gu;

export function orgTokens(name: string, foldFn: (s: string) => string): string[] {
  return [...foldFn(name).matchAll(ORG_TOKEN)].map((m) => m[0]);
}

export function knownOrganizations(foldFn: (s: string) => string): Map<string, KnownOrg[]> {
  const byFirst = new Map<string, KnownOrg[]>();
  // The list (known-organizations.txt) ships deflated in the gazetteer.
  for (const entry of gazetteer().knownOrganizations.split(/[|\n]/)) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const commonWord = trimmed.endsWith('*');
    const tokens = orgTokens(trimmed.replace(/\*$/, ''), foldFn);
    if (tokens.length === 0) continue;
    const list = byFirst.get(tokens[0]) ?? [];
    list.push({ tokens, commonWord });
    byFirst.set(tokens[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

/** Words after which a name is an employer, client or supplier. */
export const ORG_TRIGGERS = words(
  'chez client cliente clients societe groupe entreprise fournisseur fournisseurs prestataire boite enseigne filiale employeur rachat rachete racheté partenaire concurrent at joined join joining for',
);

/** First words of a company's own name ("Cabinet Prévost", "Ateliers du Vercors"). */
export const ORG_HEADS =
  words(`cabinet groupe ateliers atelier hopital polyclinique maternite imprimerie fromagerie menuiserie menuiseries boulangerie patisserie charpente charpentes ehpad clinique
  banque agence societe laboratoires laboratoire hotel restaurant garage transports transport entreprise etablissements ets association
  fondation institut cooperative scierie brasserie domaine chateau pharmacie librairie editions studio studios maison manufacture
  industries industrie constructions batiment plomberie electricite boucherie epicerie traiteur cave caves fermes ferme residence
  assurances mutuelle conseil consulting solutions services technologies systems labs group holding partners company corporation
  bank foods`);

/** Sector nouns that end an English company's name ("Kestrel Logistics", "Brightwell
 * Health", "Apple Tree Bakery"). */
export const ORG_TAILS = words(
  'logistics freight health healthcare care dental bakery bakeries nurseries nursery analytics consulting solutions systems technologies labs group holdings partners services recruitment builders construction engineering haulage removals catering cleaning motors garage plumbing electrical properties lettings estates insurance finance capital ventures media studios foods farms brewery pharmacy clinic surgery solicitors lawyers accountants architects surveyors associates supplies supply trading interim hospitals couriers staffing homecare',
);

/** Legal forms that end a company name. */
export const LEGAL_FORMS = words(
  'sa sas sasu sarl eurl sci snc scop sca gie sem selarl asbl sprl bvba gmbh ag ltd llc inc plc bv nv spa srl corp co',
);
