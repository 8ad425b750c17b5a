import type { TextMap } from '@/lib/whatsapp/text-map';

// Small geometry helpers for the highlights: from a DOM point back to a text offset, and
// from the mouse to the highlighted range under it.

/** The text offset of a DOM point inside the composer, or null when it is not in its text. */
export function offsetAt(map: TextMap, node: Node, offset: number): number | null {
  for (const piece of map.pieces) {
    if (piece.node === node) return piece.start + Math.min(offset, piece.length);
  }
  // A caret between elements (an empty line, the end of a paragraph): the nearest piece
  // that starts after the point, or the end of the text.
  const doc = node.ownerDocument;
  if (!doc) return null;
  const point = doc.createRange();
  try {
    point.setStart(node, offset);
  } catch {
    return null;
  }
  for (const piece of map.pieces) {
    const at = doc.createRange();
    at.selectNode(piece.anchor);
    if (point.compareBoundaryPoints(Range.START_TO_START, at) <= 0) return piece.start;
  }
  return map.text.length;
}

export interface Spanned {
  start: number;
  end: number;
}

/** The finding the caret is in (ends included: a caret just after a word is on it). */
export function spanAt<T extends Spanned>(spans: readonly T[], offset: number): T | null {
  return spans.find((span) => offset >= span.start && offset <= span.end) ?? null;
}

/** Index of the range whose boxes contain the point, or -1. */
export function rangeUnder(ranges: readonly (Range | null)[], x: number, y: number): number {
  for (let index = 0; index < ranges.length; index++) {
    const range = ranges[index];
    if (!range) continue;
    for (const box of range.getClientRects()) {
      if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) {
        return index;
      }
    }
  }
  return -1;
}
