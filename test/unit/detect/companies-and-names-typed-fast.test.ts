import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/detect/tokenize.ts';
import { found } from './helpers.ts';

// Families of names and companies as phone typing leaves them, read in phone11's even half
// (each written from the phenomenon, with its traps): an article glued to a trade, a
// shop's name opening with "au", a firm's legal form after a name that starts with an
// adjective, Quebec's "ltée", Maître typed "me" after "avec" or "chez", Welsh "ap", Gaelic
// "mc" surnames.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

const table = (rows: Array<[string, string[]]>) =>
  it.each(rows)('%s', (text, expected) => expect(names(text)).toEqual(expected));

describe('an article glued to the word after it ("lagence", "lhotel")', () => {
  it('is read as if its apostrophe had been typed, offsets kept', () => {
    const text = 'je bosse a lagence horizon';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.key, t.gap])).toEqual([
      ['je', ''],
      ['bosse', ' '],
      ['a', ' '],
      ['l', ' '],
      ['agence', "'"],
      ['horizon', ' '],
    ]);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.text));
  });

  it.each([
    // Words and names that start with "l" or "d" and a vowel stay whole.
    'lune',
    'laura',
    'lorient',
    'demain',
    'dimanche',
    'lucie',
    // Capitalised: a name ("Lagence" is a surname).
    'Lagence',
  ])('leaves %s whole', (word) => {
    expect(tokenize(word).map((t) => t.text)).toEqual([word]);
  });

  it('leaves the word after "chez" whole: a firm ("chez lavance")', () => {
    expect(tokenize('chez lavance').map((t) => t.text)).toEqual(['chez', 'lavance']);
  });

  table([
    ['je bosse a lagence horizon emploi depuis mars', ['ORG:agence horizon']],
    ['jsuis a lhotel les tilleuls ce soir pour le service', ['ORG:hotel les tilleuls']],
    ['lagence adecco ma rappelee', ['ORG:agence adecco']],
    ['stage a lauberge du lac cet ete', ['ORG:auberge du lac']],
    // No name after the trade: nothing.
    ['lagence ma rappelee hier', []],
    ['lhotel est plein ce soir', []],
  ]);
});

describe('a shop whose name opens with "au"', () => {
  table([
    ['elle travaille a la boulangerie au bon pain depuis un an', ['ORG:boulangerie au bon pain']],
    ['stage a la boulangerie au levain dor', ['ORG:boulangerie au levain dor']],
    // Where it stands, or a drink: no name.
    ['la boulangerie au coin de ma rue cherche une vendeuse', []],
    ['le bar au bout de la rue recrute', []],
    ['je bosse au restaurant au bord du lac cet ete', []],
    ['serveuse au restaurant au mois de juin', []],
    ['jai pris un cafe au lait avant le boulot', []],
    // "du centre" is still a name ("Garage du Centre").
    ['ma voiture est au garage du centre', ['ORG:garage du centre']],
  ]);
});

describe('a legal form after a name that opens with an adjective, and Quebec forms', () => {
  table([
    [
      'jtravaille pour lagence soins bon samaritain inc depuis 2 ans',
      ['ORG:soins bon samaritain inc'],
    ],
    ['je travaille pour services menagers lavoie inc', ['ORG:services menagers lavoie inc']],
    ['nettoyage express ltee me paie en retard', ['ORG:nettoyage express ltee']],
    ['boulot chez green valley foods ltd depuis janvier', ['ORG:green valley foods ltd']],
    // A verb or a time before the name still ends it.
    ['he set up vexaro ltd', ['ORG:vexaro ltd']],
  ]);
});

describe('Maître typed "me" after "avec" or "chez"', () => {
  table([
    ['jai rdv avec me benhamou lavocat pour les papiers', ['PERSON:me benhamou']],
    // The pronoun "me" before a verb, even a word typed loosely.
    ['il a fini de me saouler avec ca', []],
    ['arrete de me soule', []],
    ['il passe son temps a me rabaisser', []],
    ['tu peux me rappeler', []],
  ]);
});

describe('Welsh "ap" and Gaelic "mc" surnames', () => {
  table([
    ['rhiannon ap gwilym runs the young farmers club', ['PERSON:rhiannon ap gwilym']],
    ['ask dafydd ap rhys about the ewes', ['PERSON:dafydd ap rhys']],
    ['siobhan mcgrath is covering my shift on friday', ['PERSON:siobhan mcgrath']],
    // "ap" for "après": no particle.
    ['on se voit ap midi avec julie', ['PERSON:julie']],
    ['the mcflurry machine is broken again', []],
  ]);
});

describe('a firm named after its founders, read where a known company or a name opens it', () => {
  table([
    ['i work for mcallister and sons in cork', ['ORG:mcallister and sons']],
    ['mon patron chez couvreurs martin et fils veut pas', ['ORG:couvreurs martin et fils']],
    [
      'grace said i should apply to john lewis & partners',
      ['PERSON:grace', 'ORG:john lewis & partners'],
    ],
    ['i work for hartley and sons', ['ORG:hartley and sons']],
    // Kin and friends, no firm.
    ['mon pere et fils se ressemblent', []],
    ['il est venu avec ses fils et freres', []],
    ['my sons and daughters are fine', []],
    ['julie et co viennent ce soir', ['PERSON:julie']],
    ['tel pere tel fils', []],
  ]);
});

describe('an employer after a glued "j", a contract, a company "qui s\'appelle"', () => {
  table([
    ['jbosse pour la sncf mais en cdd', ['ORG:sncf']],
    ['jtravaille chez brightwave depuis mars', ['ORG:brightwave']],
    ['my contract with amazon ends in june', ['ORG:amazon']],
    ['mon contrat avec la sncf finit en juin', ['ORG:sncf']],
    ["je bosse pour une boite qui s'appelle nexalys", ['ORG:nexalys']],
    ["j'ai une startup qui s'appelle kalimo", ['ORG:kalimo']],
    ["une agence qui s'appelle vertigo com", ['ORG:vertigo com']],
    // Traps: a person named, worked with, or a contract with no company.
    ["jai un pote qui s'appelle karim", ['PERSON:karim']],
    ['i work with sarah on the project', ['PERSON:sarah']],
    ['je bosse avec julien le lundi', ['PERSON:julien']],
    ['my contract with my landlord ends', []],
    ['mon contrat avec le club est fini', []],
    ['i work for a small agency called brightpath', ['ORG:brightpath']],
    // "called" as a verb: the agency phoned.
    ['Mr King from the lettings agency called about the deposit.', ['PERSON:Mr King']],
    ['the company called me back', []],
  ]);
});
