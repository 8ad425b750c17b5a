import type { CadreDb } from '@/lib/db/database';
import type { CharterDoc, Signature } from '@/lib/db/records';

export type CharterStatus =
  | { state: 'unsigned' }
  /** Signed, then the charter changed: the newest version awaits a new acceptance. */
  | { state: 'resign'; signature: Signature }
  | { state: 'signed'; signature: Signature; charter: CharterDoc };

/** Whether the charter in force has been signed: the newest signature of the newest version. */
export async function readCharterStatus(database: CadreDb): Promise<CharterStatus> {
  const [charter, signature] = await Promise.all([
    database.charters.orderBy('version').last(),
    database.signatures.orderBy('signedAt').last(),
  ]);
  if (!signature || !charter) return { state: 'unsigned' };
  if (signature.charterVersion !== charter.version) return { state: 'resign', signature };
  return { state: 'signed', signature, charter };
}
