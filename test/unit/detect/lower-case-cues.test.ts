import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Names and companies typed in lower case, where capitals say nothing: each mechanism
// with sentences of its own (French and English) and the traps beside it.
const people = (text: string) => found(text).filter((f) => f.startsWith('PERSON:'));
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('family nicknames and "maître" used as a title', () => {
  it.each([
    ['tonton marcel vient diner samedi', 'PERSON:tonton marcel'],
    ['jai appele tata nadia pour la garde', 'PERSON:tata nadia'],
    ['mamie josette est a l hopital', 'PERSON:mamie josette'],
    ['auntie priya sent me the form', 'PERSON:auntie priya'],
    ['maitre sandrine vasseur ma rappelee', 'PERSON:maitre sandrine vasseur'],
  ])('%s', (text, expected) => expect(people(text)).toContain(expected));
  it.each([
    ['ma tata est malade'],
    ['mamie dit que ca ira'],
    ['il est maitre de conference'],
    ['le maitre nageur est absent'],
  ])('not in %s', (text) => expect(people(text)).toEqual([]));
});

describe('a particle after a title: the apostrophe a phone drops', () => {
  it.each([
    ['le proprio m da costa veut la caution', 'PERSON:m da costa'],
    ['mr o connor from the pub called', 'PERSON:mr o connor'],
    ['jai vu mme dos santos ce matin', 'PERSON:mme dos santos'],
  ])('%s', (text, expected) => expect(people(text)).toContain(expected));
  it.each([['tu peux m da dire'], ['o la la quelle journee']])('not in %s', (text) =>
    expect(people(text)).toEqual([]),
  );
});

describe('a first name that is a word only in the dictionary, before a verb', () => {
  it.each([
    ['amadou s est coupe au travail', 'PERSON:amadou'],
    ['ambre et moi on revise ensemble', 'PERSON:ambre'],
    ['jake is not answering his phone', 'PERSON:jake'],
  ])('%s', (text, expected) => expect(people(text)).toContain(expected));
  it.each([
    ['la couleur ambre est jolie'],
    ['ambre ce matin etait superbe'],
    ['elle jette tout'],
    ['jdois porter plainte'],
    ['de l huile d olive'],
  ])('not in %s', (text) => expect(people(text)).toEqual([]));
});

describe('someone being named, greeted or thanked', () => {
  it.each([
    ['la nouvelle sappelle grace mbarga', 'PERSON:grace mbarga'],
    ['my new flatmate is called tiago', 'PERSON:tiago'],
    ['merci rose pour les notes', 'PERSON:rose'],
    ['salut pierre tu passes ce soir', 'PERSON:pierre'],
    ['thanks hope, see you monday', 'PERSON:hope'],
    ['coucou capucine', 'PERSON:capucine'],
  ])('%s', (text, expected) => expect(people(text)).toContain(expected));
  it.each([
    ['merci beaucoup pour hier'],
    ['merci pour tout'],
    ['thanks again'],
    ['hi all'],
    ['merci maman'],
    ['merci d avance'],
    ['pierre a appele pour le planning'],
  ])('not in %s', (text) => expect(people(text).filter((p) => p !== 'PERSON:pierre')).toEqual([]));
});

describe('a role before a name, with its complement or a comma', () => {
  it.each([
    ['ma responsable de stage claire bertin est absente', 'PERSON:claire bertin'],
    ['mon chef de rang baptiste ma engueule', 'PERSON:baptiste'],
    ['mon manager, clement, est en conges', 'PERSON:clement'],
    ['my old tutor, professor eleanor ashby, replied', 'PERSON:professor eleanor ashby'],
    ['faith from my cohort already finished', 'PERSON:faith'],
    ['Capucine de chez Truffaut a rappelé', 'PERSON:Capucine'],
  ])('%s', (text, expected) => expect(people(text)).toContain(expected));
  it.each([['ma responsable de stage est absente'], ['faith from the start']])(
    'not in %s',
    (text) => expect(people(text)).toEqual([]),
  );
});

