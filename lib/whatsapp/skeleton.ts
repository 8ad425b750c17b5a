// A skeleton of WhatsApp Web's markup that a tester on the live site can send to the team
// to refresh the replica: tag names, roles, the names of aria-* attributes, data-testid,
// data-icon, svg icon titles, data-tab, contenteditable. Never a text node, a message, a
// name or a number: every value that could carry one is dropped or masked.

/** aria-* values that are pure structure (an enumeration), kept as they are. */
const STRUCTURAL_ARIA = new Set([
  'true',
  'false',
  'mixed',
  'menu',
  'listbox',
  'dialog',
  'grid',
  'tree',
  'list',
  'both',
  'inline',
  'none',
  'polite',
  'assertive',
  'off',
]);

/** Ids that name a part of the page, not a person or a message. */
const STRUCTURAL_IDS = new Set(['app', 'main', 'side', 'pane-side', 'intro']);

/** Attributes whose value is a closed vocabulary of markup words. */
const WORD_VALUED = new Set(['role', 'data-testid', 'data-icon', 'dir', 'type']);

/** Attributes kept by name only: their values carry text, names, ids or links. */
const NAME_ONLY = new Set([
  'title',
  'alt',
  'src',
  'href',
  'placeholder',
  'value',
  'name',
  'id',
  'data-id',
  'data-pre-plain-text',
  'aria-label',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CADRE-OVERLAY']);
const MAX_LINES = 20_000;

/**
 * Keeps the lowercase words of a markup value ("conv-msg-3EB0…" → "conv-msg-…"): message
 * ids, numbers and anything capitalised (names) are masked.
 */
export function maskValue(value: string): string {
  return value
    .split(/([-_ ])/)
    .map((part) => (/^[-_ ]$/.test(part) || /^[a-z]{1,24}$/.test(part) ? part : '…'))
    .join('')
    .replace(/…(?:[-_ ]?…)+/g, '…');
}

function attribute(name: string, value: string): string | null {
  if (name === 'style' || name === 'class' || name.startsWith('on')) return null;
  if (name === 'id') return STRUCTURAL_IDS.has(value) ? `id="${value}"` : 'id';
  if (NAME_ONLY.has(name)) return name;
  if (WORD_VALUED.has(name)) return `${name}="${maskValue(value)}"`;
  if (name === 'data-tab' || name === 'tabindex') {
    return /^(?:-?\d{1,3}|undefined)$/.test(value) ? `${name}="${value}"` : name;
  }
  if (name === 'contenteditable') return `${name}="${maskValue(value)}"`;
  if (name === 'accept') return /^[a-z0-9*/.,+-]*$/.test(value) ? `accept="${value}"` : name;
  if (name.startsWith('aria-')) return STRUCTURAL_ARIA.has(value) ? `${name}="${value}"` : name;
  if (name.startsWith('data-')) return STRUCTURAL_ARIA.has(value) ? `${name}="${value}"` : name;
  // Any other attribute: its name says enough.
  return name;
}

/** Class names that are words (message-in, selectable-text), never hashed ones. */
function classWords(element: Element): string | null {
  const words = [...element.classList].filter((token) => /^[a-z]+(?:-[a-z]+)+$/.test(token));
  return words.length ? `class="${words.join(' ')}"` : null;
}

function describe(element: Element): string {
  const parts = [element.tagName.toLowerCase()];
  for (const { name, value } of [...element.attributes]) {
    const kept = attribute(name.toLowerCase(), value);
    if (kept) parts.push(kept);
  }
  const classes = classWords(element);
  if (classes) parts.push(classes);
  // An icon drawn as <svg><title>NAME</title>: the name, masked like any markup word.
  if (element.tagName.toLowerCase() === 'svg') {
    const title = [...element.children].find((child) => child.tagName.toLowerCase() === 'title');
    if (title) parts.push(`title-text="${maskValue((title.textContent ?? '').trim())}"`);
  }
  return parts.join(' ');
}

/** The markup skeleton of `root`, one element a line, indented by depth. Text-free. */
export function markupSkeleton(root: Element): string {
  const lines: string[] = [];
  const visit = (element: Element, depth: number) => {
    if (lines.length >= MAX_LINES) return;
    if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return;
    lines.push(`${'  '.repeat(depth)}${describe(element)}`);
    // An svg's inside is drawing, and its title was read above.
    if (element.tagName.toLowerCase() === 'svg') return;
    for (const child of element.children) visit(child, depth + 1);
  };
  visit(root, 0);
  if (lines.length >= MAX_LINES) lines.push('… (cut)');
  return lines.join('\n');
}
