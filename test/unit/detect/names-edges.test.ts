import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// The cases the name recogniser's comments promise, each in a sentence a mentee could
// write: who is a person, what is a company, and the capitalised words that are neither.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('people', () => {
  it.each([
    // A title, with or without a capital after it.
    ["J'ai vu le Dr Ouali", ['PERSON:Dr Ouali']],
    ['Maître Delattre a appelé', ['PERSON:Maître Delattre']],
    ['Mme Lefèvre a appelé', ['PERSON:Mme Lefèvre']],
    ['Mme boyer a appelé', ['PERSON:Mme boyer']],
    ['Le dossier de M. OBI est prêt', ['PERSON:M. OBI']],
    // A capitalised word at the start, then what shows it is someone.
    ["Ange de l'équipe logistique m'a aidé", ['PERSON:Ange']],
    ['Rose du service paie a répondu', ['PERSON:Rose']],
    ['Appeler Dupont demain', ['PERSON:Dupont']],
    // A first name's followers are a surname, whatever they look like.
    ["J'ai vu Hervé Noël hier", ['PERSON:Hervé Noël']],
    // Particles inside a name.
    ['Jean de la Fontaine a écrit', ['PERSON:Jean de la Fontaine']],
    ['Ursula von der Leyen a parlé', ['PERSON:Ursula von der Leyen']],
    // Where someone works.
    ['Marguerite de chez Brioche Dorée a appelé', ['PERSON:Marguerite', 'ORG:Brioche Dorée']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('companies', () => {
  it.each([
    ['Je travaille chez Brightwell Health', ['ORG:Brightwell Health']],
    ["Chez Free, on m'a proposé un CDD.", ['ORG:Free']],
    ['Je travaille pour Dupont Conseil', ['ORG:Dupont Conseil']],
    ['Il bosse chez bouygues telecom', ['ORG:bouygues telecom']],
    ['Il bosse chez vinci energies', ['ORG:vinci energies']],
    ["c'est Les Jardins d'Émile", ["ORG:Les Jardins d'Émile"]],
    ['on mange chez La Belle Époque', ['ORG:La Belle Époque']],
    ["J'ai une offre chez pret a manger", ['ORG:pret a manger']],
    // A family firm: "et" or "&", then the family or the company, as a whole word.
    ['Voir avec Martin et Filles demain', ['ORG:Martin et Filles']],
    ['Voir avec Martin & Associes demain', ['ORG:Martin & Associes']],
    ['Voir avec Martin et Cie demain', ['ORG:Martin et Cie']],
    ['Voir avec Martin et Fils', ['ORG:Martin et Fils']],
    ['Voir avec Martin et Filsx', ['PERSON:Martin', 'PERSON:Filsx']],
    // Sector words after a known company make it another one, four words at most.
    [
      'chez Orange Grove Garden Centre Nurseries Ltd',
      ['ORG:Orange Grove Garden Centre Nurseries', 'PERSON:Ltd'],
    ],
    ['I shop at Orange Road Motors', ['ORG:Orange Road Motors']],
    ['Je bosse chez Amazon Zorglub', ['ORG:Amazon', 'PERSON:Zorglub']],
    ['il bosse chez bouygues zorglub', ['ORG:bouygues']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('capitalised words that name no one', () => {
  it.each([
    // Workshops, programmes, works, files and schemes.
    ["Je fais l'Atelier Excel jeudi"],
    ['Je suis le parcours Cap Manager'],
    ['le projet Phoenix avance'],
    ['le tableau Suivi Recrutement est à jour'],
    ["J'ai touché la prime Macron"],
    ['On va au Salon Bourget'],
    ['Je vais au Salon demain'],
    ['The Grace Period ends soon'],
    ['Allez les Bleus !'],
    // Places, rooms, buildings, streets.
    ['Florence ou Genève, je ne sais pas'],
    ['Je pars à Hong Kong en mai'],
    ['Je pars en Gascogne'],
    ['I live on Orange Street'],
    ['Je suis au Bâtiment B'],
    ['Rendez-vous à la Residence A'],
    ['We meet in room Kensington'],
    ['Réunion salle Rivoli'],
    // Public bodies, platforms, cars.
    ["un mail de l'Assurance Maladie"],
    ["J'ai un souci avec la sncf"],
    ['I posted on Indeed'],
    ["J'ai vendu ma veste sur Vinted"],
    ["J'ai acheté la Peugeot 308"],
    ['Il roule en Tesla'],
    ['Il a une Tesla'],
  ])('%s', (text) => expect(names(text)).toEqual([]));
});