describe('full names whose words are also words, or written surname first', () => {
  it.each([
    ['pierre meunier m a encore coupe', 'PERSON:pierre meunier'],
    ['victoire charpentier est ma nouvelle tutrice', 'PERSON:victoire charpentier'],
    ['my supervisor dave carpenter keeps asking', 'PERSON:dave carpenter'],
    ['nguyen thi lan reprend le dossier', 'PERSON:nguyen thi lan'],
    ['zhang wei arrive lundi', 'PERSON:zhang wei'],
    ['tran van minh is on my team', 'PERSON:tran van minh'],
  ])('%s', (text, expected) => expect(people(text)).toContain(expected));
  it.each([
    ['laisse julie gerer le dossier', 'PERSON:julie'],
    ['i told sarah whatever she wants', 'PERSON:sarah'],
  ])('%s: the first name alone', (text, expected) => expect(people(text)).toEqual([expected]));
  it.each([['the park is nice'], ['on va au park demain']])('not in %s', (text) =>
    expect(people(text)).toEqual([]),
  );
});

describe('companies and institutions in lower case', () => {
  it.each([
    ['stage a l hopital jean verdier en mai', 'ORG:hopital jean verdier'],
    ['elle bosse a la clinique sainte anne', 'ORG:clinique sainte anne'],
    ['dossier pour la fondation abbe lemire', 'ORG:fondation abbe lemire'],
    ['mamie est a l ehpad les glycines', 'ORG:ehpad les glycines'],
    ['the letter from thornbury academy came', 'ORG:thornbury academy'],
    ['entretien chez vinci construction jeudi', 'ORG:vinci construction'],
    ['the client is marlowe logistics ltd', 'ORG:marlowe logistics ltd'],
    ['le devis de kerbrat conseil est arrive', 'ORG:kerbrat conseil'],
    ['depuis que carrefour m a pas renouvele', 'ORG:carrefour'],
    ['since poundstretch let me go i cant sleep', 'ORG:poundstretch'],
  ])('%s', (text, expected) => expect(names(text)).toContain(expected));
  it.each([
    ['l hopital le plus proche'],
    ['la clinique du coin'],
    ['the grammar school'],
    ['a pilates academy'],
    ['mental health services'],
    ['le prestataire conseil'],
    ['on va au carrefour'],
    ['le carrefour m a pas plu'],
    ['mon chef m a vire'],
  ])('not in %s', (text) => expect(names(text)).toEqual([]));
});

describe('birth dates and plates typed on a phone', () => {
  it.each([
    ['jsuis nee le 4 avril 1999 a lyon', 'DOB:4 avril 1999'],
    ['sa date de naissance sur le formulaire papier, 2 mai 1980.', 'DOB:2 mai 1980'],
    ['kb-552-ht is the van for today', 'PLATE:kb-552-ht'],
    ['la voiture de location cest la fd-318-ws', 'PLATE:fd-318-ws'],
    ['amende pour le GH417KT hier', 'PLATE:GH417KT'],
  ])('%s', (text, expected) => expect(found(text)).toContain(expected));
  it.each([['on a fait ab-123-cd'], ['ref ab-123-cd du colis']])('not in %s', (text) =>
    expect(found(text).filter((f) => f.startsWith('PLATE:'))).toEqual([]),
  );
});

// A first name that is also a word, after a verb that speaks to someone or waits for them.
describe('someone talked to or waited for', () => {
  it.each([
    ['i need to talk to james about it', 'PERSON:james'],
    ['reply to mark asap', 'PERSON:mark'],
    ['waiting for paul', 'PERSON:paul'],
    ["j'attends paul", 'PERSON:paul'],
    ['jattends rose pour partir', 'PERSON:rose'],
  ])('%s', (text, expected) => expect(people(text)).toEqual([expected]));
  it.each([
    ["j'attends la reponse"],
    ['waiting for the bus'],
    ['talk to hr'],
    ['talk to may'],
    ["j'attends avril"],
  ])('not in %s', (text) => expect(people(text)).toEqual([]));
});

// After a role, an English past tense is what the person did, not their name; a first
// name written with "-ed" is a known one.
describe('a verb in the past after a role', () => {
  it.each([
    ['my boss shouted at me today'],
    ['my boss yelled at me'],
    ['my manager emailed me'],
    ['my boss stopped me'],
    // A French verb after a role, then its object or an adverb.
    ['mon chef gueule tout le temps'],
    ['mon tuteur kiffe mon rapport'],
    ['ma responsable valide demain'],
    ['mon binome bosse bien'],
  ])('not in %s', (text) => expect(people(text)).toEqual([]));
  it.each([
    ['my manager ahmed said no', 'PERSON:ahmed'],
    ['my colleague khaled is off', 'PERSON:khaled'],
    ['mon chef tavita est la', 'PERSON:tavita'],
  ])('%s', (text, expected) => expect(people(text)).toEqual([expected]));
});
