// Issuer ranges (IIN prefixes) and lengths of the payment cards seen in France. A
// number that passes Luhn is a card only when an issuer could have printed it.
interface Issuer {
  name: string;
  /** Inclusive ranges of the number's first digits, both bounds of the same length. */
  ranges: Array<[string, string]>;
  lengths: number[];
}

const ISSUERS: Issuer[] = [
  { name: 'Visa', ranges: [['4', '4']], lengths: [13, 16, 19] },
  {
    name: 'Mastercard',
    ranges: [
      ['51', '55'],
      ['2221', '2720'],
    ],
    lengths: [16],
  },
  {
    name: 'American Express',
    ranges: [
      ['34', '34'],
      ['37', '37'],
    ],
    lengths: [15],
  },
  {
    name: 'Diners Club',
    ranges: [
      ['300', '305'],
      ['3095', '3095'],
      ['36', '36'],
      ['38', '39'],
    ],
    lengths: [14, 15, 16, 17, 18, 19],
  },
  { name: 'JCB', ranges: [['3528', '3589']], lengths: [16, 17, 18, 19] },
  {
    name: 'Discover',
    ranges: [
      ['6011', '6011'],
      ['644', '649'],
      ['65', '65'],
    ],
    lengths: [16, 17, 18, 19],
  },
  { name: 'UnionPay', ranges: [['62', '62']], lengths: [16, 17, 18, 19] },
  {
    name: 'Maestro',
    ranges: [
      ['50', '50'],
      ['56', '58'],
      ['6304', '6304'],
      ['67', '67'],
    ],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
  },
];

/** The issuer whose range and length fit these digits, or undefined. */
export function cardIssuer(digits: string): string | undefined {
  for (const issuer of ISSUERS) {
    if (!issuer.lengths.includes(digits.length)) continue;
    for (const [low, high] of issuer.ranges) {
      const prefix = digits.slice(0, low.length);
      if (prefix >= low && prefix <= high) return issuer.name;
    }
  }
  return undefined;
}
