import { describe, expect, it } from 'vitest';
import { findLinks } from '../../../lib/detect/recognizers/link.ts';

const links = (text: string) => [
  ...new Set(findLinks(text).map((c) => text.slice(c.start, c.end))),
];

// A link is flagged when it leads to something private: a company's own space on a
// shared service, an internal server, a shared file. Public pages are not.
describe('links to private spaces, servers and files', () => {
  it.each([
    'https://cabinet-roux.sharepoint.com/sites/rh',
    'https://sharepoint.cabinet.fr/x',
    'https://my-team.atlassian.net/browse/X-1',
    'https://cabinet-roux.slack.com/archives/C1',
    'https://my-team.monday.com/boards/1',
    'https://us02web.zoom.us/j/123',
    'https://zoom.us/j/123',
    'http://nas-01.home/x',
    'https://intranet.cabinet.fr',
    'https://cabinet-intranet.fr',
    'https://srv2.cabinet.fr',
    'https://jira.cabinet.fr/x',
    'http://10.0.0.5/x',
    'http://172.16.0.1/x',
    'http://172.31.0.1/x',
    'http://127.0.0.1:3000/x',
    'http://localhost/x',
    'http://192.168.1.1',
    'https://cabinet.fr/a/bilan.pdf?dl=1',
    'https://cabinet.fr/a/bilan.pdf#p2',
    'https://nuage.cabinet.fr/index.php/s/Xk82qPz',
    'https://nuage.cabinet.fr/s/Xk82qPz/',
    'https://nuage.cabinet.fr/s/Xk82qPz?dir=1',
    'http://cabinet.fr:8443/x',
    'www.cabinet-roux.fr/docs/bilan.docx',
    'fichiers.corp/partage',
    'serveur.local:8080/app',
    'serveur.lan',
    'drive.google.com/file/d/abc',
    '\\\\srv-01\\rh\\paie',
    'C:\\Users\\marc\\paie.xlsx',
    'smb://srv/rh',
    'ftp://cabinet.fr/x.pdf',
    'file:/home/marc/paie.xlsx',
    'fichiers.rh.corp',
    'http://intranet/rh',
    'http://10.10.20.30/x',
    'http://192.168.10.254',
    'http://172.20.10.100/x',
    'http://127.10.20.30/x',
    'https://cabinet.fr/a/bilan.doc',
    'https://cabinet.fr/a/paie.xls',
    'https://cabinet.fr/a/plan.ppt',
    'https://www.governance.fr/rapport.pdf',
    'https://cabinet-www.slack.com/archives/C1',
    'https://www.intranet.cabinet.fr/rh',
  ])('%s', (link) => expect(links(`voir ${link} stp`)).toEqual([link]));

  it('punctuation after a link is not part of it', () =>
    expect(links('voir https://docs.google.com/d/1), merci')).toEqual([
      'https://docs.google.com/d/1',
    ]));

  it.each([
    ['a word that only contains "jira"', 'https://myjira.fr/x'],
    ['an address outside the private ranges', 'http://172.32.0.1/x'],
    ['an address just below them', 'http://172.15.0.1/x'],
    ['a longer extension', 'https://cabinet.fr/a/bilan.pdfx'],
    ['a public service', 'https://www.legifrance.gouv.fr/x.pdf'],
    ['a government site', 'https://x.gov.uk/a.pdf'],
    ['a share token too short', 'https://nuage.cabinet.fr/s/Xk82'],
    ['a path after the share token', 'https://nuage.cabinet.fr/s/Xk82qPz/more'],
    ['the web port', 'http://cabinet.fr:80/x'],
    ['the secure web port', 'http://cabinet.fr:443/x'],
    ['a public page without a scheme', 'lemonde.fr/article'],
    ['a bare drive', 'C:\\'],
    ['a path glued to a word', 'x\\\\srv\\rh'],
    ['an e-mail address', 'mail@www.cabinet.fr/x.pdf'],
    ['a public page over ftp', 'ftp://cabinet.fr/x'],
    ['a public file page that says "File:"', 'https://en.wikipedia.org/wiki/File:Logo.png'],
    ['a path that only ends like a share link', 'https://cabinet.fr/aide/s/outils'],
    ['a public site whose name holds ".corp"', 'https://events.corporate.fr/x'],
    ['a host that only starts like a shared service', 'https://docs.google.com.exemple.fr/x'],
    ['a public address ending like a private one', 'http://110.0.0.5/x'],
    ['a public site whose name starts with localhost', 'https://localhost.run/docs'],
    ['a public service without www', 'https://service-public.fr/x.pdf'],
    ['the public site of a workspace service', 'https://www.slack.com/intl/fr-fr'],
    ['the same without its scheme', 'www.monday.com/pricing'],
  ])('not %s', (_case, link) => expect(links(`voir ${link} stp`)).toEqual([]));
});

// What the mentee reads beside each link says why it is private, in both languages.
describe('why a link is private', () => {
  it.each([
    [
      'file:///C:/paie.xlsx',
      'chemin vers un fichier local ou réseau',
      'path to a local or network file',
    ],
    ['http://nas-01.home/x', 'lien vers un serveur interne', 'link to an internal server'],
    ['serveur.lan', 'lien vers un serveur interne', 'link to an internal server'],
    ['http://10.0.0.5/x', 'lien vers un serveur interne', 'link to an internal server'],
    ['http://cabinet.fr:8443/x', 'lien vers un serveur interne', 'link to an internal server'],
    [
      'https://sharepoint.cabinet.fr/x',
      'lien vers un document ou espace privé',
      'link to a private document or space',
    ],
    [
      'https://cabinet-roux.sharepoint.com/sites/rh',
      'lien vers un document ou espace privé',
      'link to a private document or space',
    ],
    ['https://nuage.cabinet.fr/s/Xk82qPz', 'lien de partage de fichiers', 'file-sharing link'],
    ['https://jira.cabinet.fr/x', 'lien vers un intranet', 'link to an intranet'],
    [
      'https://cabinet.fr/a/bilan.pdf',
      'lien vers un document interne',
      'link to an internal document',
    ],
    ['\\\\srv-01\\rh', 'chemin vers un dossier partagé', 'path to a shared folder'],
    ['C:\\Users\\marc', 'chemin vers un dossier partagé', 'path to a shared folder'],
  ])('%s', (link, reason, reasonEn) =>
    expect(findLinks(`voir ${link} stp`).map((c) => [c.reason, c.reasonEn])).toEqual([
      [reason, reasonEn],
    ]),
  );
});
