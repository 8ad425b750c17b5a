// Findings → placeholders. Pure: no DOM, no browser API.
export { anonymize, placeholdersFor } from './anonymize';
export type { AnonymizableFinding, Anonymized, PlaceholderReplacement } from './anonymize';
export { placeholderStyle, letterFor } from './labels';
export type { PlaceholderLang, PlaceholderStyle } from './labels';
