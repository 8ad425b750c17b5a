import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// A business named by its trade and its owner's name (trade-names.ts) at the edges of the
// rule: where the name stops, which words may be part of it, how apostrophes join it, and a
// sentence still being typed. Beside each catch, the trap that must stay no company.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

const table = (rows: Array<[string, string[]]>) =>
  it.each(rows)('%s', (text, expected) => expect(names(text)).toEqual(expected));

describe('where the name stops', () => {
  table([
    // A comma ends the name: the word after it is the next clause, not the business.
    ['ma cheffe au restaurant le vieux, marcel est cool', ['ORG:restaurant le vieux']],
    ['je bosse au bistrot le central, du coup je rentre tard', ['ORG:bistrot le central']],
    // A plural name takes a plural after it ("les flots bleus"), not the verb that follows.
    ['le camping les mimosas reste ouvert et cherche des saisonniers', ['ORG:camping les mimosas']],
    // A one-word name takes no common word after it.
    ['je bosse au snack le tropical boulevard voltaire', ['ORG:snack le tropical']],
    ['le gérant du snack le tropical me paie en retard', ['ORG:snack le tropical']],
    ['ma cheffe au bar le duc est cool', ['ORG:bar le duc']],
    // Only "de", "d'", "du", "des" join a complement, not a word that ends or starts alike.
    [
      'je bosse au bistrot le central quand julien est malade',
      ['ORG:bistrot le central', 'PERSON:julien'],
    ],
    ['je bosse au restaurant le zinc derrière montmartre', ['ORG:restaurant le zinc']],
    // A complement after "de l'" or "de la"; a time after "de" is none.
    [
      "je bosse au restaurant le relais de l'écluse depuis juin",
      ["ORG:restaurant le relais de l'écluse"],
    ],
    [
      'je bosse au restaurant le moulin de la galette depuis juin',
      ['ORG:restaurant le moulin de la galette'],
    ],
    ['je bosse au bar le zinc de nuit', ['ORG:bar le zinc']],
  ]);
});

describe('the words of a name', () => {
  table([
    // Three letters make a name word; two do not.
    ['je bosse au café le bo depuis mars', []],
    ['je bosse au restaurant le ok depuis mars', []],
    // A time in the plural is no name ("les midis").
    ['je bosse au restaurant les midis', []],
    // "-ait" ends a verb ("la voulait"), not a word that holds it.
    ['je bosse au restaurant le laitier depuis juin', ['ORG:restaurant le laitier']],
    ['ma cheffe au restaurant le maître corbeau est cool', ['ORG:restaurant le maître corbeau']],
    // A singular name word with an s inside still takes a second word no dictionary has.
    ['je bosse à la pizzeria isola bella depuis juin', ['ORG:pizzeria isola bella']],
    ['je bosse au restaurant le soleil levant depuis juin', ['ORG:restaurant le soleil levant']],
  ]);
});

describe('what follows the trade', () => {
  table([
    // Only an article is skipped: a word that starts or ends like one is the name itself.
    ['je bosse au restaurant duplex depuis mars', ['ORG:restaurant duplex']],
    ['ma cheffe au bar marcel est cool', ['ORG:bar marcel']],
    ['je bosse au restaurant isabella depuis mars', ['ORG:restaurant isabella']],
    // A kind ends in "-able" or "-ier"; a name may hold the letters ("tabletop").
    ['ma cheffe au bar tabletop est cool', ['ORG:bar tabletop']],
    // A word ending like a verb is read as one only after an article ("la veut").
    ["je bosse au café trait d'union depuis mars", ["ORG:café trait d'union"]],
    // A kind of restaurant, a place in town, "de luxe": no name after them.
    ['je bosse au restaurant libanais place clichy', []],
    ['je bosse au café dans la galerie marchande', []],
    ['je bosse au restaurant de luxe lutetia', []],
    // "d'avocat", "d'assurance" typed without the apostrophe: a kind of office, no name.
    ['je bosse au cabinet davocat', []],
    ["je bosse à l'agence dassurance", []],
    // A name that ends like "de" is still a name.
    ['je bosse au restaurant nomade sushi', ['ORG:restaurant nomade sushi']],
    ['ma cheffe au bar kalinde est cool', ['ORG:bar kalinde']],
    // A common word alone after the trade is what it does, not its name.
    ['elle bosse au salon beauté', []],
    ['je bosse au bar tabac', []],
    // A kind opening the sentence.
    ['pharmacie hospitalière, je bosse là depuis mars', []],
  ]);
});

