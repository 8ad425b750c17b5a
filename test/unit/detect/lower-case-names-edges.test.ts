import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

const people = (text: string) =>
  found(text)
    .filter((f) => f.startsWith('PERSON:'))
    .map((f) => f.slice('PERSON:'.length));

// The edges of the lower-case name rules: what joins a first name to its surname
// (particles, an Irish "o" a keyboard split, an English -er surname), what counts as
// being named ("je m'appelle", "my name's"), and what an unknown word must look like to
// be a surname.
describe('lower-case names: surname, particles and being named', () => {
  it.each([
    ['an "o" before a known surname', "j'ai vu kevin o connor hier", ['kevin o connor']],
    ['an "o" before an unknown word', "j'ai vu kevin o zorbak hier", ['kevin']],
    ['an Irish name with its apostrophe', "siobhan o'neill called", ["siobhan o'neill"]],
    ['a title and a split "o"', 'mr o connor called', ['mr o connor']],
    ['a particle and a capital-less surname', 'kevin le goff est là', ['kevin le goff']],
    ['two particles', 'marie de la fontaine a appelé', ['marie de la fontaine']],
    [
      '"du" after a sure compound first name',
      'jean-baptiste du plessis est là',
      ['jean-baptiste du plessis'],
    ],
    ['Germanic particles', "j'ai vu piet van der meer", ['piet van der meer']],
    ['"de" before an infinitive is no particle', 'demander a karim de relire', ['karim']],
    [
      'an English -er surname among English words',
      'i met dave carpenter at the gym',
      ['dave carpenter'],
    ],
    ['a French verb after a first name', 'laisse julie gerer', ['julie']],
    ['an English -er surname of six letters', 'i met dave bloker at the gym', ['dave bloker']],
    ['an -er word after a name that is also a word', 'i met rose bloker at the gym', ['rose']],
    ['an -er word in a French sentence', 'avec dave bloker', ['dave']],
    [
      'a first name as the surname, even with a verb ending',
      "j'ai vu karim florent",
      ['karim florent'],
    ],
    ['a surname with no vowel is none', "j'ai vu karim brt hier", ['karim']],
    ['two letters are no surname', "j'ai vu karim xz hier", ['karim']],
    [
      'an unknown word that is no common word',
      "j'ai vu karim bentretien hier",
      ['karim bentretien'],
    ],
    ['a title and a trade surname', 'mme boulanger a appelé', ['mme boulanger']],
    ['a title and a hyphenated surname', 'mme lefort-dumas a appelé', ['mme lefort-dumas']],
    ['a title, its dot and a particle', 'm. de villiers', ['m. de villiers']],
    ['a title, its dot glued to a particle', 'm.de villiers', ['m.de villiers']],
    ['a title and a four-letter word as the surname', 'mme fort a appelé', ['mme fort']],
  ])('%s', (_case, text, expected) => expect(people(text)).toEqual(expected));

  it.each([
    ['"je m\'appelle"', "je m'appelle rose", ['rose']],
    ['"elle s\'appelle"', "elle s'appelle rose", ['rose']],
    ['"on l\'appelle" is a nickname, not a name given', "on l'appelle rose", []],
    ['"my name is"', 'my name is hope', ['hope']],
    ['"my name\'s"', "my name's hope", ['hope']],
    ['"is" after another noun', 'the plan is hope', []],
    ['a verb of liking, an adverb between', 'mon frère aime vraiment marie', ['marie']],
    ['a verb of liking and a common noun, in English', 'she loves summer', []],
    ['"avec" and a known surname', 'avec lamotte on a bossé', ['lamotte']],
    ['"avec" and a virtue', 'avec prudence', []],
    ['a verb after the name', 'mme parlait', []],
    ['a tool after a title', 'ms word', []],
  ])('%s', (_case, text, expected) => expect(people(text)).toEqual(expected));
});
