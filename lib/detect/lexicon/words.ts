/** A set of words written as one space-separated list: how the lexicons are kept. */
export const words = (list: string): Set<string> => new Set(list.split(/[\s|]+/).filter(Boolean));
