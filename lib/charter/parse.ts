// A charter is plain text: a title line, an introduction, numbered rules ("1. Title"
// followed by their paragraphs), then the signature block. This reads any charter written
// that way, the customer's default or one a mentor wrote.

export interface CharterRule {
  number: number;
  title: string;
  body: string;
}

export interface ParsedCharter {
  title: string;
  intro: string;
  rules: CharterRule[];
}

const RULE_HEADING = /^(\d{1,2})[.)]\s+(.{2,120})$/;
// The signature block starts with the first line naming a role: it is not part of a rule.
const SIGNATURE_START = /^(le mentor|la personne accompagnée|the mentor|the person accompanied)\b/i;

export function parseCharter(text: string): ParsedCharter {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let title = '';
  const intro: string[] = [];
  const rules: CharterRule[] = [];
  let current: { number: number; title: string; body: string[] } | null = null;

  for (const raw of lines) {
    const line = raw.trim();
    if (SIGNATURE_START.test(line)) break;
    if (!line) continue;
    const heading = RULE_HEADING.exec(line);
    if (heading) {
      if (current) rules.push(finish(current));
      current = { number: Number(heading[1]), title: heading[2].trim(), body: [] };
    } else if (current) current.body.push(line);
    else if (!title) title = line;
    else intro.push(line);
  }
  if (current) rules.push(finish(current));
  return { title, intro: intro.join('\n\n'), rules };
}

function finish(rule: { number: number; title: string; body: string[] }): CharterRule {
  return { number: rule.number, title: rule.title, body: rule.body.join('\n\n') };
}

/** A rule in one line: the first sentence of its text. */
export function firstSentence(body: string): string {
  const match = /^(.+?[.!?])(\s|$)/s.exec(body.trim());
  return (match ? match[1] : body).trim();
}
