// How many names of people living in France the gazetteer knows, by background, measured
// on a list written apart from its sources (test/fixtures/name-coverage/). Run:
// npx tsx scripts/name-coverage.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../lib/detect/fold.ts';
import { gazetteer } from '../lib/detect/gazetteer.ts';

interface Fixture {
  backgrounds: Record<string, { firstNames: string; surnames: string }>;
}

export interface BackgroundCoverage {
  background: string;
  firstNames: number;
  /** Known as a first name (sure, or also a word: then with a cue). */
  knownFirst: number;
  /** Known as a sure first name: caught in lower case without any cue. */
  sureFirst: number;
  surnames: number;
  /** Known as a surname (also a word or not). */
  knownSurname: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const fixturePath = path.resolve(here, '../test/fixtures/name-coverage/names-by-background.json');
// A surname's particle is read apart by the recogniser: "Le Goff" is looked up as "goff".
const PARTICLE = /^(?:le|la|de|du|van|von|ben|el|al|di|da|dos) /;

const keyOf = (name: string): string => fold(name.trim()).replace(PARTICLE, '');
const split = (list: string): string[] =>
  list.split(list.includes('|') ? '|' : /\s+/).filter(Boolean);

/** Per background, how many of the written names the gazetteer knows. */
export function nameCoverage(): BackgroundCoverage[] {
  const g = gazetteer();
  const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as Fixture;
  // Compound first names (Ange-Marie) are read part by part, as the recogniser does.
  const everyPart = (key: string, test: (part: string) => boolean) => key.split('-').every(test);
  const isFirst = (k: string) => g.strongFirstNames.has(k) || g.ambiguousFirstNames.has(k);
  return Object.entries(fixture.backgrounds).map(([background, lists]) => {
    const firsts = split(lists.firstNames).map(keyOf);
    const surnames = split(lists.surnames).map(keyOf);
    return {
      background,
      firstNames: firsts.length,
      knownFirst: firsts.filter((k) => everyPart(k, isFirst)).length,
      sureFirst: firsts.filter(
        (k) => g.strongFirstNames.has(k) || (k.includes('-') && everyPart(k, isFirst)),
      ).length,
      surnames: surnames.length,
      knownSurname: surnames.filter((k) => g.surnames.has(k) || g.ambiguousSurnames.has(k)).length,
    };
  });
}

export function totalCoverage(rows: BackgroundCoverage[]): BackgroundCoverage {
  const sum = (pick: (r: BackgroundCoverage) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    background: 'all',
    firstNames: sum((r) => r.firstNames),
    knownFirst: sum((r) => r.knownFirst),
    sureFirst: sum((r) => r.sureFirst),
    surnames: sum((r) => r.surnames),
    knownSurname: sum((r) => r.knownSurname),
  };
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(0).padStart(3)}%`;

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const rows = nameCoverage();
  console.log('background        first names known (sure)   surnames known');
  for (const r of [...rows, totalCoverage(rows)])
    console.log(
      `${r.background.padEnd(17)} ${percent(r.knownFirst, r.firstNames)} (${percent(r.sureFirst, r.firstNames)}) of ${String(r.firstNames).padStart(3)}    ${percent(r.knownSurname, r.surnames)} of ${r.surnames}`,
    );
}
