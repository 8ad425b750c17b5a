import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

// An @ with no local part stuck to it: a handle ("@marie"), a site or an account
// ("voir @cabinet.fr"), or an address typed with a space before the @. Only the last is
// an e-mail address, and the word before the @ tells which. Spaced on both sides, the @
// is an address written to get past robots, whatever the word before it.
describe('an @ set apart from the word before it', () => {
  it.each([
    ['a French verb before a site', 'voir @cabinet.fr'],
    ['a French verb then more words', 'voir @cabinet.fr pour le dossier'],
    ['an imperative in -ez', 'suivez @cabinet-roux.fr sur insta'],
    ['a preposition', "c'est sur @cabinet.fr"],
    ['chez', 'je bosse chez @acme.fr maintenant'],
    ['a copy line', 'cc @marie.dupont'],
    ['an English verb', 'follow @acme.co.uk for news'],
    ['see', 'see @acme.com'],
    ['a direct message', 'dm @jean.dupont on insta'],
    ['a noun', 'check @acme.fr'],
    ['a word in -ir', 'venir @cabinet.fr demain'],
    ['a handle without a domain', 'demande à @marie'],
    ['a handle at the start', '@cabinet.fr a répondu'],
  ])('no e-mail: %s', (_case, text) => expect(foundOfType(text, 'EMAIL')).toEqual([]));

  it.each([
    ['a first name before a spaced @', 'mail jean @orange.fr', 'jean @orange.fr'],
    ['a strong first name', 'écris à karim @gmail.com', 'karim @gmail.com'],
    ['a first name and a spaced @', 'écris à karim @ gmail.com', 'karim @ gmail.com'],
    ['a surname', 'écris à lefebvre @orange.fr', 'lefebvre @orange.fr'],
    ['a capitalised surname', 'Mail Dupont @acme.fr', 'Dupont @acme.fr'],
    ['a dotted local part', 'écris à marie.dupont @gmail.com', 'marie.dupont @gmail.com'],
    ['an initial and a dot', 'j.okafor @gmail.com', 'j.okafor @gmail.com'],
    ['an unknown login', 'jdupont @acme.fr', 'jdupont @acme.fr'],
    ['a login with digits', 'ecris a nadia75 @free.fr', 'nadia75 @free.fr'],
    ['an address stuck to its @', 'voir contact@cabinet.fr', 'contact@cabinet.fr'],
    ['a mailbox name', 'écris à contact @acme.fr', 'contact @acme.fr'],
    ['a mailbox name in English', 'mail info @acme.co.uk', 'info @acme.co.uk'],
    [
      'spaces on both sides',
      'contact : contact @ boulangerie-mercier.fr',
      'contact @ boulangerie-mercier.fr',
    ],
    ['spaces on both sides after a verb', 'voir @ cabinet.fr', 'voir @ cabinet.fr'],
    ['an @ followed by a space', 'mail jean@ orange.fr', 'jean@ orange.fr'],
  ])('an e-mail: %s', (_case, text, email) => expect(foundOfType(text, 'EMAIL')).toEqual([email]));
});