describe('a trade word closing the name', () => {
  // "agence soleil levant immobilier": the name, then its trade.
  table([
    [
      'je bosse à l’agence soleil levant immobilier depuis mars',
      ['ORG:agence soleil levant immobilier'],
    ],
    ['mon patron au garage le petit moulin auto est cool', ['ORG:garage le petit moulin auto']],
  ]);
});

describe('apostrophes, as keyboards type them', () => {
  table([
    // A pun glued by an apostrophe, straight or curly.
    ["je bosse au salon coiff'idées depuis mars", ["ORG:salon coiff'idées"]],
    ['je bosse au salon coiff’idées depuis mars', ['ORG:salon coiff’idées']],
    ["j'ai un stage au salon hair'mony depuis mars", ["ORG:salon hair'mony"]],
    // A phone's curly apostrophe in the complement.
    ['le traiteur saveurs d’asie a appelé', ['ORG:traiteur saveurs d’asie']],
  ]);
});

describe('a sentence still being typed', () => {
  // Detection runs on every keystroke: a trade and its article with nothing after them yet.
  table([
    ['je bosse au restaurant le', []],
    ['je bosse au camping les', []],
    ['je bosse au restaurant le zinc de', ['ORG:restaurant le zinc']],
    ['je bosse au restaurant de', []],
  ]);
});

describe('a sentence about work or trade, or not', () => {
  table([
    // A word about work inside the name does not make the sentence about work.
    ['we ate at the happy chef takeaway', []],
    ['on a dîné au restaurant le petit zinc hier soir', []],
    // A word about work right after the name does.
    ["l'été dernier au camping les flots bleus, saisonnier", ['ORG:camping les flots bleus']],
    // "on m'a pris" says one was taken on; another verb, or "pris" said of a room, does not.
    ["on m'a dit que le camping les mimosas était complet", []],
    ['il a pris un bungalow au camping les mimosas', []],
    // A call read right after the name only: here the mother called, not the campsite.
    ['on était au camping les mimosas quand maman a appelé', []],
  ]);

  // "pris" opening the message: nothing before it to read.
  it.each(['pris au camping les mimosas pour l’été', 'a pris au camping les mimosas'])(
    '%s',
    (text) => expect(() => names(text)).not.toThrow(),
  );
});

describe('an English name before its trade', () => {
  // "-ing", "-ese", "-ian" end an activity or a nationality ("the boxing gym", "the chinese
  // takeaway"); inside a word they are part of a name.
  table([
    ['i work weekends at the kingfisher farm', ['ORG:kingfisher farm']],
    ['i work weekends at the preseli farm', ['ORG:preseli farm']],
    ['my boss at the giant oak pub is strict', ['ORG:giant oak pub']],
    ['i work at the wishbone takeaway', ['ORG:wishbone takeaway']],
    // One common word before the trade says what kind it is.
    ['i work at the rose farm', []],
  ]);
});

describe('an English business opening a sentence, by what it does', () => {
  // No word about work before it: the verb right after the name is the only cue.
  table([
    ['brookside farm hired me for the summer', ['ORG:brookside farm']],
    ['golden dragon takeaway pays cash', ['ORG:golden dragon takeaway']],
    ['sunny days nursery rejected me', ['ORG:sunny days nursery']],
    // Opening a sentence without acting, it is a place one went to.
    ['golden dragon takeaway staff were rude', []],
    // The words of a name are joined by spaces: none is read across a comma.
    ['she got a job at the lucky, star takeaway', []],
  ]);
});
