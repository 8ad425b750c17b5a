import type { CadreDb } from '../db/database';
import type { CharterDoc } from '../db/records';
import type { Lang } from '../i18n';
import { DEFAULT_CHARTER } from './default';

/** The charter in force: the newest stored version, else the customer's default text. */
export async function currentCharter(database: CadreDb, lang: Lang): Promise<CharterDoc> {
  const stored = await database.charters.orderBy('version').last();
  if (stored) return stored;
  return {
    lang,
    title: '',
    text: DEFAULT_CHARTER[lang],
    source: 'default',
    createdAt: 0,
  };
}
