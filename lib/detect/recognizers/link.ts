import type { Candidate } from '../types.ts';
import { patternsRegExp } from '../lexicon/word-lists.ts';

// URLs (with scheme or www.), bare host names on private domains, UNC and drive paths.
const URL = /(?<![\w@./-])(?:(?:https?|ftp|smb|file):\/\/?|www\.)[^\s<>"'`]+/giu;
const BARE_HOST =
  /(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+){0,6}\.(?:sharepoint\.com|local|corp|lan|internal|intra|intranet)(?![a-z0-9-])(?:[:/][^\s<>"'`]*)?/giu;
// A host name and a path without a scheme ("drive.google.com/file/d/…").
const BARE_DOMAIN_PATH = /(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+){1,6}\/[^\s<>"'`]*/giu;
const UNC = /(?<![\w\\])\\\\[\w.$-]+\\[^\s<>"'`|]+/gu;
const DRIVE = /(?<![\p{L}\d])[A-Z]:\\[^\s<>"'`|]*/gu;
// A home folder on Linux or a Mac, or a mounted share: "/home/moussa/Documents/…",
// "/Users/awa/Desktop/…", "/mnt/partage/rh/…" (a user's or a team's files, named).
const POSIX_PATH =
  /(?<![\w./:~-])(?:\/(?:home|Users|mnt|media|srv|Volumes)\/|~\/)[\w.-]+(?:\/[^\s<>"'`|/]+)*\/?/gu;

const PRIVATE_HOST =
  // Its hosts: lexicon/patterns.txt, private-hosts.
  patternsRegExp('(?:^|\\.)(?:{private-hosts})$', 'i');
const PRIVATE_LABEL =
  /(?:^|[.-])(?:intranet|extranet|intra|internal|corp|wiki|confluence|jira|gitlab|nas|srv|fileserver|share|sharepoint|portail-rh|sirh)(?:[.-]|\d|$)/i;
const PRIVATE_IP =
  /^(?:10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|127\.\d+\.\d+\.\d+|localhost)$/i;
const OFFICE_FILE = /\.(?:docx?|xlsx?|xlsm|pptx?|pdf|csv|odt|ods|odp|msg|eml|zip)(?:$|[?#])/i;
const PUBLIC_HOST =
  // Its hosts: lexicon/patterns.txt, public-hosts.
  patternsRegExp('(?:^|\\.)(?:{public-hosts})$', 'i');

const SHARE_TOKEN = /^\/(?:index\.php\/)?s\/[A-Za-z0-9_-]{5,}\/?(?:$|[?#])/;

function trimTail(url: string): string {
  return url.replace(/[.,;:!?)\]}»]+$/u, '');
}

/** Why a URL points to something private, or null for a public page. */
function privateReason(url: string): [string, string] | null {
  if (/^(?:file|smb):/i.test(url))
    return ['chemin vers un fichier local ou réseau', 'path to a local or network file'];
  // Stryker disable next-line Regex: a URL found starts with its scheme or host and holds no line break
  const hostMatch = /^(?:[a-z]+:\/\/)?([^/:?#]+)(:\d+)?(.*)$/i.exec(url);
  // Stryker disable next-line ConditionalExpression: a URL found starts with a scheme or a host, so the pattern matches
  if (!hostMatch) return null;
  // "www." names a public site, never a company's own space ("www.slack.com").
  const host = hostMatch[1].toLowerCase().replace(/^www\./, '');
  const rest = hostMatch[3];
  if (
    PRIVATE_IP.test(host) ||
    /\.(?:local|corp|lan|internal|intra|intranet|priv|home)$/.test(host)
  ) {
    return ['lien vers un serveur interne', 'link to an internal server'];
  }
  if (PRIVATE_HOST.test(host))
    return ['lien vers un document ou espace privé', 'link to a private document or space'];
  if (PUBLIC_HOST.test(host)) return null;
  // A self-hosted share ("nuage.cabinet-roux.fr/s/Xk82q", Nextcloud or ownCloud): the
  // token is the key to the files.
  if (SHARE_TOKEN.test(rest)) return ['lien de partage de fichiers', 'file-sharing link'];
  if (PRIVATE_LABEL.test(host)) return ['lien vers un intranet', 'link to an intranet'];
  if (hostMatch[2] && ![':80', ':443'].includes(hostMatch[2]))
    return ['lien vers un serveur interne', 'link to an internal server'];
  if (OFFICE_FILE.test(rest))
    return ['lien vers un document interne', 'link to an internal document'];
  return null;
}

// What every pattern above needs: a slash or a backslash, "www.", or a private domain's
// ending ("intra", "internal" and "intranet" start alike). Most sentences hold none.
const MAY_LINK = /[/\\]|www\.|\.(?:sharepoint|local|corp|lan|int)/iu;

export function findLinks(text: string): Candidate[] {
  if (!MAY_LINK.test(text)) return [];
  const found: Candidate[] = [];
  const push = (start: number, raw: string, why: [string, string]) =>
    found.push({
      start,
      end: start + raw.length,
      type: 'LINK',
      score: 0.92,
      reason: why[0],
      reasonEn: why[1],
    });
  for (const pattern of [URL, BARE_HOST, BARE_DOMAIN_PATH]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const raw = trimTail(m[0]);
      const why = privateReason(raw);
      if (why) push(m.index, raw, why);
    }
  }
  for (const pattern of [UNC, DRIVE, POSIX_PATH]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const raw = trimTail(m[0]);
      if (raw.length > 3)
        push(m.index, raw, ['chemin vers un dossier partagé', 'path to a shared folder']);
    }
  }
  return found;
}
