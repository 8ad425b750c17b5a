import { matches, query } from './selectors';

// WhatsApp's media preview (photos, documents before they are sent). The evidence
// disagrees on its markup: a `role="dialog"` inside the conversation, or a flat overlay
// beside `#main` anchored by data-testid. So it is found from what every generation has:
// a caption editor, and around it a send control.

/** The caption editor of the open media preview, or null. */
export function findCaption(doc: Document): HTMLElement | null {
  return query(doc, 'captionComposer');
}

/** Whether a media preview is open: one of its anchors, or its caption, is on the page. */
export function isMediaPreviewOpen(doc: Document): boolean {
  return query(doc, 'mediaPreview') !== null || findCaption(doc) !== null;
}

// The page around the preview: reaching it means the walk has left the preview.
function isPageFrame(element: Element): boolean {
  const tag = element.tagName;
  return (
    tag === 'BODY' ||
    tag === 'HTML' ||
    matches(element, 'conversation') ||
    element.querySelector('footer') !== null
  );
}

/** The nearest container of `caption` that holds a send control: the preview, as far as sending goes. */
export function previewAround(caption: Element): HTMLElement | null {
  for (let at = caption.parentElement; at && !isPageFrame(at); at = at.parentElement) {
    if (query(at, 'sendControl')) return at;
  }
  return null;
}

/** The whole preview around `inside`: its outermost container before the page itself. */
export function wholePreview(inside: Element): HTMLElement | null {
  let whole: HTMLElement | null = null;
  for (let at = inside.parentElement; at && !isPageFrame(at); at = at.parentElement) whole = at;
  return whole;
}

/** The open preview's own element, or null when none is open or it cannot be told apart. */
export function findMediaPreview(doc: Document): HTMLElement | null {
  const inside = findCaption(doc) ?? query(doc, 'mediaPreview');
  return inside ? wholePreview(inside) : null;
}

/** Whether `element` (a send control, say) belongs to the open media preview. */
export function isInMediaPreview(element: Element): boolean {
  const caption = findCaption(element.ownerDocument);
  if (!caption) return false;
  const preview = previewAround(caption) ?? wholePreview(caption);
  return !!preview && preview.contains(element);
}

/**
 * Discards the media preview through its own close control, else with Escape (which
 * WhatsApp's preview honours); false if it is still open.
 */
export function closeMediaPreview(doc: Document): boolean {
  const preview = findMediaPreview(doc);
  if (!preview) return false;
  const close = query(preview, 'mediaPreviewClose');
  if (close) close.click();
  else {
    const target = findCaption(doc) ?? preview;
    const init = { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, cancelable: true };
    target.dispatchEvent(new KeyboardEvent('keydown', init));
  }
  return !isMediaPreviewOpen(doc);
}
