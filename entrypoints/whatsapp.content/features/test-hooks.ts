// Attributes on the overlay's host (<cadre-overlay>) that say what a feature last decided,
// so an end-to-end test expecting nothing to appear waits for that decision instead of
// sleeping. Counts and outcomes only, never text.

/** Sets `data-NAME="COUNT:OUTCOME"` on the host, COUNT being how many times it was set. */
export function recordOnHost(doc: Document, name: string, outcome: string): void {
  const host = doc.querySelector('cadre-overlay');
  if (!host) return;
  const previous = Number(host.getAttribute(`data-${name}`)?.split(':')[0] ?? 0);
  host.setAttribute(`data-${name}`, `${previous + 1}:${outcome}`);
}

/** Sets `data-NAME="VALUE"` on the host. */
export function setOnHost(doc: Document, name: string, value: string): void {
  doc.querySelector('cadre-overlay')?.setAttribute(`data-${name}`, value);
}
