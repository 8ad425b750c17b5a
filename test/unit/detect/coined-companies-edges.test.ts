import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { findCoinedCompanies } from '../../../lib/detect/recognizers/coined-companies.ts';
import { found } from './helpers.ts';

// Companies coined with digits or signs (coined-companies.ts) at the edges of the rule: how
// many letters make a name, where a numbered name ends, what may stand around the word.
// Beside each catch, the trap that must stay no company.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

const table = (rows: Array<[string, string[]]>) =>
  it.each(rows)('%s', (text, expected) => expect(names(text)).toEqual(expected));

describe('the shape of a coined name', () => {
  table([
    // Four letters are enough; fewer make an abbreviation ("b2b", "mp3").
    ['i work at go4it', ['ORG:go4it']],
    ['we sell for b2b clients', []],
    ['chez 1234', []],
    // Several digits inside the name.
    ['i got a job at clean24seven', ['ORG:clean24seven']],
    // A number first, then letters that are no unit: the whole word, not a part of it.
    ['ils sappellent 3wheels', ['ORG:3wheels']],
    ['spare parts for pre-2000s cars', []],
    ['spare parts for 3d-printers', []],
    // Two words joined by a sign, each of three letters or more, and no third.
    ['chez ab&net&clean', []],
    ['chez net&clean&co', ['ORG:net']],
  ]);
});

describe('what may stand around a coined name', () => {
  table([
    // A domain is another recognizer's: the name is not cut before its dot.
    ['chez hire2go.fr', ['ORG:hire2go.fr']],
    // A sign then a letter goes on the word: a path, not a name's end.
    ['envoie le cv pour data2move/rh', []],
    // A number glued after a dot is a version or a year, not the end of a name.
    ['le devis pour data2move.2025', []],
    // Two spaces typed after the cue.
    ['jsuis chez  hire2go depuis lundi', ['ORG:hire2go']],
    // How one works ("mi-temps") is read after the employer's cue, not anywhere in the text.
    ['mi-temps depuis mars, je travaille à data2move', ['ORG:data2move']],
  ]);
});

describe('where a numbered name ends', () => {
  table([
    // Only a hyphenated name takes the number after it; a street number is not the name's.
    ['rdv chez hire2go 14 rue des lilas', ['ORG:hire2go']],
    ['rdv chez k3y-lab 14 rue des lilas', ['ORG:k3y-lab']],
    ['rdv chez au-bon-pain 14 rue des lilas', ['ORG:au-bon-pain']],
    // Two words joined by a hyphen, not three.
    ['la startup au-bon-pain 14 rue des lilas', []],
    // The number stands right after the name, and may end the text.
    ['je bosse chez techni-clim ou 2 autres boites', ['ORG:techni-clim']],
    ['je bosse chez techni-clim 2000', ['ORG:techni-clim 2000']],
  ]);
});

describe('the recognizer alone', () => {
  const spans = (text: string) => findCoinedCompanies(text).map((c) => text.slice(c.start, c.end));
  it.each([
    ['via techni-clim 2000', ['techni-clim 2000']],
    // A number further on is not the name's: no span cut inside a word.
    ['via techni-clim et 2 autres, à 10h', []],
    ['nothing coined here', []],
  ])('%s', (text, expected) => expect(spans(text)).toEqual(expected));
});

describe('what a coined company says to the user', () => {
  it('a company, in French and in English', () => {
    const [finding] = analyze('la startup k3y-lab ma proposé un stage').findings;
    expect([finding.type, finding.text, finding.reason, finding.reasonEn]).toEqual([
      'ORG',
      'k3y-lab',
      'entreprise',
      'company',
    ]);
  });
});

describe('a number of nights, guests or people, or a range, is a quantity', () => {
  table([
    ['booking for check-in 2 guests', []],
    ['booking for check-in 2 nights', []],
    ['pour check-in 2 personnes', []],
    ['booking for check-in 2 adults and 1 child', []],
    ['for check-in 3 people', []],
    ['at part-time 2-3 days a week', []],
    ['dispo pour part-time 2 à 3 jours', []],
    ['looking for part-time 2 or 3 nights', []],
    ['je cherche pour mi-temps 2 – 3 soirs', []],
  ]);
  // A number that is the name's still is.
  table([
    ['techni-clim 2000 cherche un frigoriste', ['ORG:techni-clim 2000']],
    ['je bosse chez techni-clim 2000 depuis lundi', ['ORG:techni-clim 2000']],
    ['la startup smart-up 360 a 2 postes', ['ORG:smart-up 360']],
  ]);
});
