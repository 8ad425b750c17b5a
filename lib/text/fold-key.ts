/**
 * Lower case without accents, invisible format characters or surrounding spaces: how list
 * entries and chat titles are compared. WhatsApp wraps names in direction marks
 * (U+202A…U+202E, U+2066…U+2069), which are format characters (\p{Cf}).
 */
export function foldKey(value: string): string {
  return stripFormatCharacters(value)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text without invisible format characters (direction marks, zero-width joiners…). */
export function stripFormatCharacters(value: string): string {
  return value.replace(/\p{Cf}/gu, '');
}
