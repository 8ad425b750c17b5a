import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Capitalised words inside a sentence: a name, a company, or a common noun, a room, a
// place, a title of a role. Unknown words are made up ("Zorglub"), so that only the
// words around them decide.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('capitalised words inside a sentence', () => {
  it.each([
    ['On a vu ma Rose Martin hier', ['PERSON:Rose Martin']],
    ['I met Zorglub', ['PERSON:Zorglub']],
    ['I met Siemens', ['ORG:Siemens']],
    // A first name that is also a town or a word, after "met": someone met.
    ['we met Florence at the cafe', ['PERSON:Florence']],
    ['I met Rose last week', ['PERSON:Rose']],
    ['We met Tamsin yesterday', ['PERSON:Tamsin']],
    ['il vient de Zorglub', ['PERSON:Zorglub']],
    ['le dossier de KRTZU est prêt', ['PERSON:KRTZU']],
    ['Hier, Zorglub est venu', ['PERSON:Zorglub']],
    ['Hier, Jean Zorglub est venu', ['PERSON:Jean Zorglub']],
    ["C'est la Zorglub Corp", ['ORG:Zorglub Corp']],
    ['Je bosse chez Zorglub Corp', ['ORG:Zorglub Corp']],
    ['I work at Zorglub', ['ORG:Zorglub']],
    ['J’ai vu Olive Zorglub', ['PERSON:Olive Zorglub']],
    // In English, an unknown word alone is someone after a cue or before a verb.
    ['the report Zorglub sent is good', ['PERSON:Zorglub']],
    ['the team said Zorglub is right', ['PERSON:Zorglub']],
    ['the meeting with Zorglub is at ten', ['PERSON:Zorglub']],
    ['you should ask Brouzouf Zorglub', ['PERSON:Brouzouf Zorglub']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    'On a vu le Salon hier',
    'On a vu la Rose hier',
    "un mail de l'Zorglub",
    'la salle Rivoli est prise',
    'je bosse au batiment Zorglub',
    'SOS Amitié a répondu',
    'On ira à Paris ou Lyon',
    'on ira à Lyon et Paris',
    'I met the Line Manager',
    'we talked about Data Science',
    'on part à Clermont demain',
    // A town after its postal code, even one that is a first name too.
    "mon adresse c'est 75011 Paris",
    "c'est 69 003 Lyon",
    'le colis part de 06000 Nice',
    // A public body named generically, a head noun and its administrative adjective.
    'Le Conseil Départemental a validé mon dossier.',
    'Le Conseil Régional finance la formation.',
    'on part vers Zorglub',
    'le dossier ABCD est prêt',
    'Hier, le Zorglub est venu',
    'I work at Reception',
    'I work at Head Office',
    'J’ai vu Summer Party',
    'J’ai vu Olive Party',
    'the Zorglub will send it',
    'the Project Lead is here',
    'the Line Manager said no',
  ])('no name in %s', (text) => expect(names(text)).toEqual([]));
});
