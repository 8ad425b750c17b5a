import type { Candidate, EntityType } from './types.ts';

// When findings overlap, the most specific kind wins: a checked identifier over a
// phone number, an address over the street name read as a person.
const PRIORITY: Record<EntityType, number> = {
  EMAIL: 0,
  LINK: 1,
  IBAN: 2,
  NIR: 3,
  CARD: 4,
  SIRET: 5,
  PHONE: 6,
  DOB: 7,
  PLATE: 8,
  ADDRESS: 9,
  ORG: 10,
  PERSON: 11,
};

/** Sorted by start, without overlaps. Watch-list hits (score 1) come first of all. */
export function resolveOverlaps(candidates: Candidate[], textLength: number): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      (b.score === 1 ? 1 : 0) - (a.score === 1 ? 1 : 0) ||
      PRIORITY[a.type] - PRIORITY[b.type] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: Candidate[] = [];
  const taken = new Uint8Array(textLength);
  for (const c of ranked) {
    if (c.end <= c.start || c.end > textLength) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
