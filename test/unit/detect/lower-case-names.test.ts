import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Names as a phone keyboard writes them, each cue beside the trap it must not fall in.
const people = (text: string, options?: Parameters<typeof found>[1]) =>
  found(text, options).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('lower-case names with a cue', () => {
  it.each([
    [
      'a sure first name',
      'slt jai croisé kevin marchand a la machine a cafe',
      ['PERSON:kevin marchand'],
    ],
    [
      'a first name and an unknown surname',
      'tell priya raman i said thanks',
      ['PERSON:priya raman'],
    ],
    ['title mme', 'mme boyer m a rappelee hier soir', ['PERSON:mme boyer']],
    ['title dr', "le dr benali m'a prescrit du repos", ['PERSON:dr benali']],
    [
      'title mr with a surname that is no word',
      'mr leblanc veut une reponse',
      ['PERSON:mr leblanc'],
    ],
    ['title m. with a surname that is a word', 'm. chevalier a signé', ['PERSON:m. chevalier']],
    ['capitalised title, lower-case name', 'Mme tanguy a validé', ['PERSON:Mme tanguy']],
    [
      'verb of speech after a name that is a word',
      "rose m'a dit que la salle etait prise",
      ['PERSON:rose'],
    ],
    [
      'verb of action after a name that is a word',
      'pierre a appelé pour le planning',
      ['PERSON:pierre'],
    ],
    [
      'English verb after a name that is a word',
      'my boss sunny says i should lead',
      ['PERSON:sunny'],
    ],
    ['possessive and role', 'ma n+1 gwenaelle m a encore coupee', ['PERSON:gwenaelle']],
    ['possessive and role, English', 'my manager hope wants weekly one to ones', ['PERSON:hope']],
    ['de la part de', 'de la part de constance : la reunion est decalee', ['PERSON:constance']],
    [
      'a department after a surname that is a word',
      'boulanger du service achats m a relancee',
      ['PERSON:boulanger'],
    ],
    ['a department after, English', 'dawn from finance keeps cc-ing my manager', ['PERSON:dawn']],
    [
      'avec and a surname that is no word',
      'avec lamotte c toujours la meme histoire',
      ['PERSON:lamotte'],
    ],
    [
      'a first name missing from faker',
      'je vois siobhan murphy next week',
      ['PERSON:siobhan murphy'],
    ],
    [
      'a verb of thought after a name that is a word',
      'victor pense que je devrais accepter',
      ['PERSON:victor'],
    ],
    [
      'a past participle after a name that is a word',
      'ambre a démissionné ce matin',
      ['PERSON:ambre'],
    ],
    [
      'coordinated with a full name',
      'lunch with emma and jack thompson today',
      ['PERSON:emma', 'PERSON:jack thompson'],
    ],
    ['told ... that', 'will told me the project is cancelled', ['PERSON:will']],
    [
      'a name that is a word and a known surname',
      'voici le rib de jean dupont',
      ['PERSON:jean dupont'],
    ],
    ['the same after an article', 'la jeanne martin de la compta', ['PERSON:jeanne martin']],
    [
      'a name the gazetteer lacks, before a verb of saying',
      "wiremu m'a dit que c'etait pourvu",
      ['PERSON:wiremu'],
    ],
    [
      'a name the gazetteer lacks, coordinated with a sure one',
      'ferhat et lindiwe font la formation',
      ['PERSON:ferhat', 'PERSON:lindiwe'],
    ],
    ['the watch-list', 'le dossier garance avance', ['PERSON:garance'], { watchList: ['Garance'] }],
  ])('%s', (_cue, text, expected, options?) =>
    expect(people(text, options as Parameters<typeof found>[1])).toEqual(expected),
  );
});

describe('words that are names only with a cue', () => {
  it.each([
    ['a colour', "j'ai mis la chemise rose pour l'entretien"],
    ['a stone', "la pierre de l'entree est fissuree"],
    ['the weather', 'it was a sunny day so we went outside'],
    ['an oil', "j'adore l'huile d'olive de mon epicier"],
    ['an adjective', "c'est pas tres claire cette histoire de prime"],
    ['a virtue', "il faut de la constance dans l'effort"],
    ['a baker', "le boulanger du coin m'a offert un croissant"],
    ['a period', 'Grace period for the expenses ends friday'],
    ['a pronoun', "tu connais karim ? elle dit que tu l'as coache"],
    ['an adverb before a verb', 'the COO even asked me to run it again'],
    ['a verb after a role', 'My manager said to just send it'],
    ['avec and a word', 'avec plaisir, et avec prudence'],
    ['a car model after an article', "j'ai roulé en clio toute ma vie, ma zoe est au garage"],
    ['a medicine', "j'ai pris un doliprane et du Xanax, ca va mieux"],
    ['an English word starting a sentence', 'Meeting notes for Monday are in the shared folder'],
    [
      'a training programme',
      'je suis inscrite au parcours Cap Manager, la formation Lead Together aussi',
    ],
    ['shorthand after a name', 'karim jsp'],
    ['shorthand that is a name somewhere', 'jai parlé au boss ce matin'],
    ['English shorthand after a verb', 'client yelled abt a parcel, customer called abt his order'],
    ['French shorthand after a verb', 'il a répondu dac, mrc pour le lien'],
    [
      'an article before a name that is a word',
      'la pierre a été posée hier, la couleur ambre aussi',
    ],
    ['a modal verb', 'i will send the report tomorrow'],
    ['a public body', 'mon conseiller pole emploi m a rappele'],
    ['a word before a verb of saying', "ca m'a dit quelque chose, bref m'a pas convaincue"],
    ['a possessive that is a surname somewhere (Son)', "elle m'envoie son iban ce soir"],
  ])('%s', (_trap, text) => {
    const names = people(text).filter((f) => !f.startsWith('PERSON:karim'));
    expect(names).toEqual([]);
  });
});

