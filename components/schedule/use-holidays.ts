import { useEffect, useState } from 'preact/hooks';
import { loadCountryHolidays, loadHolidayIndex } from '@/lib/holidays/load';
import type { CountryHolidays, HolidayIndex } from '@/lib/schedule/holidays';

/** Country and region names; undefined while loading, null if the build has none. */
export function useHolidayIndex(): HolidayIndex | null | undefined {
  const [index, setIndex] = useState<HolidayIndex | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void loadHolidayIndex().then((loaded) => current && setIndex(loaded));
    return () => {
      current = false;
    };
  }, []);
  return index;
}

/** One country's holidays; null while loading or for an unknown country. */
export function useCountryHolidays(country: string | undefined): CountryHolidays | null {
  const [data, setData] = useState<{ country: string; holidays: CountryHolidays | null } | null>(
    null,
  );
  useEffect(() => {
    if (!country) return;
    let current = true;
    void loadCountryHolidays(country).then((holidays) => current && setData({ country, holidays }));
    return () => {
      current = false;
    };
  }, [country]);
  return data && data.country === country ? data.holidays : null;
}
