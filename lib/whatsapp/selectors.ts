// Every selector Cadre uses on WhatsApp Web, and nowhere else. Each is a list of
// alternatives, newest first, built on roles, aria-*, data-* and contenteditable; never
// hashed class names, never label text (WhatsApp is translated). `seen` is when the
// alternative was last checked against WhatsApp Web.

export interface SelectorAlternative {
  css: string;
  seen: string;
}

export type SelectorList = readonly SelectorAlternative[];

export const selectors = {
  /** The app shell: present once WhatsApp Web has loaded. */
  appShell: [
    { css: '#side', seen: '2026-11' },
    { css: '#pane-side', seen: '2024-05' },
    { css: '[data-icon="chat"], [data-icon="new-chat-outline"]', seen: '2025-09' },
  ],
  /** The open conversation's pane. */
  conversation: [
    { css: '#main', seen: '2026-11' },
    { css: 'div[data-testid="conversation-panel-wrapper"]', seen: '2023-04' },
  ],
  /** The footer composer of the open conversation (a Lexical editor). */
  composer: [
    {
      css: '#main footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      seen: '2026-11',
    },
    { css: '#main footer div[contenteditable="true"][data-tab="10"]', seen: '2025-06' },
    { css: 'footer div[contenteditable="true"][role="textbox"]', seen: '2024-02' },
  ],
  /** The caption composer of the media preview (photos, documents). */
  captionComposer: [
    {
      css: 'div[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]',
      seen: '2026-11',
    },
    { css: 'div[role="dialog"] div[contenteditable="true"][role="textbox"]', seen: '2025-06' },
  ],
  /** The media preview dialog itself. */
  mediaPreview: [{ css: 'div[role="dialog"]', seen: '2026-11' }],
  /** The open chat's title in the conversation header. */
  chatTitle: [
    { css: '#main header span[title]', seen: '2026-11' },
    { css: '#main header span[dir="auto"]', seen: '2025-06' },
  ],
  /** Send buttons, the composer's and the media preview's: the icon, then its button. */
  sendIcon: [
    { css: 'span[data-icon="send"]', seen: '2026-11' },
    { css: 'span[data-icon="wds-ic-send-filled"]', seen: '2025-10' },
  ],
  /** WhatsApp's suggestion lists (mentions, emoji): Enter picks an item there. */
  openSuggestionList: [
    { css: '[aria-expanded="true"]', seen: '2026-11' },
    { css: '[aria-activedescendant]:not([aria-activedescendant=""])', seen: '2026-11' },
  ],
  /** Messages the other person sent, in the open conversation. */
  incomingMessage: [
    { css: '#main div.message-in', seen: '2026-11' },
    { css: '#main div[data-id^="false_"]', seen: '2024-08' },
  ],
  /** Any message row of the open conversation, recognised as incoming or not. */
  messageRow: [
    { css: '[data-id]', seen: '2026-07' },
    { css: '[role="application"] [role="row"]', seen: '2026-11' },
  ],
  /** Inside a message: the block whose data-pre-plain-text names author and time. */
  messageMeta: [{ css: 'div[data-pre-plain-text]', seen: '2026-11' }],
  /** Inside a message: its text. */
  messageText: [
    { css: 'div[data-pre-plain-text] span.selectable-text', seen: '2026-11' },
    { css: 'span.selectable-text[dir]', seen: '2025-06' },
  ],
  /** The hidden file inputs behind the attach menu. */
  fileInput: [{ css: 'input[type="file"]', seen: '2026-11' }],
  /** The media preview's close (discard) button: the icon, inside its button. */
  mediaPreviewCloseIcon: [
    { css: 'div[role="dialog"] span[data-icon="x"]', seen: '2026-11' },
    { css: 'div[role="dialog"] span[data-icon="x-alt"]', seen: '2025-06' },
    { css: 'div[role="dialog"] span[data-icon="close"]', seen: '2024-09' },
  ],
  /** Where a dropped file opens the media preview: the open conversation. */
  dropZone: [
    { css: '#main', seen: '2026-11' },
    { css: 'div[data-testid="conversation-panel-wrapper"]', seen: '2023-04' },
  ],
} as const satisfies Record<string, SelectorList>;

export type SelectorName = keyof typeof selectors;

function joined(list: SelectorList): string {
  return list.map((alternative) => alternative.css).join(', ');
}

/** The first element matching the newest alternative that matches anything. */
export function query<T extends Element = HTMLElement>(
  root: ParentNode,
  name: SelectorName,
): T | null {
  for (const alternative of selectors[name]) {
    const found = root.querySelector<T & Element>(alternative.css);
    if (found) return found;
  }
  return null;
}

/** Whether `element` matches any alternative, or sits inside one that does. */
export function closest(element: Element | null, name: SelectorName): HTMLElement | null {
  return (element?.closest(joined(selectors[name])) as HTMLElement | null) ?? null;
}

export function matches(element: Element, name: SelectorName): boolean {
  return element.matches(joined(selectors[name]));
}

/** The newest alternative of `name` that matches something under `root`, or null. */
export function matchedAlternative(
  root: ParentNode,
  name: SelectorName,
): SelectorAlternative | null {
  return selectors[name].find((alternative) => root.querySelector(alternative.css)) ?? null;
}
