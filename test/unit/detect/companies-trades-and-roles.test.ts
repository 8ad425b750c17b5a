import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

// Companies as people type them in chat (issue 11): a trade and the name its owner gave
// it, in a sentence about work or trade; a company named by its role (client, supplier,
// contractor) before or after it, or in apposition; companies listed after such a cue.
// Each form has twins that must stay clean: the trade used generically, a time or a
// person after it, a pronoun and its verb, a kind of business, goods, public bodies.

const orgs = (text: string) => foundOfType(text, 'ORG');

describe('a trade, its article and its name, in a sentence about work', () => {
  it.each([
    [
      'an adjective and a noun',
      'ma cheffe au restaurant le petit zinc est cool',
      'restaurant le petit zinc',
    ],
    [
      'a plural and its adjective, hiring',
      'le camping les flots bleus cherche des saisonniers',
      'camping les flots bleus',
    ],
    [
      'a number and a noun',
      'je fais la plonge au bistrot les trois marches depuis juin',
      'bistrot les trois marches',
    ],
    ['one word, paying', 'le gérant du snack le tropical me paie en retard', 'snack le tropical'],
    [
      'the employer named',
      "mon employeur c'est la fromagerie les deux vaches",
      'fromagerie les deux vaches',
    ],
    [
      'an order from it',
      'on a eu une commande de la boulangerie les gourmandises',
      'boulangerie les gourmandises',
    ],
  ])('%s', (_, text, org) => {
    expect(orgs(text)).toContain(org);
  });
});

describe('a trade and a complement or a word no dictionary has', () => {
  it.each([
    ['des and a plural', 'elle est serveuse à la brasserie des halles', 'brasserie des halles'],
    [
      'du, an adjective, a noun',
      "je bosse à l'auberge du vieux pont le week-end",
      'auberge du vieux pont',
    ],
    [
      'a training place',
      "j'ai été prise en stage à la pharmacie des tilleuls",
      'pharmacie des tilleuls',
    ],
    [
      'aux and a place closing it',
      "je fais des extras pour le traiteur aux délices d'anatolie",
      "traiteur aux délices d'anatolie",
    ],
    ['two unknown words', "j'ai commencé à la pizzeria bella vita", 'pizzeria bella vita'],
  ])('%s', (_, text, org) => {
    expect(orgs(text)).toContain(org);
  });
});

describe('an English name before its trade, after at or for', () => {
  it.each([
    ['two words and pub', 'my boss at the golden lion pub is strict', 'golden lion pub'],
    ['two words and takeaway', 'she got a job at the lucky star takeaway', 'lucky star takeaway'],
    ['one unknown word and farm', 'i work weekends at the brookside farm', 'brookside farm'],
    ['no article', 'my manager at meadowview nursery is lovely', 'meadowview nursery'],
    [
      'opening a sentence, sending',
      'bright futures agency sent me to a warehouse again',
      'bright futures agency',
    ],
    ['opening a sentence, calling', 'sunny days nursery called me back', 'sunny days nursery'],
  ])('%s', (_, text, org) => {
    expect(orgs(text)).toContain(org);
  });
});

