import { describe, expect, it } from 'vitest';
import { findCompanyDomains } from '../../../lib/detect/recognizers/company-domain.ts';

const domains = (text: string) => findCompanyDomains(text).map((c) => text.slice(c.start, c.end));

// A company named by its domain: capitalised, or in lower case after a word that makes
// it an employer, a client or a supplier, or when its name is no common word and its
// ending no word; never a public site or part of a link.
describe('a company named with its domain', () => {
  it.each([
    ['capitalised', "Globex.com m'a appelé", 'Globex.com'],
    ['after "with"', 'signed with globex.com', 'globex.com'],
    ['after "chez"', 'il bosse chez acme.fr', 'acme.fr'],
    ['after "avec"', 'un contrat avec globex.com', 'globex.com'],
    ['after "pour"', 'je bosse pour globex.io', 'globex.io'],
    ['after "travaille à"', 'travaille à globex.com', 'globex.com'],
    ['after "la société", with its accents', 'la société globex.com', 'globex.com'],
    ['after "la societe"', 'la societe globex.com', 'globex.com'],
    ['after "ma boîte"', 'ma boîte globex.com', 'globex.com'],
    ['accented, with a hyphen', 'de Ça-Va.fr', 'Ça-Va.fr'],
    ['with a digit', 'de globex-2.com', 'globex-2.com'],
    ['a full stop after it', 'Globex.com.', 'Globex.com'],
    ['lower case without a cue, a name no dictionary has', 'va voir globex.com', 'globex.com'],
  ])('%s', (_case, text, domain) => expect(domains(text)).toEqual([domain]));

  it.each([
    ['lower case without a cue, a common word', "c'est bon.fr"],
    ['lower case without a cue, an ending that is a word', 'va voir globex.de'],
    ['a public site', 'de lemonde.fr'],
    ['a public site, capitalised', 'de Google.com'],
    ['only digits', 'de 123.fr'],
    ['one letter', 'de X.com'],
    ['an e-mail address', 'jean@globex.com'],
    ['a host name', 'www.globex.com'],
    ['a path', 'voir /globex.com'],
    ['a hyphen before', 'voir -globex.com'],
    ['a path after', 'Globex.com/jobs'],
    ['another ending after', 'Globex.com.au'],
    ['a hyphen after', 'Globex.fr-x'],
    ['a longer ending', 'de Globex.comx'],
    ['an @ after', 'Globex.com@x'],
    ['no dot at all', 'de Globex com'],
  ])('not with %s', (_case, text) => expect(domains(text)).toEqual([]));
});
