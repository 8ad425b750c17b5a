import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { cardIssuer } from '../../../lib/detect/card-issuers.ts';
import { foundOfType } from './helpers.ts';

// Identifiers in the forms people paste from bank pages and PDFs or type on a phone.
// Every number here has valid check digits unless the test says otherwise.
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('IBAN in every written form', () => {
  it.each([
    [
      'no-break spaces',
      `rib FR76${NBSP}4406${NBSP}5223${NBSP}0371${NBSP}5187${NBSP}4104${NBSP}032 merci`,
      `FR76${NBSP}4406${NBSP}5223${NBSP}0371${NBSP}5187${NBSP}4104${NBSP}032`,
    ],
    [
      'narrow no-break spaces',
      `FR76${NNBSP}4406${NNBSP}5223${NNBSP}0371${NNBSP}5187${NNBSP}4104${NNBSP}032`,
      `FR76${NNBSP}4406${NNBSP}5223${NNBSP}0371${NNBSP}5187${NNBSP}4104${NNBSP}032`,
    ],
    ['dashes', 'iban DE37-9747-4867-1502-4216-07 ok', 'DE37-9747-4867-1502-4216-07'],
    ['dots', 'le compte BE23.8500.3618.0691 je crois', 'BE23.8500.3618.0691'],
    [
      'lower case',
      'mon rib c fr76 3516 2139 3179 3977 5890 190 pr les frais',
      'fr76 3516 2139 3179 3977 5890 190',
    ],
    ['compact lower case', 'iban it02f5121413150193864980382', 'it02f5121413150193864980382'],
    [
      'across a line break',
      'mon rib : FR76 4406 5223 0371\n5187 4104 032 merci',
      'FR76 4406 5223 0371\n5187 4104 032',
    ],
    [
      'across a line break with spaces',
      'iban DE37 9747 4867 \n 1502 4216 07',
      'DE37 9747 4867 \n 1502 4216 07',
    ],
    [
      'full-width',
      'ＦＲ７６ ４４０６ ５２２３ ０３７１ ５１８７ ４１０４ ０３２',
      'ＦＲ７６ ４４０６ ５２２３ ０３７１ ５１８７ ４１０４ ０３２',
    ],
  ])('%s', (_form, text, iban) => expect(foundOfType(text, 'IBAN')).toEqual([iban]));

  // Austria, Poland, Sweden, Norway, Croatia are not in the table of lengths used for
  // IBANs with a wrong key: only the check digits can catch them.
  it.each([
    'AT90 1740 1047 0254 8814',
    'PL92 6522 7329 6368 7956 8129 6544',
    'SE77 0624 3200 9263 1462 8757',
    'NO84 3000 4404 218',
    'HR54 7898 3622 5135 8258 6',
  ])('a valid IBAN of a country outside the table of lengths: %s', (iban) => {
    const [finding] = analyze(`virement sur ${iban} demain`).findings;
    expect([finding.type, finding.text, finding.score]).toEqual(['IBAN', iban, 0.99]);
    expect(finding.reason).toMatch(/valide/);
  });

  it.each([
    ['a wrong key, in lower case', 'fr76 4406 5223 0371 5187 4104 033'],
    ['a wrong key, outside the table', 'AT90 1740 1047 0254 8815'],
    ['two lines that are not one IBAN', 'FR76 4406\n5223 0371'],
    ['a reference with dashes', 'ref AB12-3456-7890-1234'],
  ])('ignores %s', (_case, text) => expect(foundOfType(text, 'IBAN')).toEqual([]));
});

describe('NIR with any separator', () => {
  it.each([
    [
      'spaces and a no-break space',
      `secu 2 32 08 77${NBSP}310 714 44`,
      `2 32 08 77${NBSP}310 714 44`,
    ],
    ['dashes', 'secu : 1-57-09-75-142-954-53', '1-57-09-75-142-954-53'],
    ['dots', 'mon nir c 2.34.03.30.457.390.56', '2.34.03.30.457.390.56'],
    ['compact', 'numero 261029269028156 si besoin', '261029269028156'],
  ])('%s', (_form, text, nir) => expect(foundOfType(text, 'NIR')).toEqual([nir]));

  it.each(['1 90 06 06 088 413 85', '1.90.06.06.088.413.85', '1-90-06-06-088-413-85'])(
    'a wrong key, even laid out as on the card: %s',
    (nir) => expect(foundOfType(`sécu ${nir}`, 'NIR')).toEqual([]),
  );
  it.each(['1 9006 06088 41385', '1 90.06 06-088 413 85', '190060608841385'])(
    'a wrong key in another layout, without context: %s',
    (text) => expect(foundOfType(`dossier ${text}`, 'NIR')).toEqual([]),
  );
});

