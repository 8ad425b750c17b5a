// Cadre's database may be evicted under storage pressure unless the browser agrees to keep
// it. persist() exists in pages only (not in the background worker), so the options page
// asks each time it opens; asking again once granted changes nothing.

export type Persistence = 'persisted' | 'not-persisted' | 'unknown';

let request: Promise<Persistence> | undefined;

/** Asks the browser to keep Cadre's data, once per page; says whether it agreed. */
export function requestPersistence(storage = globalThis.navigator?.storage): Promise<Persistence> {
  request ??= (async () => {
    if (!storage?.persist) return 'unknown';
    try {
      if (await storage.persisted?.()) return 'persisted';
      return (await storage.persist()) ? 'persisted' : 'not-persisted';
    } catch {
      return 'unknown';
    }
  })();
  return request;
}
