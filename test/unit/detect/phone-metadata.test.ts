import { readFileSync } from 'node:fs';
import {
  parsePhoneNumberFromString,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import stock from 'libphonenumber-js/metadata.min.json';
import { describe, expect, it } from 'vitest';
import shipped from '../../../lib/detect/data/phone-metadata.json';
import packed from '../../../lib/detect/data/phone-metadata.packed.json';
import { unpackJson } from '../../../lib/detect/packed-json.ts';
import { phoneMetadata } from '../../../lib/detect/recognizers/phone.ts';
import { stripFormats } from '../../../lib/detect/phone-metadata.ts';

const trimmed = shipped as unknown as MetadataJson;
const full = stock as unknown as MetadataJson;

// A small seeded generator: the same inputs on every run.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function verdict(input: string, country: CountryCode, metadata: MetadataJson) {
  const phone = parsePhoneNumberFromString(input, country, metadata);
  return phone ? [phone.country, phone.nationalNumber, phone.isValid()] : null;
}

// Written forms of numbers for every country: examples, and random digits of each possible
// length, international and national, with and without a trunk zero.
function inputs(): Array<[string, CountryCode]> {
  const next = random(20261201);
  const out: Array<[string, CountryCode]> = [];
  for (const [country, row] of Object.entries(stock.countries)) {
    const code = row[0] as string;
    const lengths = row[3] as number[];
    const example = (examples as Record<string, string>)[country];
    if (example) out.push([`+${code} ${example}`, 'FR'], [example, country as CountryCode]);
    for (const length of lengths) {
      for (let k = 0; k < 12; k++) {
        let digits = '';
        for (let i = 0; i < length; i++) digits += Math.floor(next() * 10);
        out.push([`+${code}${digits}`, 'FR'], [`0${digits}`, 'FR'], [digits, 'GB']);
      }
    }
  }
  return out;
}

describe('phone metadata without formatting rules', () => {
  it('is what scripts/build-phone-metadata.ts makes from the installed libphonenumber-js', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(stripFormats(stock))));
  });

  it('ships packed: the content script inflates exactly the readable copy', () => {
    expect(unpackJson(packed)).toEqual(shipped);
    expect(phoneMetadata()).toEqual(shipped);
    // Deflated, the metadata is about a third of its readable size.
    expect(packed.packed.length).toBeLessThan(JSON.stringify(shipped).length * 0.4);
  });

  it('is far smaller than the stock metadata', () => {
    const size = (file: string) => readFileSync(new URL(file, import.meta.url)).length;
    expect(size('../../../lib/detect/data/phone-metadata.json')).toBeLessThan(
      JSON.stringify(stock).length / 2,
    );
  });

  it('gives the same verdict as the stock metadata on numbers of every country', () => {
    const cases = inputs();
    expect(cases.length).toBeGreaterThan(5000);
    let valid = 0;
    for (const [input, country] of cases) {
      const expected = verdict(input, country, full);
      expect(verdict(input, country, trimmed), `${input} (${country})`).toEqual(expected);
      if (expected?.[2]) valid += 1;
    }
    // The comparison means something only if both kinds of verdict occur.
    expect(valid).toBeGreaterThan(500);
    expect(valid).toBeLessThan(cases.length - 500);
  });
});
