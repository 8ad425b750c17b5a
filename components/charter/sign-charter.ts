import type { CadreDb } from '@/lib/db/database';
import type { CharterDoc, Role, Signature } from '@/lib/db/records';

export type SignatureInput = Omit<Signature, 'id' | 'charterVersion' | 'signedAt'>;

/**
 * Records the acceptance of the charter shown. The default charter is stored first as a
 * version of its own, so the signature always points at the exact text signed.
 */
export async function signCharter(
  database: CadreDb,
  shown: CharterDoc,
  input: SignatureInput,
  role: Role,
  now = Date.now(),
): Promise<number> {
  return database.transaction(
    'rw',
    [database.charters, database.signatures, database.settings],
    async () => {
      const version =
        shown.version ??
        ((await database.charters.add({ ...shown, version: undefined, createdAt: now })) as number);
      await database.signatures.add({ ...input, charterVersion: version, signedAt: now });
      await database.settings.bulkPut([
        { key: 'role', value: role },
        { key: 'onboarded', value: true },
      ]);
      return version;
    },
  );
}
