import type { Candidate } from '../types.ts';

// French plates since 2009 (SIV): AB-123-CD, letters without I, O, U.
const SIV = /(?<![\p{L}\d-])([A-HJ-NP-TV-Z]{2})([- ]?)(\d{3})\2([A-HJ-NP-TV-Z]{2})(?![\p{L}\d-])/gu;
// Older plates (FNI), "123 ABC 75", only after a word about a vehicle.
const FNI = /(?<![\p{L}\d])\d{1,4} ?[A-Z]{2,3} ?(?:\d\d|2A|2B|97\d)(?![\p{L}\d])/gu;
const VEHICLE_CONTEXT =
  /(?:immatricul|plaque|voiture|véhicule|vehicule|camion|camionnette|utilitaire|moto|scooter|plate|car|van)\S*\s+(?:\S+\s+){0,3}$/i;

export function findPlates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const reason = { reason: "plaque d'immatriculation", reasonEn: 'licence plate' };
  SIV.lastIndex = 0;
  for (let m = SIV.exec(text); m; m = SIV.exec(text)) {
    const context = VEHICLE_CONTEXT.test(text.slice(Math.max(0, m.index - 60), m.index));
    if (m[2] !== '-' && !context) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'PLATE',
      score: context ? 0.95 : 0.85,
      ...reason,
    });
  }
  FNI.lastIndex = 0;
  for (let m = FNI.exec(text); m; m = FNI.exec(text)) {
    if (VEHICLE_CONTEXT.test(text.slice(Math.max(0, m.index - 60), m.index))) {
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'PLATE',
        score: 0.8,
        ...reason,
      });
    }
  }
  return found;
}
