import fc from 'fast-check';
import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { analyze, type EntityType } from '../../../lib/detect/index.ts';

// Identifiers generated with valid check digits, written with every separator people
// paste or type (bank pages and PDFs use no-break and narrow spaces), in any case, inside
// sentences of every register. The table tests in identifier-forms.test.ts name forms one
// by one; these draw them at random, so a form nobody listed is tried too.

const SPACES = [' ', '\u00a0', '\u202f', '\u2009', '\u2007'];
const separator = (extra: string[]) => fc.constantFrom(...SPACES, ...extra);

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });

function luhnCheckDigit(body: number[]): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body[body.length - 1 - i];
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** The digits split in groups of the given sizes, joined by one separator. */
const grouped = (value: string, sizes: readonly number[], sep: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(value.slice(at, at + size));
    at += size;
  }
  if (at < value.length) parts.push(value.slice(at));
  return parts.filter(Boolean).join(sep);
};

const inFours = (value: string) => Array(Math.ceil(value.length / 4)).fill(4);

// Real-shaped IBANs of the countries French users meet most; the generator varies how
// they are written, not their digits (each country's BBAN has rules of its own).
const IBANS = [
  'FR7644065223037151874104032',
  'FR7635162139317939775890190',
  'DE37974748671502421607',
  'BE23850036180691',
  'IT02F5121413150193864980382',
  'ES9121000418450200051332',
  'GB29NWBK60161331926819',
  'CH9300762011623852957',
  'LU280019400644750000',
  'NL91ABNA0417164300',
  'PT50000201231234567890154',
  'AT901740104702548814',
];

const iban = fc
  .record({
    value: fc.constantFrom(...IBANS),
    sep: separator(['-', '.', '']),
    lower: fc.boolean(),
  })
  .map(({ value, sep, lower }) => {
    const text = grouped(value, inFours(value), sep);
    return lower ? text.toLowerCase() : text;
  });

// NIR: sex, year, month, department (Corsica 2A/2B), commune, order, key.
const nir = fc
  .record({
    sex: fc.constantFrom('1', '2'),
    year: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    department: fc.oneof(
      fc.integer({ min: 1, max: 95 }).map((d) => String(d).padStart(2, '0')),
      fc.constantFrom('2A', '2B'),
    ),
    commune: fc.integer({ min: 1, max: 990 }),
    order: fc.integer({ min: 1, max: 999 }),
    sep: separator(['.', '-', '']),
  })
  .filter(({ department }) => department !== '20')
  .map(({ sex, year, month, department, commune, order, sep }) => {
    const parts = [
      sex,
      String(year).padStart(2, '0'),
      String(month).padStart(2, '0'),
      department,
      String(commune).padStart(3, '0'),
      String(order).padStart(3, '0'),
    ];
    const numeric = parts.join('').replace('2A', '19').replace('2B', '18');
    const key = 97 - Number(BigInt(numeric) % 97n);
    return [...parts, String(key).padStart(2, '0')].join(sep);
  });

const card = fc
  .record({
    issuer: fc.constantFrom(
      { prefix: [4], length: 16, groups: [4, 4, 4, 4] },
      { prefix: [5, 3], length: 16, groups: [4, 4, 4, 4] },
      { prefix: [2, 2, 3, 1], length: 16, groups: [4, 4, 4, 4] },
      { prefix: [3, 7], length: 15, groups: [4, 6, 5] },
    ),
    rest: digits(16),
    sep: separator(['-', '']),
  })
  .map(({ issuer, rest, sep }) => {
    const body = [...issuer.prefix, ...rest].slice(0, issuer.length - 1);
    const value = [...body, luhnCheckDigit(body)].join('');
    return grouped(value, issuer.groups, sep);
  });

// SIRET: a SIREN (Luhn over 9 digits), then the establishment's number (Luhn over 14).
const siret = fc
  .record({ siren: digits(8), nic: digits(4), sep: separator(['.', '']) })
  .map(({ siren, nic, sep }) => {
    const head = [...siren, luhnCheckDigit(siren)];
    const body = [...head, ...nic];
    const value = [...body, luhnCheckDigit(body)].join('');
    return grouped(value, [3, 3, 3, 5], sep);
  });

// French mobiles in the ranges allocated to operators, in national or international form.
const phone = fc
  .record({
    lead: fc.constantFrom('61', '62', '64', '65', '66', '67', '68', '75', '76', '77', '78'),
    rest: digits(7),
    sep: separator(['.', '-', '/', '']),
    form: fc.constantFrom('national', '+33', '+33 (0)', '0033'),
  })
  // Slashes are a national form ("06/12/34/56/78"), not written after a country code.
  .filter(({ sep, form }) => sep !== '/' || form === 'national')
  .map(({ lead, rest, sep, form }) => {
    const pairs = `${lead[1]}${rest.join('')}`.match(/../g)!;
    const tail = [lead[0], ...pairs].join(sep);
    if (form === 'national') return `0${tail}`;
    const space = sep === '' ? '' : ' ';
    return `${form}${space}${tail}`;
  });

