// Hashing text into feature numbers for Cadre's learnt readers (signals/model-features.ts,
// recognizers/name-features.ts): FNV-1a, continued from a prefix so that no substring is
// built. A feature is a number below 2^bits; collisions are rare at the sizes used.

export const FNV_START = 2166136261;

/** FNV-1a over text[start, end), continued from `hash`. */
export function fnvRun(hash: number, text: string, start = 0, end = text.length): number {
  let h = hash;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

/** The hash as a feature number below 2^bits. */
export const featureOf = (hash: number, bits: number): number => (hash >>> 0) & ((1 << bits) - 1);