describe('particles and compound names, caught whole', () => {
  it.each([
    ['de la', 'marie-christine de la fontaine veut tout refaire', 'marie-christine de la fontaine'],
    ['le', 'rdv avec yann le goff jeudi', 'yann le goff'],
    ['van den, after a title', 'on a reçu M. Van den Bosch pour l audit', 'M. Van den Bosch'],
    ['van der, capitalised', 'Pieter van der Berg wants a call', 'Pieter van der Berg'],
    ['von', 'Sophie von Arx arrive lundi', 'Sophie von Arx'],
    ['ben', 'mon collegue karim ben salah part', 'karim ben salah'],
    ['di', 'luca di stefano est le nouveau chef de projet', 'luca di stefano'],
    ['dos', 'joao dos santos m a aidee', 'joao dos santos'],
    ['da', 'giulia da costa m a envoye son cv', 'giulia da costa'],
    ['el', 'Nadia El Amrani gere le recrutement', 'Nadia El Amrani'],
    ["o'", "siobhan o'connell is leaving", "siobhan o'connell"],
    ['de la, after a title', 'mme de la fontaine a appelé', 'mme de la fontaine'],
  ])('%s', (_particle, text, name) => expect(people(text)).toContain(`PERSON:${name}`));
  it.each([
    [
      'an article, a word, a particle, an unknown word',
      'tu peux m envoyer le lien de la visio',
      [],
    ],
    ['the same with du', 'envoie le lien du drive stp', []],
    [
      'a known surname after the particle',
      'rose de la fontaine a appelé',
      ['PERSON:rose de la fontaine'],
    ],
    ['no article before', 'j ai parlé a lien de la cruz', ['PERSON:lien de la cruz']],
  ])('a thing and its complement are no name: %s', (_case, text, expected) =>
    expect(people(text)).toEqual(expected),
  );
  it.each([
    ['a department after a first name', 'karim de la compta veut ma note', 'PERSON:karim'],
    ['a common word after a first name', 'sophie du service paie est la', 'PERSON:sophie'],
    ['an infinitive after "de"', 'jai demandé a zygmunt de relire mon cv', 'PERSON:zygmunt'],
  ])('stops at %s', (_case, text, expected) => expect(people(text)).toEqual([expected]));
});

describe('companies written in lower case or as words', () => {
  it.each([
    ['chez', 'je bosse chez castorama depuis 3 ans', ['ORG:castorama']],
    ['client', 'client macif super exigeant', ['ORG:macif']],
    ['je bosse pour, known', 'je bosse pour sncf reseau depuis 2019', ['ORG:sncf reseau']],
    ['je bosse à, known', 'je bosse a la poste depuis 12 ans', ['ORG:la poste']],
    ['je bosse pour, unknown', 'je bosse pour peyrache depuis mars', ['ORG:peyrache']],
    ['mon employeur', 'mon employeur decathlon refuse', ['ORG:decathlon']],
    ['a head noun', 'le fournisseur transports mauduit est en retard', ['ORG:transports mauduit']],
    [
      'a legal form',
      'Menuiserie Garnier SARL nous doit 3 factures',
      ['ORG:Menuiserie Garnier SARL'],
    ],
    ['a domain, capitalised', 'le recruteur de Leboncoin.fr m a relancee', ['ORG:Leboncoin.fr']],
    ['a domain after a cue', 'we got the contract with globex.com finally', ['ORG:globex.com']],
    ['a known company in lower case', 'on a un rdv avec bpifrance lundi', ['ORG:bpifrance']],
  ])('%s', (_cue, text, expected) => expect(people(text)).toEqual(expected));
  it.each([
    'je bosse a la maison aujourd hui',
    'je travaille pour rien en ce moment',
    'elle travaille a domicile',
    "j'ai lu ça sur lemonde.fr",
    'le groupe de travail se reunit',
    'le cabinet medical est ferme',
    'un compte a la banque autrichienne',
    'je prends un bain et je file',
  ])('ignores %s', (text) => expect(people(text)).toEqual([]));
});
