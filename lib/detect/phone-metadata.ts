// libphonenumber-js's compact metadata keeps, per country, an array whose fifth entry is the
// list of formatting rules; validation reads the patterns and lengths, never the formats.
const FORMATS = 4;

type CountryRow = unknown[];
interface PhoneMetadata {
  countries: Record<string, CountryRow>;
  nonGeographic?: Record<string, CountryRow>;
  [key: string]: unknown;
}

const withoutFormats = (rows: Record<string, CountryRow>): Record<string, CountryRow> =>
  Object.fromEntries(
    Object.entries(rows).map(([code, row]) => [code, row.map((v, i) => (i === FORMATS ? [] : v))]),
  );

/** The same metadata with every formatting rule emptied. */
export function stripFormats<T extends PhoneMetadata>(metadata: T): T {
  return {
    ...metadata,
    countries: withoutFormats(metadata.countries),
    ...(metadata.nonGeographic && { nonGeographic: withoutFormats(metadata.nonGeographic) }),
  };
}
