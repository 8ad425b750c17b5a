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

export type ReplaceResult =
  { ok: true; text: string } | { ok: false; text: string; reason: string };

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
 * Replaces ranges of the composer's text through Lexical's own input path, last range
 * first so earlier offsets stay valid, then reads the editor back. Lexical ignores plain
 * DOM edits, so each range is selected, the editor is given the selectionchange it
 * listens for, and the text goes in as a synthetic paste (execCommand('insertText') if
 * the paste did nothing). The result is reported, never assumed.
 */
export async function replaceRanges(
  element: HTMLElement,
  replacements: readonly Replacement[],
): Promise<ReplaceResult> {
  const original = readText(element);
  const expected = applyReplacements(original, replacements);
  element.focus();
  // Let the editor take in the focus (and its selectionchange) before selecting ranges.
  await settle(element);
  for (const r of [...replacements].sort((a, b) => b.start - a.start)) {
    const before = readText(element);
    const want = before.slice(0, r.start) + r.text + before.slice(r.end);
    if (!(await selectRange(element, r.start, r.end))) {
      return { ok: false, text: readText(element), reason: 'range-not-found' };
    }
    // Lexical applies a paste to its own model, at the selection it took from the DOM;
    // execCommand's DOM edit is reconciled less reliably across line breaks.
    pasteText(element, r.text);
    await settle(element);
    if (readText(element) === before && (await selectRange(element, r.start, r.end))) {
      insertText(element, r.text);
      await settle(element);
    }
    if (readText(element) !== want) {
      return { ok: false, text: readText(element), reason: 'not-applied' };
    }
  }
  const final = readText(element);
  return final === expected
    ? { ok: true, text: final }
    : { ok: false, text: final, reason: 'mismatch' };
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
