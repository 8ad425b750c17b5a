// Public holidays precomputed at build time (wxt.config.ts writes them into the build as
// holidays/*.json), so that neither the background nor the options page bundles
// date-holidays and its data for every country: they fetch the one country in use.
import Holidays from 'date-holidays';
import type { CountryHolidays, HolidayIndex } from '../../lib/schedule/holidays';

/** Years covered: the build's year, the one before (for late January checks) and five ahead. */
export function holidayYears(now = new Date()): { from: number; to: number } {
  const year = now.getUTCFullYear();
  return { from: year - 1, to: year + 5 };
}

function publicDates(calendar: Holidays, from: number, to: number): string[] {
  const dates = new Set<string>();
  for (let year = from; year <= to; year++) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type === 'public') dates.add(holiday.date.slice(0, 10));
    }
  }
  return [...dates].sort();
}

/** Country and region names in French and English. */
export function holidayIndex(): HolidayIndex {
  const all = new Holidays();
  const countries = { fr: all.getCountries('fr') ?? {}, en: all.getCountries('en') ?? {} };
  const regions: HolidayIndex['regions'] = {};
  for (const code of Object.keys(countries.en)) {
    const fr = all.getStates(code, 'fr');
    const en = all.getStates(code, 'en');
    if (fr && en && Object.keys(en).length) regions[code] = { fr, en };
  }
  return { countries, regions };
}

/** One country's public holidays, for the country and each of its regions. */
export function countryHolidays(
  country: string,
  regions: string[],
  from: number,
  to: number,
): CountryHolidays {
  const national = publicDates(new Holidays(country), from, to);
  const byRegion: Record<string, string[]> = {};
  for (const region of regions) {
    const dates = publicDates(new Holidays(country, region), from, to);
    // Regions list only what differs from the country, to keep the file small.
    const added = dates.filter((date) => !national.includes(date));
    const removed = national.filter((date) => !dates.includes(date));
    if (added.length || removed.length)
      byRegion[region] = [...added, ...removed.map((d) => `-${d}`)];
  }
  return { from, to, national, regions: byRegion };
}

/** Every file the build needs, as paths under holidays/ and their JSON text. */
export function holidayFiles(now = new Date()): { path: string; json: string }[] {
  const { from, to } = holidayYears(now);
  const index = holidayIndex();
  const files = [{ path: 'holidays/index.json', json: JSON.stringify(index) }];
  for (const country of Object.keys(index.countries.en)) {
    const regions = Object.keys(index.regions[country]?.en ?? {});
    files.push({
      path: `holidays/${country}.json`,
      json: JSON.stringify(countryHolidays(country, regions, from, to)),
    });
  }
  return files;
}