// E-mail addresses, written plainly or spelled out against harvesters.
const email = fc
  .record({
    first: fc.constantFrom('awa', 'jean-luc', 'thi.lan', 'k_nowak', 'oceane', 'sean'),
    last: fc.constantFrom('diallo', 'ferreira', 'nguyen', 'o-brien', 'lefevre', 'ben-ali'),
    host: fc.constantFrom('gmail', 'orange', 'cabinet-roux', 'laposte', 'outlook'),
    tld: fc.constantFrom('fr', 'com', 'net', 'co.uk'),
    form: fc.constantFrom('@', ' @ ', '(at)', '[at]', ' (at) ', ' [at] ', 'spelled'),
  })
  .map(({ first, last, host, tld, form }) => {
    if (form === 'spelled')
      return `${first.replace('.', ' point ')} point ${last} arobase ${host} point ${tld.replace('.', ' point ')}`;
    return `${first}.${last}${form}${host}.${tld}`;
  });

const CARRIERS: Record<string, string[]> = {
  EMAIL: [
    '{x}',
    'ecris lui a {x} stp',
    'Mail : {x}',
    'her address is {x}, she expects you',
    '({x})',
    'contact: {x}.',
  ],
  IBAN: [
    '{x}',
    "mon iban c'est {x} merci",
    'IBAN : {x}',
    'IBAN:{x}',
    'voila le rib {x}, tu peux verifier ?',
    '(iban {x})',
    'Here is my account: {x}.',
    'pls send it to {x} thx',
    '« {x} »',
    '{x}\nmerci bcp',
  ],
  NIR: [
    '{x}',
    'mon num de secu {x} pr le dossier',
    'N° sécurité sociale : {x}',
    'Social security number: {x}.',
    'le nir de la cliente est {x}, tu le gardes pour toi',
  ],
  CARD: [
    '{x}',
    'ma carte {x} exp 12/27',
    'Card number: {x}.',
    'tu peux payer avec la cb {x} stp',
    'numero {x} cvv au dos',
  ],
  SIRET: [
    'SIRET : {x}',
    'siret {x} pr la facture',
    'Company number (SIRET) {x}.',
    'le n° siret de la boite c {x}',
  ],
  PHONE: [
    '{x}',
    'appelle moi au {x} stp',
    'Tél : {x}',
    'call me on {x} after 6',
    'son portable {x}, elle attend ton appel',
    '({x})',
  ],
};

// Copy-paste leaves invisible characters inside numbers: a zero-width space, a soft
// hyphen, a direction mark. Cadre reads through them and highlights the whole.
const INVISIBLES = ['\u200b', '\u00ad', '\u200e', '\u2060'];
const withInvisible = (generator: fc.Arbitrary<string>) =>
  fc
    .tuple(generator, fc.nat(), fc.constantFrom(...INVISIBLES), fc.boolean())
    .map(([value, at, mark, insert]) => {
      if (!insert) return value;
      const cut = 1 + (at % (value.length - 1));
      return value.slice(0, cut) + mark + value.slice(cut);
    });

function caught(type: EntityType, generator: fc.Arbitrary<string>) {
  const sample = fc.tuple(withInvisible(generator), fc.constantFrom(...CARRIERS[type]));
  fc.assert(
    fc.property(sample, ([value, carrier]) => {
      const text = carrier.replace('{x}', value);
      const found = analyze(text).findings.map((f) => `${f.type}:${f.text}`);
      expect(found).toContain(`${type}:${value}`);
    }),
    { numRuns: 300, seed: 20261201 },
  );
}

describe('identifiers with valid check digits are caught whole, whatever their form', () => {
  it('the IBAN pool is valid', () => {
    for (const value of IBANS) expect(isValidIBAN(value)).toBe(true);
  });
  it('IBAN', () => caught('IBAN', iban));
  it('NIR', () => caught('NIR', nir));
  it('payment card', () => caught('CARD', card));
  it('SIRET', () => caught('SIRET', siret));
  it('French mobile number', () => caught('PHONE', phone));
  it('e-mail address, plain or spelled out', () => caught('EMAIL', email));
});

// Order numbers, tracking numbers and references: digits whose checks fail are not
// identifiers, however they are grouped, unless words before them say what they are.
const luhnValid = (value: string) => {
  const body = [...value.slice(0, -1)].map(Number);
  return luhnCheckDigit(body) === Number(value.at(-1));
};
const nirShaped = (value: string) => value.length === 15 && /^[1-478]/.test(value);

const reference = fc
  .record({
    value: digits(16),
    length: fc.integer({ min: 9, max: 16 }),
    sep: separator(['.', '-', '']),
  })
  .map(({ value, length, sep }) => {
    const plain = value.join('').slice(0, length);
    return { plain, written: grouped(plain, inFours(plain), sep) };
  })
  .filter(({ plain }) => !luhnValid(plain) && !nirShaped(plain));

describe('numbers whose checks fail are not taken for identifiers', () => {
  it('references, orders and tracking numbers', () => {
    const carriers = ['commande n° {x}', 'ref {x} svp', 'tracking: {x}', 'the order {x} shipped'];
    fc.assert(
      fc.property(fc.tuple(reference, fc.constantFrom(...carriers)), ([{ written }, carrier]) => {
        const types = analyze(carrier.replace('{x}', written)).findings.map((f) => f.type);
        expect(types.filter((t) => ['CARD', 'NIR', 'IBAN', 'SIRET'].includes(t))).toEqual([]);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