describe('cards with any separator, and their issuers', () => {
  it.each([
    [
      'Visa, no-break spaces',
      `carte 4661${NBSP}3321${NBSP}6871${NBSP}9424 exp 09/28`,
      `4661${NBSP}3321${NBSP}6871${NBSP}9424`,
    ],
    ['Mastercard, dots', 'la carte pro 5375.4068.3150.3201 stp', '5375.4068.3150.3201'],
    ['Mastercard 2-series, lowest', 'numero 2221 2115 1726 2434', '2221 2115 1726 2434'],
    ['Mastercard 2-series, highest', 'numero 2720 3033 4834 7355', '2720 3033 4834 7355'],
    ['American Express', 'amex 3477 391314 40849', '3477 391314 40849'],
    ['Diners, 14 digits, 36', 'diners 3641 512141 3155', '3641 512141 3155'],
    ['Diners, 14 digits, compact', 'la 36785674320878 du boss', '36785674320878'],
    ['Diners, 14 digits, 305', 'carte 30501938649804', '30501938649804'],
    ['JCB, dashes', 'jcb 3528-3822-2758-4603', '3528-3822-2758-4603'],
    ['JCB, highest', 'jcb 3589 2167 0138 0425', '3589 2167 0138 0425'],
  ])('%s', (_form, text, card) => expect(foundOfType(text, 'CARD')).toEqual([card]));

  it.each([
    ['below the Mastercard 2-series', '2220 5283 8144 4223'],
    ['above the Mastercard 2-series', '2721 4632 7101 5301'],
    ['below JCB', '3527 8577 1367 8333'],
    ['above JCB', '3590 7750 1524 6678'],
  ])('ignores a Luhn-valid number %s', (_case, number) =>
    expect(analyze(`ref ${number}`).findings).toEqual([]),
  );

  it.each([
    ['2221211517262434', 'Mastercard'],
    ['2720303348347355', 'Mastercard'],
    ['2220528381444223', undefined],
    ['2721463271015301', undefined],
    ['36785674320878', 'Diners Club'],
    ['30501938649804', 'Diners Club'],
    ['3528382227584603', 'JCB'],
    ['3589216701380425', 'JCB'],
    ['3527857713678333', undefined],
    ['4661332168719424', 'Visa'],
    ['466133216871942', undefined],
    ['347739131440849', 'American Express'],
    ['30951234567890', 'Diners Club'],
    ['38123456789012', 'Diners Club'],
    ['39123456789012', 'Diners Club'],
    ['6011123456789012', 'Discover'],
    ['6441234567890123', 'Discover'],
    ['6491234567890123', 'Discover'],
    ['6512345678901234', 'Discover'],
    ['6431234567890123', undefined],
    ['6212345678901234', 'UnionPay'],
    ['6212345678901234567', 'UnionPay'],
    ['501234567890', 'Maestro'],
    ['561234567890123', 'Maestro'],
    ['581234567890123', 'Maestro'],
    ['6304123456789', 'Maestro'],
    ['6712345678901234567', 'Maestro'],
    ['551234567890', undefined],
  ])('issuer of %s', (digits, issuer) => expect(cardIssuer(digits)).toBe(issuer));
});

describe('SIREN and SIRET need their words or their layout', () => {
  it('a bare 9-digit number that passes Luhn is an order number, not a SIREN', () => {
    expect(analyze('commande n 784490153 livree hier').findings).toEqual([]);
    expect(analyze('ton colis 128397833 est en route').findings).toEqual([]);
  });
  it.each([
    ['siren 784490153 pour la facture', '784490153', 0.95],
    ['le 784 490 153 sur le kbis', '784 490 153', 0.75],
    ['siret du cabinet : 429.636.879.56812', '429.636.879.56812', 0.97],
    ['SIRET 36785674320878', '36785674320878', 0.97],
  ])('%s', (text, value, score) => {
    const [finding] = analyze(text).findings;
    expect([finding.type, finding.text, finding.score]).toEqual(['SIRET', value, score]);
  });
  it('a 14-digit Luhn number with a Diners prefix is a card without company words', () => {
    expect(analyze('numero 36785674320878').findings.map((f) => f.type)).toEqual(['CARD']);
  });
  it('a 14-digit Luhn number no issuer prints is still read as a SIRET, less surely', () => {
    const [finding] = analyze('numero 12245855926140').findings;
    expect([finding.type, finding.score]).toEqual(['SIRET', 0.75]);
  });
});

describe('phones in every written form', () => {
  it.each([
    ['slashes', 'appelle au 06/72/18/44/90 apres 18h', '06/72/18/44/90'],
    [
      'narrow spaces',
      `mon portable 07${NNBSP}68${NNBSP}22${NNBSP}41${NNBSP}09`,
      `07${NNBSP}68${NNBSP}22${NNBSP}41${NNBSP}09`,
    ],
    ['thin spaces', 'tel 06\u200945\u200978\u200912\u200990', '06\u200945\u200978\u200912\u200990'],
    ['dots', 'appelle soizic au 02.98.44.61.20', '02.98.44.61.20'],
    ['+33 (0)', 'standard : +33 (0)4 78 27 19 33', '+33 (0)4 78 27 19 33'],
    ['in parentheses', 'rappelle la (+33 (0)6 10 42 77 31) ce soir', '+33 (0)6 10 42 77 31'],
    ['country code in parentheses', 'appelle au (+33) 6 10 42 77 31', '(+33) 6 10 42 77 31'],
    ['full-width digits', 'mon num ０６ ８１ ２２ ４３ ７０', '０６ ８１ ２２ ４３ ７０'],
  ])('%s', (_form, text, phone) => expect(foundOfType(text, 'PHONE')).toEqual([phone]));
  it.each(['le 12/03/2024 a 9h', 'entre le 01/02 et le 03/04/2025', 'score 06/10/12'])(
    'ignores dates with slashes: %s',
    (text) => expect(foundOfType(text, 'PHONE')).toEqual([]),
  );
});

