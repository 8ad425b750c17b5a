/**
 * Runs a decisive action (send, keep a file) only for an event a person caused: WhatsApp's
 * page can reach the overlay's open shadow root and call click() on its buttons, and such a
 * click has isTrusted false, in Chromium and Firefox alike (Firefox's content scripts see
 * the page's synthetic events through its wrappers with the same flag).
 */
export function byPerson(action: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted) action();
  };
}
