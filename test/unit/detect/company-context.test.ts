import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// Capitalised words after a word that makes them an employer or a client ("je bosse
// pour", "mon employeur"), and company names by their shape: a family firm, a head noun,
// a legal form. The reason says which; unknown words are made up.
const names = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.type === 'PERSON' || f.type === 'ORG')
    .map((f) => `${f.type}:${f.text} ${f.reasonEn}`);

const CUED = 'company (client, employer, supplier)';
const LEGAL = 'company (legal form)';

describe('a company by the words before it or by its shape', () => {
  it.each([
    // A first name then a name after "client" is someone.
    ['mon client Paul Girard a signé', ['PERSON:Paul Girard full name']],
    ['mon client Rose Dupont a signé', ['PERSON:Rose Dupont full name']],
    ['mon client Zorglub Brouzouf a signé', [`ORG:Zorglub Brouzouf ${CUED}`]],
    ['je bosse pour Zorglub Informatique', [`ORG:Zorglub Informatique ${CUED}`]],
    ['je bosse pour Zorglub', [`ORG:Zorglub ${CUED}`]],
    ['mon employeur Zorglub Conseil', [`ORG:Zorglub Conseil ${CUED}`]],
    ['je bosse pour Zorglub de Paris', [`ORG:Zorglub de Paris ${CUED}`]],
    ['Je bosse chez Zorglub Holding', [`ORG:Zorglub Holding ${CUED}`]],
    // A day or an acronym ends the company's name.
    ['je bosse pour Zorglub Lundi', [`ORG:Zorglub ${CUED}`]],
    ['je bosse pour Zorglub SNCF', [`ORG:Zorglub ${CUED}`, 'ORG:SNCF company']],
    ['je bosse pour Zorglub et Brouzouf', [`ORG:Zorglub ${CUED}`, 'PERSON:Brouzouf proper name']],
    ['I work at Summit', [`ORG:Summit ${CUED}`]],
    // A known company wins over the cue's reading, though "siemens" is also a unit.
    ['I work at Siemens', ['ORG:Siemens company']],
    // Family firms, head nouns and legal forms.
    ['je bosse chez Lecoq et Fils', ['ORG:Lecoq et Fils company']],
    ['je bosse chez Lecoq & Cie', ['ORG:Lecoq & Cie company']],
    ['Pierre et Fils a livré', ['ORG:Pierre et Fils company']],
    ['Je bosse chez Cabinet Zorglub', ['ORG:Cabinet Zorglub company']],
    ['Atelier Zorglub a livré', ['ORG:Atelier Zorglub company']],
    ['Je bosse chez Zorglub SA', [`ORG:Zorglub SA ${LEGAL}`]],
    ['Je bosse chez Zorglub Ltd', [`ORG:Zorglub Ltd ${LEGAL}`]],
    ['Je bosse chez Zorglub LTD', [`ORG:Zorglub LTD ${LEGAL}`]],
    // A legal form is written in capitals or as the registers write it.
    ['Je bosse chez Zorglub Sa', [`ORG:Zorglub Sa ${CUED}`]],
    ['Je bosse chez Zorglub Gmbh', [`ORG:Zorglub Gmbh ${CUED}`]],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each(['je bosse pour Excel', 'I work at Big Office', 'I work at Marketing', 'Atelier B'])(
    'no name in %s',
    (text) => expect(names(text)).toEqual([]),
  );
});