describe('e-mails written so that robots miss them', () => {
  it.each([
    [
      '(at)',
      'ecris a l.perrin(at)ateliers-perrin.fr pr le contrat',
      'l.perrin(at)ateliers-perrin.fr',
    ],
    [
      '[at]',
      'le mail c contact[at]brasserie-du-port.com si tu veux',
      'contact[at]brasserie-du-port.com',
    ],
    [
      '" at " and "dot"',
      'my email is j.okafor at gmail dot com if you want',
      'j.okafor at gmail dot com',
    ],
    ['" at " and a provider', 'reach me at amara at outlook.fr', 'amara at outlook.fr'],
    [
      'arobase and point',
      'son adresse c sandrine point hoarau arobase orange point fr',
      'sandrine point hoarau arobase orange point fr',
    ],
    [
      '" @ " with spaces',
      'envoie a m.tessier @ laposte.net directement',
      'm.tessier @ laposte.net',
    ],
    [
      'a zero-width space inside',
      'c b.nguyen@ser\u200bvices-nguyen.fr',
      'b.nguyen@ser\u200bvices-nguyen.fr',
    ],
  ])('%s', (_form, text, email) => expect(foundOfType(text, 'EMAIL')).toEqual([email]));
  it.each([
    'meet john at acme.com tomorrow',
    'look at example.com for the docs',
    "I'm at the office. Then at 5.30",
    'rendez-vous @ 10h',
    'on se voit at 10 point 30',
    'je suis au point mort arobase rien',
  ])('ignores %s', (text) => expect(foundOfType(text, 'EMAIL')).toEqual([]));
});

describe('plates: old format and lower case', () => {
  it.each([
    [
      'old format after a vehicle word',
      'la voiture de service immatriculée 4412 TX 69 a eu un pv',
      '4412 TX 69',
    ],
    ['old format in lower case', 'ma voiture c la 4412 tx 69', '4412 tx 69'],
    ['lower case, spaced', 'la camionnette fk 208 ry est au garage', 'fk 208 ry'],
    ['lower case, dashed', 'ma moto dz-713-kb s est fait flasher', 'dz-713-kb'],
  ])('%s', (_form, text, plate) => expect(foundOfType(text, 'PLATE')).toEqual([plate]));
  it.each(['on a fait ab-123-cd', 'la voiture fait 120 km 50 fois', 'ma voiture a 12 ans 10 mois'])(
    'ignores %s',
    (text) => expect(foundOfType(text, 'PLATE')).toEqual([]),
  );
});

describe('addresses people type and paste', () => {
  it.each([
    [
      'lieu-dit',
      "j'habite lieu-dit les granges 24560 issigeac c'est paumé",
      'lieu-dit les granges 24560 issigeac',
    ],
    [
      'lower case without commas',
      'le colis part au 12 rue des lilas 69003 lyon',
      '12 rue des lilas 69003 lyon',
    ],
    [
      'CS and CEDEX',
      'courrier au 14 avenue Jean Jaurès CS 70012 31081 Toulouse Cedex 2',
      '14 avenue Jean Jaurès CS 70012 31081 Toulouse Cedex 2',
    ],
    [
      'BP before the street',
      'facturation BP 118 21 rue Pasteur 67000 Strasbourg Cedex',
      'BP 118 21 rue Pasteur 67000 Strasbourg Cedex',
    ],
    [
      'ter, lower case',
      'elle habite 5 ter rue du four 44000 nantes depuis le divorce',
      '5 ter rue du four 44000 nantes',
    ],
    [
      'a compound city in lower case',
      '3 chemin des vignes 13100 aix en provence c est chez mes parents',
      '3 chemin des vignes 13100 aix en provence',
    ],
    [
      'lower case after an address word',
      "j'habite au 8 rue des acacias depuis 2 ans",
      '8 rue des acacias',
    ],
    [
      'UK postcode',
      'my new place is 47 Kingsway Road, Leeds LS6 2QT if you want',
      '47 Kingsway Road, Leeds LS6 2QT',
    ],
    [
      'UK flat',
      'send it to Flat 2, 18 Albert Street, Manchester M4 5BD please',
      'Flat 2, 18 Albert Street, Manchester M4 5BD',
    ],
  ])('%s', (_form, text, address) => expect(foundOfType(text, 'ADDRESS')).toEqual([address]));
  it.each([
    'on a 2 place de parking en bas',
    'il reste 3 rue a traverser et on y est',
    'la banque autrichienne',
  ])('ignores %s', (text) => expect(foundOfType(text, 'ADDRESS')).toEqual([]));
});
