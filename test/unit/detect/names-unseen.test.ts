import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { found } from './helpers.ts';

// Names and companies on text nobody tuned to: each phenomenon with several fresh
// sentences and the traps beside it.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('full names the gazetteer lacks, where capitals prove nothing', () => {
  it.each([
    ['Iñaki Etxeberria a validé le devis.', 'PERSON:Iñaki Etxeberria'],
    ['Wideline Pierre-Louis est arrivée ce matin.', 'PERSON:Wideline Pierre-Louis'],
    ['Maricel Dela Cruz travaille de nuit.', 'PERSON:Maricel Dela Cruz'],
    ['Hamish MacLeod from the Leeds office called.', 'PERSON:Hamish MacLeod'],
    ['Tavita Faleolo reprend le dossier.', 'PERSON:Tavita Faleolo'],
  ])('%s', (text, expected) => expect(names(text)).toEqual([expected]));
  it.each([
    ['Armenian -yan', 'Le rapport de Hovsepyan est arrivé.', 'PERSON:Hovsepyan'],
    ['Greek -poulos', 'On attend Karamanopoulos pour signer.', 'PERSON:Karamanopoulos'],
    ['Icelandic -dottir', 'Sigrún Jónsdóttir arrive lundi.', 'PERSON:Sigrún Jónsdóttir'],
    ['Malagasy Rakoto-', 'Rakotoarisoa a envoyé le planning.', 'PERSON:Rakotoarisoa'],
    ['Polish -wicz', 'Le dossier de Grabowicz est complet.', 'PERSON:Grabowicz'],
  ])('a surname by its shape: %s', (_shape, text, expected) =>
    expect(names(text)).toEqual([expected]),
  );
  it.each([
    [
      'an English name before a verb',
      'Sync moved to 10am, Tamsin will send the invite.',
      'PERSON:Tamsin',
    ],
    ['two-letter surnames', 'aissatou ba et clementine organisent le pot', 'PERSON:aissatou ba'],
  ])('%s', (_case, text, expected) => expect(names(text)).toContain(expected));
});

describe('a sentence opened by a word that is never a name', () => {
  it.each([
    ['Avec Julien Moreau hier, on a revu le planning.', 'PERSON:Julien Moreau'],
    ['Avec Claire Martin hier', 'PERSON:Claire Martin'],
    ['Pour Sophie Durand, le dossier est prêt.', 'PERSON:Sophie Durand'],
    ['Hier Pierre Marchand a rappelé.', 'PERSON:Pierre Marchand'],
    ['With Nadia Hussain tomorrow at ten.', 'PERSON:Nadia Hussain'],
    ['Ensuite Julien Moreau reprend la main.', 'PERSON:Julien Moreau'],
  ])('%s', (text, expected) => expect(names(text)).toEqual([expected]));
});

describe('title case that names a thing, not a person', () => {
  it.each([
    ['a heading', 'Meeting Notes for Monday are in the folder.'],
    ['a bonus named after someone', 'Prime Macron versée en décembre, seulement aux CDI.'],
    ['a public scheme', 'Action Logement m’a accordé une aide.'],
    ['a project', 'Grand Paris Express : les travaux bloquent le dépôt.'],
    ['a table', 'Le tableau Suivi Recrutement est à jour.'],
    ['a book', 'Ton avis sur le livre Atomic Habits ?'],
    ['a method', 'La méthode Kanban ne marche pas chez nous.'],
    ['an event after at', 'We are presenting at Open Innovation Day next week.'],
    ['a party', 'The Summer Party is on Friday.'],
    ['a car with its model', 'J’ai roulé en Tesla Model 3 pour le salon.'],
    ['a car after an article', 'Je viens d’acheter une Peugeot 308 d’occasion.'],
    ['medicines', 'Le Doliprane et la Ventoline ne suffisent plus.'],
    ['a training programme', 'La formation Manager Coach commence lundi.'],
    ['a welcome pack', 'Welcome Pack for new joiners: laptop and badge.'],
  ])('%s', (_case, text) => expect(names(text)).toEqual([]));
  it.each([
    ['a carmaker as an employer', 'Elle vient de chez Renault.', ['ORG:Renault']],
    ['a first name after a heading word', 'Merci Julien pour hier.', ['PERSON:Julien']],
    ['a name after a verb heading a line', 'Voir Karim demain.', ['PERSON:Karim']],
    ['a full name that starts with a word', 'Rose Martin a signé.', ['PERSON:Rose Martin']],
    ['a surname that is a word', 'Olive Berger est là.', ['PERSON:Olive Berger']],
  ])('but %s', (_case, text, expected) => expect(names(text)).toEqual(expected));
});