describe('a business that calls, or named in apposition after a clause', () => {
  it.each([
    ['taken on there', "on m'a pris au camping les mimosas pour l'été", 'camping les mimosas'],
    ['an acronym after a trade is the company', "j'ai un stage au cabinet kpmg", 'kpmg'],
    ['an interview there', "j'ai un entretien au café des arts demain", 'café des arts'],
    [
      'a trade and a complement that calls',
      "le traiteur saveurs d'asie a appelé",
      "traiteur saveurs d'asie",
    ],
    [
      'the firm one works for, French',
      "la boite qui m'emploie, nettoyage plus, paie en retard",
      'nettoyage plus',
    ],
    [
      'the firm one works for, English',
      'the company i work for, sparkle cleaning, pays late',
      'sparkle cleaning',
    ],
    [
      'a known company that is a word, as a client',
      'our biggest client is sage, they pay late',
      'sage',
    ],
  ])('%s', (_, text, org) => {
    expect(orgs(text)).toContain(org);
  });

  it.each([
    ['an adverb after the clause', "la boite où je bosse, franchement c'est nul"],
    ['a pronoun after the clause', 'la boite où je bosse, elle est nulle'],
    ['a phrase after the clause', 'the company i work for, to be honest, is bad'],
    ['a herb', 'add some sage to the stuffing'],
  ])('not %s', (_, text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('a company named by its role', () => {
  it.each([
    ["supplier, then c'est", "notre fournisseur c'est metro depuis toujours", ['metro']],
    ["provider, then c'est", "le prestataire c'est onet", ['onet']],
    ['supplier, then is', 'our supplier is transgourmet now', ['transgourmet']],
    ['main customer', 'our main customer is wickes', ['wickes']],
    ['a list with et', "notre plus gros client c'est auchan et leclerc", ['auchan', 'leclerc']],
    [
      'a list with commas',
      "notre fournisseur c'est metro, promocash et transgourmet",
      ['metro', 'promocash', 'transgourmet'],
    ],
    ['the role after, French', 'kelvion est notre plus gros client', ['kelvion']],
    ['the role after, English', 'stratoline is our main supplier', ['stratoline']],
    ['apposition, English', 'my agency, blue arrow, sent me to a warehouse', ['blue arrow']],
    ['apposition, French', 'mon employeur, sodexo, paie en retard', ['sodexo']],
    ['selling to', 'we sell to ocado and waitrose', ['ocado', 'waitrose']],
    ['delivering', 'on livre carrefour et monoprix', ['carrefour', 'monoprix']],
    ['customers such as', 'our customers such as brightwell ltd', ['brightwell ltd']],
    ['on behalf of', 'we work on behalf of kelvion', ['kelvion']],
    ['pour le compte de', 'je bosse pour le compte de stratoline', ['stratoline']],
  ])('%s', (_, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe('near misses stay clean', () => {
  it.each([
    ['a person as a client', 'karim est notre client depuis longtemps'],
    ['a client pleased', 'le client est content'],
    ['a supplier late', 'our supplier is late again'],
    ['a buyer interested', 'the buyer is interested'],
    ['what customers like', 'our customers like fast delivery'],
    ['clients like others', 'nos clients comme les autres'],
    ['on behalf of family', 'je bosse pour le compte de mon oncle'],
    ['taken by the hand', "il m'a pris la main au bar le soir"],
    ['a client unhappy', 'the client is unhappy again'],
    ['a date after is', 'tax deadline for the clients is may 31'],
    ['goods after a supplier', 'mon fournisseur de café est en retard'],
    ['goods delivered', 'on livre des pizzas le soir'],
    ['an order for a day', "j'ai commandé au traiteur pour samedi"],
    ['a pharmacy visited', 'je vais à la pharmacie ce soir'],
    ['a restaurant tonight', 'on mange au restaurant ce soir avec les enfants'],
    ['a person there', 'au restaurant le serveur était nul'],
    ['a time after the trade', 'je bosse au restaurant le soir'],
    ['a pronoun and its verb', 'mon boss au restaurant la veut pas'],
    ['a field of work', 'je travaille dans le domaine de la santé'],
    ['a fair', "j'ai trouvé un job au salon de l'emploi"],
    ['where it stands', 'je bosse au café du coin'],
    ['a kind of restaurant', 'serveuse au restaurant italien'],
    ['an indefinite article', 'je bosse dans un bar des quartiers nord'],
    ["someone's own shop", 'mon oncle me prend en stage dans sa brasserie des remparts'],
    ['an elision glued to a word', 'je bosse à l agence dimmobilier'],
    ['a client rude', 'the customer was rude to me at work'],
    ['a kind of pharmacy', 'il bosse en pharmacie hospitalière'],
    ['a plural of a time', 'je bosse à la pharmacie les samedis'],
    ['the pub generically', 'the pub was packed last night'],
    ['a local pub', 'i work at the local pub'],
    ['a kind of takeaway', 'she works at the chinese takeaway'],
    ['a kind of surgery', 'i got a job at the dental surgery'],
    ['a kind of agency that calls', 'the lettings agency rang about the flat'],
    ['a kind of business opening a sentence', 'village pub is hiring'],
    ['a kind of shop that rang', 'chinese takeaway rang'],
    ['a family farm', 'family farm sent us eggs'],
    ['camping as an activity', 'we went camping in the highlands'],
    ['a castle in a region', 'on a visité un château de la loire'],
    ['a tool', "j'utilise sage pour ma compta"],
    ['a public body', "il faut déclarer à l'urssaf avant la fin du mois"],
    ['a dish after a trade', 'le traiteur a apporté des samoussas'],
  ])('%s', (_, text) => {
    expect(orgs(text)).toEqual([]);
  });
});
