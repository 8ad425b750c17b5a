// Every selector Cadre uses on WhatsApp Web, and nowhere else. Each is a list of
// alternatives, most specific first, built on roles, aria-*, data-*, svg titles and
// contenteditable; never hashed class names. `seen` names the replica generations that
// render the alternative (test/fixtures/whatsapp-web, `?dom=`) and the public source in
// whatsapp-dom/EVIDENCE.md that measured it on the real site, with its date. A test
// proves each alternative matches on at least one generation.

export interface SelectorAlternative {
  css: string;
  /**
   * Icon names that must be drawn inside the match as `<svg><title>NAME</title></svg>`:
   * CSS cannot read a title's text, so this is checked in code.
   */
  svgTitle?: readonly string[];
  /**
   * What the match's own `aria-label` must say, read as `spokenLabel` reads it. WhatsApp
   * translates its labels: a list of languages, never one.
   */
  label?: { oneOf: readonly string[] } | { noneOf: readonly string[] };
  seen: string;
}

export type SelectorList = readonly SelectorAlternative[];

// Sources, as EVIDENCE.md cites them.
const TAMAYA = 'FranParedesNavarrete/tamaya packages/shared-types/src/selectors.ts (2026-08-13/14)';
const CATALOG = 'tommasonardizzijp-art/BOT_OUTBOUND docs/whatsapp/wa-dom-catalog.md (2026-07-27)';
const SEND_RENAME = 'Matt-Fontes/SendScriptWhatsApp issue #102, PR #104 (2025-07)';
const SEND_LABEL = 'Matt-Fontes/SendScriptWhatsApp PR #114 (2025-10), PR #128 (2026-04)';
const LEXICAL = 'Briskine/briskine PR #509 (2023-08-22)';
const SEND_LABEL_DIV = 'Matt-Fontes/SendScriptWhatsApp PR #114 (2025-10)';
const SEND_TESTID = 'EVIDENCE.md, Send button: "several 2026 scripts" (2026-08)';
const INCOGNITO = 'tomer8007/whatsapp-web-incognito commit aaee1f1 (2026-06-10)';

// A message's delivery state as WhatsApp labels it, lower-cased, per language. Italian is
// measured (the catalogue: " Consegnato ", " Letto ", " In attesa "); the others are
// WhatsApp's words for the same states in the languages Cadre's users write in.
const DELIVERY_LABELS = [
  ...['consegnato', 'letto', 'in attesa', 'inviato'],
  ...['delivered', 'read', 'sent', 'pending'],
  ...['distribué', 'lu', 'envoyé', 'en attente'],
  ...['entregado', 'leído', 'enviado', 'pendiente'],
  ...['entregue', 'lida', 'enviada', 'pendente'],
  ...['zugestellt', 'gelesen', 'gesendet', 'ausstehend'],
];
// The author label WhatsApp puts on the user's own messages, without its colon: "Tu:" is
// measured (Italian); the others are the same word in other languages.
const OWN_AUTHOR_LABELS = ['tu', 'you', 'vous', 'tú', 'você', 'du'];

// Localised prefixes of the send control's label (it may carry a suffix: "Send 1 selected").
const SEND_LABELS = ['Send', 'Envoyer', 'Enviar', 'Invia'];
const labelled = (tags: string[]) =>
  tags.flatMap((tag) => SEND_LABELS.map((label) => `${tag}[aria-label^="${label}"]`)).join(', ');
const holdingIcon = (name: string) =>
  `button:has(span[data-icon="${name}"]), [role="button"]:has(span[data-icon="${name}"])`;