describe('titles with particles', () => {
  it.each([
    ['M. de Villiers a signé le bon de commande.', 'PERSON:M. de Villiers'],
    ['Mme de la Tour a appelé.', 'PERSON:Mme de la Tour'],
    ['On attend le Dr van Damme.', 'PERSON:Dr van Damme'],
    ['Me du Plessis plaide demain.', 'PERSON:Me du Plessis'],
    ['mme le gall arrive a 10h', 'PERSON:mme le gall'],
    ['m. la rocca a appelé', 'PERSON:m. la rocca'],
  ])('%s', (text, expected) => expect(names(text)).toEqual([expected]));
  it.each(['Mme la directrice a dit non.', 'M. le maire a signé.', 'mme le prefet arrive'])(
    'a role after a title: %s',
    (text) => expect(names(text)).toEqual([]),
  );
  it.each(['rdv avec mme de', 'M. de', 'Mme de la', 'le dr van', 'yann le'])(
    'a draft that stops after a particle does not throw: %s',
    (text) => expect(() => analyze(text)).not.toThrow(),
  );
});

describe('lower-case names from what surrounds them', () => {
  it.each([
    ['something sent by someone', 'le mail de jules etait limite agressif', ['PERSON:jules']],
    ['a text message', 'un texto de rose ce matin, elle est malade', ['PERSON:rose']],
    ['English', 'got a message from hope about the budget', ['PERSON:hope']],
    ['avec and a bare surname that is a word', "avec berger on s'entend pas", ['PERSON:berger']],
    [
      'coordinated with a full name',
      'awa traore et prudence sont en formation',
      ['PERSON:awa traore', 'PERSON:prudence'],
    ],
  ])('%s', (_cue, text, expected) => expect(names(text)).toEqual(expected));
  it.each([
    ['a reminder', 'le mail de relance est parti'],
    ['a confirmation', 'le mail de confirmation est arrivé'],
    ['avec and an abstract noun', 'avec grace, elle a tout accepté'],
    ['avec and a thing', 'il est venu avec bonnet et echarpe'],
  ])('not %s', (_trap, text) => expect(names(text)).toEqual([]));
});

describe('companies from their shape or their role', () => {
  it.each([
    [
      'a family firm',
      'Le devis de Menuiserie Lecoq et Fils est arrivé.',
      ['ORG:Menuiserie Lecoq et Fils'],
    ],
    ['brothers', 'On travaille avec Martin Frères depuis 2010.', ['ORG:Martin Frères']],
    ['partners', 'Durand & Associés a envoyé la facture.', ['ORG:Durand & Associés']],
    ['ets and a surname in -el', "le fournisseur ets fauvel n'a pas livré", ['ORG:ets fauvel']],
    ['groupe and a surname', 'le groupe martel rachete la boite', ['ORG:groupe martel']],
    ['a role after, English', "we're switching to contoso as our cloud provider", ['ORG:contoso']],
    ['a role after, French', 'on a pris mauduit comme prestataire', ['ORG:mauduit']],
  ])('%s', (_cue, text, expected) => expect(names(text)).toEqual(expected));
  it.each([
    'le groupe industriel recrute',
    'le cabinet professionnel ferme',
    'i see it as our provider',
  ])('not %s', (text) => expect(names(text)).toEqual([]));
});

describe('a postal box without a street', () => {
  it.each([
    ['BP 45, 33000 Bordeaux Cedex', 'ADDRESS:BP 45, 33000 Bordeaux Cedex'],
    ['écrire à CS 70012, 69003 Lyon Cedex 03', 'ADDRESS:CS 70012, 69003 Lyon Cedex 03'],
    ['bp 12 24300 nontron', 'ADDRESS:bp 12 24300 nontron'],
  ])('%s', (text, expected) => expect(found(text)).toEqual([expected]));
});
