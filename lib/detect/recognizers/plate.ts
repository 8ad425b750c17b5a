import { fold } from '../fold.ts';
import { CAR_MAKERS, PRODUCT_NAMES, PRODUCTS } from '../lexicon/not-names.ts';
import { words } from '../lexicon/words.ts';
import type { Candidate } from '../types.ts';

// French plates since 2009 (SIV): AB-123-CD, letters without I, O, U.
// Spaced, glued or in lower case ("fk 208 ry", "EZ904QC") only beside a word about a
// vehicle, a few words before ("la voiture de service cest la fg-482-kt") or after.
const SIV =
  /(?<![\p{L}\d-])([A-HJ-NP-TV-Z]{2})([- ]?)(\d{3})\2([A-HJ-NP-TV-Z]{2})(?![\p{L}\d-])/giu;
// Older plates (FNI), "123 ABC 75", only after a word about a vehicle.
const FNI = /(?<![\p{L}\d])\d{1,4} ?[A-Z]{2,3} ?(?:\d\d|2A|2B|97\d)(?![\p{L}\d])/giu;
// British plates since 2001: two letters, two digits, three letters ("LK21 XRT").
// In lower case only after a word about a vehicle.
// The two digits give the half-year: 02-29 for March, 51-79 for September; I, Q and Z
// are never area letters, I and Q never the last three.
const UK =
  /(?<![\p{L}\d-])([A-HJ-PR-Y]{2}(?:0[2-9]|[12]\d|[5-7]\d)) ?([A-HJ-PR-Z]{3})(?![\p{L}\d-])/giu;
// Neighbours' plates, counted only beside a word about a vehicle: Belgian ("1-ABC-234"),
// Swiss (a canton's two letters and up to six digits, "GE 123456"), Irish (year, county,
// number: "191-D-12345").
const NEIGHBOURS = [
  /(?<![\p{L}\d-])\d-?[A-Z]{3}-?\d{3}(?![\p{L}\d-])/giu,
  /(?<![\p{L}\d-])(?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH) ?\d{1,3} ?\d{3}(?![\p{L}\d-])/giu,
  /(?<![\p{L}\d-])\d{2}[12]?-[A-Z]{1,2}-\d{1,6}(?![\p{L}\d-])/giu,
];
// With a garage's words too ("le garagiste dit que c'est la courroie…").
const VEHICLE_CONTEXT =
  /(?:immat|carte grise|plaque|voiture|véhicule|vehicule|camion|camionnette|utilitaire|moto|scooter|plate|car|van|reg|registration|hire car|courtesy car|pv|amende|contravention|fourri[eè]re|parking|garag|courroie|vidange|contr[ôo]le technique|bagnole)\S*\s+(?:\S+\s+){0,5}\(?$/i;
// The car's model or make right before it, from the lists of things named like people
// ("la 208 (EZ 914 QA)", "ma clio FG 482 KT").
const WORD_BEFORE = /([\p{L}\d-]+)\s*\(?\s*$/u;
const carBefore = (before: string): boolean => {
  const word = WORD_BEFORE.exec(before)?.[1];
  if (word === undefined) return false;
  const key = fold(word);
  return PRODUCTS.has(key) || PRODUCT_NAMES.has(key) || CAR_MAKERS.has(key);
};
// The vehicle named just after the plate: "hn-417-vz is the van", "EZ904QC, c'était le
// véhicule de Samir".
const VEHICLE_AFTER =
  /^[\s,:;-]*(?:\S+\s+){0,3}?(?:voiture|véhicule|vehicule|camion|camionnette|utilitaire|moto|scooter|car|van|truck|bike)\b/i;
const vehicleAround = (text: string, start: number, end: number): boolean => {
  const before = text.slice(Math.max(0, start - 60), start);
  return (
    VEHICLE_CONTEXT.test(before) ||
    carBefore(before) ||
    VEHICLE_AFTER.test(text.slice(end, end + 40))
  );
};

const UNITS = words('km kg mn min cm mm ans sec eur ht ttc kw cv ch h');

export function findPlates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const reason = { reason: "plaque d'immatriculation", reasonEn: 'licence plate' };
  SIV.lastIndex = 0;
  for (let m = SIV.exec(text); m; m = SIV.exec(text)) {
    const context = vehicleAround(text, m.index, m.index + m[0].length);
    const capitals = m[1] === m[1].toUpperCase() && m[4] === m[4].toUpperCase();
    // "c la 100 AA 01": a plate's letters share one case; an article before an old
    // plate is not its first pair.
    if (!capitals && m[1] + m[4] !== (m[1] + m[4]).toLowerCase()) continue;
    if ((m[2] !== '-' || !capitals) && !context) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'PLATE',
      score: context ? 0.95 : 0.85,
      ...reason,
    });
  }
  UK.lastIndex = 0;
  for (let m = UK.exec(text); m; m = UK.exec(text)) {
    const context = vehicleAround(text, m.index, m.index + m[0].length);
    if (m[0] !== m[0].toUpperCase() && !context) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'PLATE',
      score: context ? 0.95 : 0.85,
      ...reason,
    });
  }
  for (const plate of NEIGHBOURS) {
    plate.lastIndex = 0;
    for (let m = plate.exec(text); m; m = plate.exec(text)) {
      if (!vehicleAround(text, m.index, m.index + m[0].length)) continue;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'PLATE',
        score: 0.9,
        ...reason,
      });
    }
  }
  FNI.lastIndex = 0;
  for (let m = FNI.exec(text); m; m = FNI.exec(text)) {
    // "la voiture fait 12 km 50": units are not a plate's letters.
    const letters = /[a-z]{2,3}/i.exec(m[0])?.[0].toLowerCase() ?? '';
    if (UNITS.has(letters)) continue;
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
