// Lexical renders a plain-text editor as paragraphs (<p>) of text spans, with <br> for
// Shift+Enter line breaks. This reads that DOM as the text WhatsApp will send ("\n" for a
// line break, a blank line between paragraphs, as Lexical's getTextContent() does) and
// maps each character back to a DOM position, so that a range of the text can be
// selected, highlighted or replaced. WhatsApp draws emoji as `<img alt="😊">`: the alt is
// their text. The `<br>` (or `<img>`) Lexical manages itself to give an empty line a
// height (`data-lexical-managed-linebreak`) is not text.

export interface TextPiece {
  /** Offset of this piece in the whole text. */
  start: number;
  /** The DOM text node, or null for a line break or an emoji image. */
  node: Text | null;
  /** For a line break or an emoji image: the element to place a caret before or after. */
  anchor: Node;
  length: number;
}

export interface TextMap {
  text: string;
  pieces: TextPiece[];
}

export function mapText(editor: HTMLElement): TextMap {
  const pieces: TextPiece[] = [];
  let text = '';
  const blocks = Array.from(editor.children).filter((child) => child.tagName !== 'BR');
  const paragraphs = blocks.length ? blocks : [editor];
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) {
      // Lexical's getTextContent() puts a blank line between paragraphs.
      pieces.push({ start: text.length, node: null, anchor: paragraph, length: 2 });
      text += '\n\n';
    }
    const walker = editor.ownerDocument.createTreeWalker(
      paragraph,
      NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const value = (node as Text).data;
        if (!value) continue;
        pieces.push({ start: text.length, node: node as Text, anchor: node, length: value.length });
        text += value;
      } else if (isManaged(node as Element)) {
        continue;
      } else if ((node as Element).tagName === 'BR' && !isTrailingBreak(node as Element)) {
        pieces.push({ start: text.length, node: null, anchor: node, length: 1 });
        text += '\n';
      } else if (isEmojiImage(node as Element)) {
        const alt = (node as HTMLImageElement).alt;
        pieces.push({ start: text.length, node: null, anchor: node, length: alt.length });
        text += alt;
      }
    }
  });
  return { text, pieces };
}

function isManaged(element: Element): boolean {
  return element.hasAttribute('data-lexical-managed-linebreak');
}

function isEmojiImage(element: Element): boolean {
  return element.tagName === 'IMG' && !!(element as HTMLImageElement).alt;
}

/** The text of any element as a person reads it: emoji images by their alt. */
export function visibleText(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(
    element,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if (isEmojiImage(node as Element) && !isManaged(node as Element)) {
      text += (node as HTMLImageElement).alt;
    }
  }
  return text;
}

// Older Lexical builds (no managed-linebreak attribute) add a lone <br> to empty paragraphs and after a final line break, to give the
// caret a line: it is not text.
function isTrailingBreak(br: Element): boolean {
  let next: Node | null = br.nextSibling;
  while (next && next.nodeType === Node.TEXT_NODE && !(next as Text).data) next = next.nextSibling;
  if (next) return false;
  const parent = br.parentElement;
  return (
    !!parent && (parent.tagName === 'P' || parent.tagName === 'DIV' || parent.tagName === 'SPAN')
  );
}

export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * The DOM position of a text offset. At a boundary between two pieces, a range's start
 * goes into the text that follows and its end into the text that precedes: editors map
 * positions inside text nodes reliably, positions between elements much less so.
 */
export function pointAt(
  map: TextMap,
  offset: number,
  side: 'start' | 'end' = 'start',
): DomPoint | null {
  const inText = map.pieces.find(
    (piece) =>
      piece.node &&
      (side === 'start'
        ? offset >= piece.start && offset < piece.start + piece.length
        : offset > piece.start && offset <= piece.start + piece.length),
  );
  if (inText?.node) return { node: inText.node, offset: offset - inText.start };
  for (const piece of map.pieces) {
    const end = piece.start + piece.length;
    if (offset < piece.start || offset > end) continue;
    if (piece.node) return { node: piece.node, offset: offset - piece.start };
    const anchor = piece.anchor;
    const parent = anchor.parentNode;
    if (!parent) continue;
    const index = Array.prototype.indexOf.call(parent.childNodes, anchor) as number;
    return { node: parent, offset: offset === piece.start ? index : index + 1 };
  }
  return null;
}

export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const from = pointAt(map, start, 'start');
  const to = pointAt(map, end, start === end ? 'start' : 'end');
  const doc = map.pieces[0]?.anchor.ownerDocument;
  if (!from || !to || !doc) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
