import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Names and companies as people type them (issue 11): a lower-case company before its
// legal form, cut where the sentence around it goes on; a known company beside its staff
// or its sites, or joined to another; a title, a role and a surname; Korean names in
// lower case; a master of ceremonies, who is a post. Each catch beside its false-alarm
// twin.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('a lower-case company before its legal form', () => {
  it.each([
    ['my cousin runs kradex gmbh', 'ORG:kradex gmbh'],
    ['today kradex ltd called back', 'ORG:kradex ltd'],
    ['hier brimtek sarl ma rappele', 'ORG:brimtek sarl'],
    ['he set up vexaro ltd last year', 'ORG:vexaro ltd'],
    ['mon frere a monte batiplus sarl en 2019', 'ORG:batiplus sarl'],
    ['ils ont rachete zorvane sas', 'ORG:zorvane sas'],
    ['lundi kradex sas vient chercher les palettes', 'ORG:kradex sas'],
    ['she owns sparkle clean ltd', 'ORG:sparkle clean ltd'],
    ['bosse chez nettoyage pro sarl', 'ORG:nettoyage pro sarl'],
    ['i start with sparkle clean ltd monday', 'ORG:sparkle clean ltd'],
    ['green leaf cleaning ltd is hiring', 'ORG:green leaf cleaning ltd'],
    ['transports girard sarl veut que je commence lundi', 'ORG:transports girard sarl'],
    // The role before it introduces the company and is not part of its name.
    ['our client acme ltd wants the report', 'ORG:acme ltd'],
    ['notre fournisseur kradex sarl a livré', 'ORG:kradex sarl'],
    ['customer zentrix gmbh called', 'ORG:zentrix gmbh'],
  ])('%s', (text, expected) => expect(names(text)).toEqual([expected]));

  it.each(['ma petite sarl marche bien', 'mon oncle a une petite sarl', 'she wants her own ltd'])(
    'names none: %s',
    (text) => expect(names(text)).toEqual([]),
  );
});

