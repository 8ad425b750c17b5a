// The page's markup without its words: what a tester on the live site can send so the
// replica can follow WhatsApp. Tag names and the attributes Cadre's selectors rely on;
// never text, never a label's value, never a name or a number.

const KEPT = [
  'id',
  'role',
  'data-testid',
  'data-icon',
  'data-tab',
  'contenteditable',
  'data-lexical-editor',
];
/** Kept by name only: their values are words, names, numbers or dates. */
const NAMES_ONLY =
  /^(?:aria-.*|title|dir|data-id|data-pre-plain-text|data-lexical-.*|data-virtualized|data-animate-.*)$/;
/** Values that are identifiers, not words a person wrote (icon names, test ids, tab numbers). */
const IDENTIFIER = /^(?:[a-z][a-z0-9_-]{0,60}|\d{1,3})$/;
const MAX_LINES = 20_000;

/** One line per element, indented by depth: `div role=row data-testid=conv-msg-… aria-label`. */
export function markupSkeleton(root: Element): string {
  const lines: string[] = [];
  const walk = (element: Element, depth: number) => {
    if (lines.length >= MAX_LINES) return;
    // Cadre's own overlay is not WhatsApp's page.
    if (element.localName === 'cadre-overlay') return;
    lines.push('  '.repeat(depth) + describe(element));
    for (const child of element.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return lines.join('\n') + '\n';
}

function describe(element: Element): string {
  const parts = [element.localName];
  for (const name of KEPT) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    parts.push(`${name}=${identifier(name, value)}`);
  }
  for (const { name } of element.attributes) {
    if (!KEPT.includes(name) && NAMES_ONLY.test(name)) parts.push(name);
  }
  if (element.localName === 'title' && element.closest('svg')) {
    parts.push(`text=${identifier('title', element.textContent ?? '')}`);
  }
  return parts.join(' ');
}

function identifier(name: string, value: string): string {
  // A message id carries phone numbers: keep its prefix only.
  if (name === 'data-testid' && value.startsWith('conv-msg-')) return 'conv-msg-…';
  return IDENTIFIER.test(value) ? value : '…';
}