export const selectors = {
  /** The app shell: present once WhatsApp Web has loaded. */
  appShell: [
    { css: '#side', seen: `replica 2025, 2026; ${TAMAYA}` },
    { css: '#pane-side', seen: `replica 2026; ${CATALOG}` },
    {
      css: '[data-icon="new-chat-outline"]',
      seen: "replica 2025 (the replica's first markup; not in EVIDENCE.md)",
    },
  ],
  /** The open conversation's pane. */
  conversation: [{ css: '#main', seen: `replica 2025, 2026; ${CATALOG}` }],
  /** The footer composer of the open conversation (a Lexical editor). */
  composer: [
    {
      css: 'footer div[contenteditable="true"][data-testid="conversation-compose-box-input"]',
      seen: `replica 2026; ${TAMAYA}`,
    },
    {
      css: '#main footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      seen: `replica 2025, 2026; ${LEXICAL}; ${CATALOG}`,
    },
    {
      css: '#main footer div[contenteditable="true"][data-tab="10"]',
      seen: `replica 2025, 2026; ${CATALOG}`,
    },
    {
      css: 'footer div[contenteditable="true"][role="textbox"]',
      seen: `replica 2025, 2026; ${TAMAYA}`,
    },
  ],
  /** The caption composer of the media preview (photos, documents). */
  captionComposer: [
    {
      css: '[data-testid="media-caption-input-container"] div[contenteditable="true"], div[contenteditable="true"][data-testid="media-caption-input-container"]',
      seen: `replica 2026, 2026-dialog; ${TAMAYA}`,
    },
    {
      css: 'div[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]',
      seen: `replica 2025, 2026-dialog; ${CATALOG} (the comment that says it is a dialog)`,
    },
    {
      // A Lexical editor that is neither the footer's nor the chat list's search box.
      css: 'div[contenteditable="true"][data-lexical-editor="true"]:not(footer *):not(#side *)',
      seen: `replica 2025, 2026, 2026-dialog; ${CATALOG} (caption is Lexical, data-tab="undefined")`,
    },
  ],
  /**
   * Anchors that say a media preview is open. The preview itself is the nearest container
   * of the caption that holds a send control (see preview.ts): it may be a dialog or not,
   * inside `#main` or beside it.
   */
  mediaPreview: [
    {
      css: '[data-testid="media-editor-canvas"], [data-testid="media-caption-input-container"]',
      seen: `replica 2026, 2026-dialog; ${TAMAYA}`,
    },
    {
      css: 'div[role="dialog"]:has(div[contenteditable="true"])',
      seen: `replica 2025, 2026-dialog; ${CATALOG} (the comment that says it is a dialog)`,
    },
  ],
  /** The open chat's title in the conversation header (may hold invisible direction marks). */
  chatTitle: [
    // Never the subtitle: a group's member list is a span[title] too.
    {
      css: 'header[data-testid="conversation-header"] span[title]:not([data-testid="chat-subtitle"] *)',
      seen: `replica 2026; ${TAMAYA}`,
    },
    {
      css: '#main header span[title]:not([data-testid="chat-subtitle"] *)',
      seen: `replica 2025, 2026; ${CATALOG}`,
    },
    { css: '#main header span[dir="auto"]', seen: `replica 2025, 2026; ${CATALOG}` },
  ],
  /** Send controls, the footer's and the media preview's: the control itself. */
  sendControl: [
    {
      css: 'button, [role="button"]',
      svgTitle: ['wds-ic-send-filled'],
      seen: `replica 2026, 2026-dialog; ${TAMAYA}`,
    },
    { css: holdingIcon('wds-ic-send-filled'), seen: `replica 2025-11; ${SEND_RENAME}` },
    { css: holdingIcon('send'), seen: `replica 2025; ${SEND_RENAME} (the name before)` },
    {
      css: labelled(['button', 'div[role="button"]']),
      seen: `replica all; ${SEND_LABEL}; ${TAMAYA}`,
    },
    { css: 'footer button[data-tab="11"]', seen: `replica 2025, 2026; ${CATALOG}` },
    // Controls with no role: a labelled div (PR #114's `div[aria-label="Send"]`), or only
    // the icon's test id, which a click reaches first and which passes it on.
    { css: labelled(['div']), seen: `replica 2025-11; ${SEND_LABEL_DIV}` },
    {
      css: 'span[data-testid="wds-ic-send-filled"]',
      seen: `replica 2026, 2026-dialog; ${SEND_TESTID}`,
    },
  ],
  /** WhatsApp's suggestion lists (mentions, emoji): Enter picks an item there. */
  openSuggestionList: [
    {
      css: '[aria-expanded="true"]',
      seen: 'replica 2025, 2026 (the ARIA combobox pattern; not in EVIDENCE.md)',
    },
    {
      css: '[aria-activedescendant]:not([aria-activedescendant=""])',
      seen: 'replica 2025, 2026 (the ARIA combobox pattern; not in EVIDENCE.md)',
    },
  ],
  /**
   * One message of the open conversation, whoever wrote it: the node carrying its id
   * (EVIDENCE.md, Messages: "`#main [data-id]`, the same node carrying `data-testid=
   * "conv-msg-<id>"`"), or a row that only a direction class names.
   */
  message: [
    { css: '#main [data-id]', seen: `replica 2025, 2026; ${CATALOG}` },
    {
      css: '#main .message-in, #main .message-out',
      seen: `replica 2025 (the same node as its data-id); classes gone by ${INCOGNITO}`,
    },
  ],
  /**
   * Signs, on a message or inside it, that the user wrote it. WhatsApp draws several, and
   * not all on every message (direction.ts combines them); EVIDENCE.md, Messages.
   */
  outgoingSignal: [
    {
      css: '.message-out, [data-id^="true_"]',
      seen: `replica 2025; the class gone by ${INCOGNITO}; the id prefix widely used by public scripts, not in EVIDENCE.md`,
    },
    {
      // The tail is drawn on the first message of a run only.
      css: '[data-icon="tail-out"], [data-icon^="msg-check"], [data-icon^="msg-dblcheck"], [data-icon="msg-time"]',
      seen: `replica 2026, 2026-07; ${CATALOG} (tail-out; no tick has a data-icon any more)`,
    },
    {
      css: 'svg',
      svgTitle: ['wds-ic-read', 'wds-ic-delivered', 'wds-ic-sent', 'wds-ic-pending'],
      seen: `replica 2026; ${CATALOG} (ticks as svg titles, "outgoing only"); ${TAMAYA}`,
    },
    {
      // The delivery state as a translated label only (" Consegnato ", " Letto ").
      css: '[aria-label]',
      label: { oneOf: DELIVERY_LABELS },
      seen: `replica 2026, 2026-07; ${CATALOG} (Italian, " Consegnato " / " Letto " / " In attesa ")`,
    },
    {
      // The author's label, on the first message of a block ("Tu:" in Italian).
      css: '[aria-label]',
      label: { oneOf: OWN_AUTHOR_LABELS },
      seen: `replica 2026, 2026-07; ${CATALOG} ("Tu:", about 80 % of messages)`,
    },
  ],
  /** Signs, on a message or inside it, that someone else wrote it. */
  incomingSignal: [
    {
      css: '.message-in, [data-id^="false_"]',
      seen: `replica 2025; the class gone by ${INCOGNITO}; the id prefix widely used by public scripts, not in EVIDENCE.md`,
    },
    { css: '[data-icon="tail-in"]', seen: `replica 2026, 2026-07; ${CATALOG}` },
    {
      // "other aria-label ending with ':' → theirs": an author label naming someone else.
      css: '[aria-label$=":"]',
      label: { noneOf: OWN_AUTHOR_LABELS },
      seen: `replica 2026, 2026-07; ${CATALOG}`,
    },
  ],
  /** Any message row of the open conversation, recognised as incoming or not. */
  messageRow: [
    { css: '[data-id]', seen: `replica 2025, 2026; ${CATALOG}` },
    { css: '[role="application"] [role="row"]', seen: 'replica all (break=messages too)' },
  ],
  /** Inside a message: the block whose data-pre-plain-text names author and time. */
  messageMeta: [{ css: '[data-pre-plain-text]', seen: `replica 2025, 2026; ${CATALOG}` }],
  /** Inside a message: its text. */
  messageText: [
    { css: 'span[data-testid="selectable-text"]', seen: `replica 2026; ${CATALOG}` },
    { css: '[data-pre-plain-text] span.selectable-text', seen: `replica 2025; ${CATALOG}` },
  ],
  /**
   * Inside a message's text block: the button that shows a cut message whole. EVIDENCE.md,
   * Messages: "Long messages are cut with a "Read more" button" (its markup not measured:
   * any button in the text's block, which otherwise holds none).
   */
  readMore: [
    {
      css: '[data-pre-plain-text] [role="button"], [data-pre-plain-text] button',
      seen: 'replica ?readmore (all generations); EVIDENCE.md, Messages (markup not measured)',
    },
  ],
  /** The file inputs behind the attach menu (2026: created when the menu opens). */
  fileInput: [{ css: 'input[type="file"]', seen: `replica 2025, 2026; ${CATALOG}` }],
  /** The media preview's close (discard) control. */
  mediaPreviewClose: [
    {
      css: 'button, [role="button"]',
      svgTitle: ['ic-close', 'wds-ic-close'],
      seen: `replica 2026, 2026-dialog; ${TAMAYA}`,
    },
    { css: holdingIcon('x'), seen: `replica 2025; ${TAMAYA}` },
  ],
  /** Where a dropped file opens the media preview: the open conversation. */
  dropZone: [{ css: '#main', seen: `replica 2025, 2026; ${CATALOG}` }],
} as const satisfies Record<string, SelectorList>;