describe('a known company beside its staff or its sites, or joined to another', () => {
  it.each([
    ['the uber driver was rude', ['ORG:uber']],
    ['le livreur amazon est passé', ['ORG:amazon']],
    ['the amazon warehouse in leeds is hiring', ['ORG:amazon']],
    ['mon cousin est chauffeur uber', ['ORG:uber']],
    ['le drive leclerc ferme a 20h', ['ORG:leclerc']],
    ['uber or deliveroo, i dont mind', ['ORG:uber', 'ORG:deliveroo']],
    ['amazon et lidl recrutent', ['ORG:amazon', 'ORG:lidl']],
    ['je bosse chez carrefour et auchan', ['ORG:carrefour', 'ORG:auchan']],
    ['chez lidl et free', ['ORG:lidl', 'ORG:free']],
    ['i drive for uber and bolt now', ['ORG:uber', 'ORG:bolt']],
    ['applied to mazars and zorvex today', ['ORG:mazars', 'ORG:zorvex']],
    ['j’ai postulé chez decathlon et kiabi', ['ORG:decathlon', 'ORG:kiabi']],
    ['la drh de safran m’a rappelée', ['ORG:safran']],
    ['le directeur de total a parlé', ['ORG:total']],
    ['the manager from amazon called', ['ORG:amazon']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    'the amazon rainforest is burning',
    'jai commande sur amazon',
    'i took an uber home',
    'the next shift starts at 6',
    'the orange driver',
    'le magasin orange',
    'the bus driver was late',
    'teams or zoom',
    'a bolt came loose',
    'the driver from next door was nice',
    'la fin de total',
    'le chauffeur de bus',
    'the gorillas at the zoo',
  ])('names none: %s', (text) => expect(names(text)).toEqual([]));

  it.each([
    'je bosse chez lidl et apres je rentre',
    'applied to mazars and heard nothing',
    'chez auchan et demain chez lidl',
    'il sort de chez lidl et connaît bien la caisse',
  ])('joins no common word: %s', (text) =>
    expect(names(text).every((f) => /^ORG:(?:lidl|mazars|auchan)$/.test(f))).toBe(true),
  );
});

describe('a title, a role and a surname', () => {
  it.each([
    ['madame presidente lefort a signé', 'PERSON:madame presidente lefort'],
    ['monsieur le directeur dupont m’a reçu', 'PERSON:monsieur le directeur dupont'],
    ['mme la maire girard est venue', 'PERSON:mme la maire girard'],
    ['madame la juge martin est là', 'PERSON:madame la juge martin'],
    ['m. le maire blanc a répondu', 'PERSON:m. le maire blanc'],
    ['la juge moreau a tranché', 'PERSON:juge moreau'],
    ['le commissaire lambert a appelé', 'PERSON:commissaire lambert'],
    ['le directeur dupont est parti', 'PERSON:directeur dupont'],
    ['tonton dupont arrive demain', 'PERSON:tonton dupont'],
    ['madame la directrice kouassi valide', 'PERSON:madame la directrice kouassi'],
  ])('%s', (text, expected) => expect(names(text)).toEqual([expected]));

  it.each([
    'mme la directrice a appelé',
    'monsieur le maire signe demain',
    'madame la juge tranche vite',
    'madame la directrice generale',
    'madame la directrice sortante',
    'le maire adjoint est venu',
    'la juge rose les dossiers',
    'monsieur le maire est en retard',
    'la directrice martin',
    'mme la ministre de la santé',
    'tonton arrive demain',
    'la juge des tutelles a dit non',
    'le bureau des archivistes a dit oui',
  ])('names none: %s', (text) => expect(names(text)).toEqual([]));
});

describe('Korean names typed in lower case', () => {
  it.each([
    ['jai vu kim min-jun hier', 'PERSON:kim min-jun'],
    ['on bosse avec park ji-woo', 'PERSON:park ji-woo'],
    ['lee seo-yeon est ma collegue', 'PERSON:lee seo-yeon'],
    ['merci a choi yoon-seo pour le doc', 'PERSON:choi yoon-seo'],
    ['my mentor jung hae-in said ok', 'PERSON:jung hae-in'],
    ['han so-hee ma binome', 'PERSON:han so-hee'],
    ['kang dong-won est passé', 'PERSON:kang dong-won'],
    ['jang tae-yang est arrivé', 'PERSON:jang tae-yang'],
    ['choi kyung-soo a dit oui', 'PERSON:choi kyung-soo'],
  ])('%s', (text, expected) => expect(names(text)).toEqual([expected]));

  it.each([
    'i left the car in the park',
    'the car park near the station',
    'on se gare au park avant',
    'see you at park lane',
    'son hip-hop est nul',
    'moon ping-pong',
    'oh la-la',
    'son ex-mari',
    'an e-mail from hr',
  ])('names none: %s', (text) => expect(names(text)).toEqual([]));

  it('a Korean surname alone stays a first name, not a full name', () =>
    expect(names('kim said hi')).toEqual(['PERSON:kim']));
});

describe('a master of ceremonies is a post, not a lawyer', () => {
  it.each([
    'Il est Maître de Cérémonie au château',
    'il cherche un maitre de ceremonie pour le mariage',
    'Le Maître d’Hôtel nous a placés',
    'Maître de Conférences à Lyon',
  ])('names none: %s', (text) => expect(names(text)).toEqual([]));

  it.each([
    ['Maître de Chai chez Hennessy depuis 2010', ['ORG:Hennessy']],
    ['Maître de la Fontaine plaide demain', ['PERSON:Maître de la Fontaine']],
    ['Rendez-vous avec Maître Da Silva', ['PERSON:Maître Da Silva']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('someone else than a company where the words say so', () => {
  it.each([
    ['I work as a cleaner, Benali is my boss', ['PERSON:Benali']],
    ['Je suis aide-soignante, Moreau est ma cheffe', ['PERSON:Moreau']],
    ['Julie Martin, Chargée de recrutement, Adecco', ['PERSON:Julie Martin', 'ORG:Adecco']],
    ['Manpower Lyon Part-Dieu recrute', ['ORG:Manpower']],
    ['chez tonton dupont', ['PERSON:tonton dupont']],
    ['je bosse chez techni-clim 2000', ['ORG:techni-clim 2000']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    'je dors chez grand-mère 2 nuits',
    'je dors chez mamie ce soir',
    'nul de chez nul ce film',
    'fatiguée de chez fatiguée',
  ])('names none: %s', (text) => expect(names(text)).toEqual([]));
});
