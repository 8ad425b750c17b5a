// A message is plain text with {name} placeholders, or a plural pair chosen by {n}.
export type Plural = { one: string; other: string };
export type Message = string | Plural;

/**
 * Declares one area's messages: French first (the reference), English with exactly the
 * same keys, so a missing translation is a type error rather than a blank in the UI.
 */
export function defineMessages<const T extends Record<string, Message>>(
  fr: T,
  en: { [K in keyof T]: T[K] extends Plural ? Plural : string },
): { fr: T; en: { [K in keyof T]: Message } } {
  return { fr, en };
}