export type SelectorName = keyof typeof selectors;

/** Whether `element` holds an `<svg><title>` naming one of `names` (itself included). */
export function holdsSvgTitle(element: Element, names: readonly string[]): boolean {
  const titles = element.querySelectorAll('svg > title');
  for (const title of titles) if (names.includes((title.textContent ?? '').trim())) return true;
  return false;
}

/** Whether `element` is what `alternative` describes. */
export function fits(element: Element, alternative: SelectorAlternative): boolean {
  if (!element.matches(alternative.css)) return false;
  if (alternative.svgTitle && !holdsSvgTitle(element, alternative.svgTitle)) return false;
  const label = alternative.label;
  if (label) {
    const said = spokenLabel(element);
    if ('oneOf' in label ? !label.oneOf.includes(said) : label.noneOf.includes(said)) return false;
  }
  return true;
}

/** An element's aria-label as compared with a list: trimmed, lower-cased, no final colon. */
export function spokenLabel(element: Element): string {
  return (element.getAttribute('aria-label') ?? '').trim().replace(/\s*:$/, '').toLocaleLowerCase();
}

const needsCode = (alternative: SelectorAlternative) =>
  !!(alternative.svgTitle || alternative.label);

/** Every element under `root` that `alternative` describes, in document order. */
export function queryAlternative<T extends Element = HTMLElement>(
  root: ParentNode,
  alternative: SelectorAlternative,
): T[] {
  const found = [...root.querySelectorAll<T & Element>(alternative.css)];
  if (!needsCode(alternative)) return found;
  // An icon check keeps the innermost control: a wrapper holding the icon is not it.
  const fitting = found.filter((element) => fits(element, alternative));
  return alternative.svgTitle
    ? fitting.filter(
        (element) => !fitting.some((other) => other !== element && element.contains(other)),
      )
    : fitting;
}

