import type { EntityType } from '../detect/types';

export type PlaceholderLang = 'fr' | 'en';

/** How a placeholder names its value: numbered people, lettered companies, or one fixed word. */
export type PlaceholderStyle =
  | { kind: 'numbered'; word: string }
  | { kind: 'lettered'; word: string }
  | { kind: 'fixed'; word: string };

const FR: Record<EntityType, PlaceholderStyle> = {
  PERSON: { kind: 'numbered', word: 'Personne' },
  ORG: { kind: 'lettered', word: 'Entreprise' },
  EMAIL: { kind: 'fixed', word: 'e-mail' },
  PHONE: { kind: 'fixed', word: 'téléphone' },
  IBAN: { kind: 'fixed', word: 'IBAN' },
  CARD: { kind: 'fixed', word: 'carte' },
  NIR: { kind: 'fixed', word: 'n° de sécurité sociale' },
  SIRET: { kind: 'fixed', word: 'SIRET' },
  ADDRESS: { kind: 'fixed', word: 'adresse' },
  LINK: { kind: 'fixed', word: 'lien interne' },
  PLATE: { kind: 'fixed', word: 'immatriculation' },
  DOB: { kind: 'fixed', word: 'date de naissance' },
};

const EN: Record<EntityType, PlaceholderStyle> = {
  PERSON: { kind: 'numbered', word: 'Person' },
  ORG: { kind: 'lettered', word: 'Company' },
  EMAIL: { kind: 'fixed', word: 'email' },
  PHONE: { kind: 'fixed', word: 'phone' },
  IBAN: { kind: 'fixed', word: 'IBAN' },
  CARD: { kind: 'fixed', word: 'card' },
  NIR: { kind: 'fixed', word: 'social security number' },
  SIRET: { kind: 'fixed', word: 'SIRET' },
  ADDRESS: { kind: 'fixed', word: 'address' },
  LINK: { kind: 'fixed', word: 'internal link' },
  PLATE: { kind: 'fixed', word: 'licence plate' },
  DOB: { kind: 'fixed', word: 'date of birth' },
};

export function placeholderStyle(type: EntityType, lang: PlaceholderLang): PlaceholderStyle {
  return (lang === 'en' ? EN : FR)[type];
}

/** 0 → A, 25 → Z, 26 → AA: enough companies for any message. */
export function letterFor(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}
