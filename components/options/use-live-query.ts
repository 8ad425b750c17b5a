import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * A Dexie query's result, kept current: any change to the tables it reads, from this
 * page or another, re-renders the component. Undefined until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error) => console.error('Cadre: query failed', error),
    });
    return () => subscription.unsubscribe();
    // The query is rebuilt by its caller on every render; deps say when it really changes.
  }, deps);
  return value;
}