function first<T extends Element>(root: ParentNode, alternative: SelectorAlternative): T | null {
  if (!needsCode(alternative)) return root.querySelector<T & Element>(alternative.css);
  return queryAlternative<T>(root, alternative)[0] ?? null;
}

/** The first element matching the first alternative that matches anything. */
export function query<T extends Element = HTMLElement>(
  root: ParentNode,
  name: SelectorName,
): T | null {
  for (const alternative of selectors[name]) {
    const found = first<T>(root, alternative);
    if (found) return found;
  }
  return null;
}

/** Every element matching the first alternative that matches anything. */
export function queryAll<T extends Element = HTMLElement>(
  root: ParentNode,
  name: SelectorName,
): T[] {
  for (const alternative of selectors[name]) {
    const found = queryAlternative<T>(root, alternative);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Every element that any alternative of `name` describes, once each, in document order.
 * For lists whose signals differ from one item to the next: WhatsApp marks only the first
 * message of a run with a tail, the others only with their ticks.
 */
export function queryEvery<T extends Element = HTMLElement>(
  root: ParentNode,
  name: SelectorName,
): T[] {
  const found = new Set<T>();
  for (const alternative of selectors[name])
    for (const element of queryAlternative<T>(root, alternative)) found.add(element);
  return [...found].sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

export function matches(element: Element, name: SelectorName): boolean {
  return selectors[name].some((alternative) => fits(element, alternative));
}

/** `element` or its nearest ancestor that matches any alternative of `name`. */
export function closest(element: Element | null, name: SelectorName): HTMLElement | null {
  for (let at = element; at; at = at.parentElement) {
    if (matches(at, name)) return at as HTMLElement;
  }
  return null;
}

/** The first alternative of `name` that matches something under `root`, or null. */
export function matchedAlternative(
  root: ParentNode,
  name: SelectorName,
): SelectorAlternative | null {
  return selectors[name].find((alternative) => first(root, alternative) !== null) ?? null;
}
