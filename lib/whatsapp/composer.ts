import { query } from './selectors';
import { mapText, rangeFor } from './text-map';

export type ComposerKind = 'main' | 'caption';

export interface Composer {
  kind: ComposerKind;
  element: HTMLElement;
}

/** The media preview's caption composer when a preview is open, else the main one. */
export function findComposers(doc: Document): Composer[] {
  const found: Composer[] = [];
  const caption = query(doc, 'captionComposer');
  if (caption) found.push({ kind: 'caption', element: caption });
  const main = query(doc, 'composer');
  if (main && main !== caption) found.push({ kind: 'main', element: main });
  return found;
}

export function findMainComposer(doc: Document): HTMLElement | null {
  return query(doc, 'composer');
}

export function readText(element: HTMLElement): string {
  return mapText(element).text;
}

export type ReplaceStrategy = 'ranges' | 'whole-text';

export type ReplaceResult =
  | { ok: true; text: string; strategy: ReplaceStrategy }
  | { ok: false; text: string; reason: string; restored: boolean };

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Applies replacements to a string, as the editor should end up. */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  let result = text;
  for (const r of [...replacements].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, r.start) + r.text + result.slice(r.end);
  }
  return result;
}

/**
 * One way to get `replacements` into the editor. It reports nothing: the caller reads
 * the editor back, which is the only proof that counts.
 */
export type Strategy = (
  editor: HTMLElement,
  replacements: readonly Replacement[],
  expected: string,
) => Promise<void>;

/**
 * The element Lexical edits. In some Lexical versions the element that shows the text and
 * the editor's root are not the same (Harper on WhatsApp, EVIDENCE.md): edits must target
 * the root, or they are ignored or applied twice.
 */
export function editorRoot(element: HTMLElement): HTMLElement {
  const root = '[data-lexical-editor="true"]';
  return element.closest<HTMLElement>(root) ?? element.querySelector<HTMLElement>(root) ?? element;
}

/**
 * First strategy: each range selected and replaced through Lexical's own input path, last
 * range first so earlier offsets stay valid. The text goes in as a synthetic paste, then
 * execCommand('insertText') if the paste did nothing. Formatting outside the ranges stays.
 */
export const replaceEachRange: Strategy = async (editor, replacements) => {
  for (const r of [...replacements].sort((a, b) => b.start - a.start)) {
    const before = readText(editor);
    if (!(await selectRange(editor, r.start, r.end))) return;
    pasteText(editor, r.text);
    await settle(editor);
    if (readText(editor) === before && (await selectRange(editor, r.start, r.end))) {
      insertText(editor, r.text);
      await settle(editor);
    }
    if (readText(editor) !== before.slice(0, r.start) + r.text + before.slice(r.end)) return;
  }
};

/**
 * Second strategy: select everything and write the whole expected text in one go, by
 * the other input path (execCommand('insertText'), then a paste if that did nothing).
 * Used when the editor ignored or doubled a range edit.
 */
export const rewriteWholeText: Strategy = async (editor, _replacements, expected) => {
  await rewrite(editor, expected);
};

async function rewrite(editor: HTMLElement, text: string) {
  const before = readText(editor);
  if (!(await selectRange(editor, 0, before.length))) return;
  insertText(editor, text);
  await settle(editor);
  if (readText(editor) === text) return;
  if (!(await selectRange(editor, 0, readText(editor).length))) return;
  pasteText(editor, text);
  await settle(editor);
}

export const DEFAULT_STRATEGIES: readonly { name: ReplaceStrategy; run: Strategy }[] = [
  { name: 'ranges', run: replaceEachRange },
  { name: 'whole-text', run: rewriteWholeText },
];

/**
 * Replaces ranges of the composer's text through Lexical's own input path and reads the
 * editor back. Lexical ignores plain DOM edits, and on the real site it has ignored or
 * doubled some programmatic input: when a strategy does not give exactly the expected
 * text, the next one starts again from the original. When every strategy fails, the
 * original text is restored exactly and the failure reported (the caller keeps the send
 * held). The result is reported, never assumed.
 */
export async function replaceRanges(
  element: HTMLElement,
  replacements: readonly Replacement[],
  strategies: readonly { name: ReplaceStrategy; run: Strategy }[] = DEFAULT_STRATEGIES,
): Promise<ReplaceResult> {
  const editor = editorRoot(element);
  const original = readText(editor);
  const expected = applyReplacements(original, replacements);
  editor.focus();
  // Let the editor take in the focus (and its selectionchange) before selecting ranges.
  await settle(editor);
  let reason = 'not-applied';
  for (const strategy of strategies) {
    if (readText(editor) !== original) await rewrite(editor, original);
    if (readText(editor) !== original) {
      reason = 'original-lost';
      break;
    }
    try {
      await strategy.run(editor, replacements, expected);
    } catch {
      reason = 'threw';
    }
    if (readText(editor) === expected) return { ok: true, text: expected, strategy: strategy.name };
  }
  if (readText(editor) !== original) await rewrite(editor, original);
  const text = readText(editor);
  return { ok: false, text, reason, restored: text === original };
}

/** Selects [start, end) of the composer's text and lets the editor see the selection. */
export async function selectRange(element: HTMLElement, start: number, end: number) {
  const range = rangeFor(mapText(element), start, end);
  const selection = element.ownerDocument.getSelection();
  if (!selection) return false;
  if (!range) {
    if (start !== 0 || end !== 0) return false;
    selection.selectAllChildren(element);
    selection.collapseToStart();
  } else {
    selection.setBaseAndExtent(
      range.startContainer,
      range.startOffset,
      range.endContainer,
      range.endOffset,
    );
  }
  await nextSelectionChange(element.ownerDocument);
  return true;
}

/** Puts the caret at a text offset, e.g. on the first finding after "Edit". */
export async function placeCaret(element: HTMLElement, offset: number) {
  element.focus();
  await settle(element);
  return selectRange(element, offset, offset);
}

function insertText(element: HTMLElement, text: string) {
  if (text === '') element.ownerDocument.execCommand('delete', false);
  else element.ownerDocument.execCommand('insertText', false, text);
}

function pasteText(element: HTMLElement, text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  element.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
}

// selectionchange is dispatched asynchronously; Lexical reads the DOM selection there.
function nextSelectionChange(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  });
}

// Lexical reconciles the DOM in a microtask after an update: a short timer is plenty.
// Not an animation frame: frames pause in background tabs, and a replacement must finish.
function settle(element: HTMLElement): Promise<void> {
  const win = element.ownerDocument.defaultView ?? globalThis;
  return new Promise((resolve) => win.setTimeout(resolve, 20));
}
