// Loads the public holidays precomputed at build time from the extension's own files
// (holidays/*.json): a local read, nothing leaves the machine. Each file is read once per
// extension context.
import { browser } from 'wxt/browser';
import type { CountryHolidays, HolidayIndex } from '../schedule/holidays';

const countries = new Map<string, Promise<CountryHolidays | null>>();
let index: Promise<HolidayIndex | null> | undefined;

async function readJson<T>(file: string): Promise<T | null> {
  try {
    // Written by the build (wxt.config.ts), so not among WXT's typed public paths.
    const url = browser.runtime.getURL(
      `/holidays/${file}` as Parameters<typeof browser.runtime.getURL>[0],
    );
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

/** One country's holidays, or null for a code the build has no calendar for. */
export function loadCountryHolidays(country: string): Promise<CountryHolidays | null> {
  if (!/^[A-Z]{2}$/.test(country)) return Promise.resolve(null);
  let loaded = countries.get(country);
  if (!loaded) {
    loaded = readJson<CountryHolidays>(`${country}.json`);
    countries.set(country, loaded);
  }
  return loaded;
}

/** Country and region names, for the options page's pickers and validation. */
export function loadHolidayIndex(): Promise<HolidayIndex | null> {
  index ??= readJson<HolidayIndex>('index.json');
  return index;
}
