import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { readCharterStatus } from '@/components/charter/charter-status';
import { signCharter } from '@/components/charter/sign-charter';
import { currentCharter } from '@/lib/charter/current';
import { readSettings } from '@/lib/db';
import { CadreDb } from '@/lib/db/database';

let counter = 0;
const freshDb = () =>
  new CadreDb(`cadre-charter-test-${(counter += 1)}`, { indexedDB, IDBKeyRange });

const signature = {
  mentorName: 'Anne Martin',
  menteeName: 'Camille Roy',
  date: '2025-03-14',
  mentorSignature: 'Anne Martin',
  menteeSignature: 'Camille Roy',
};

describe('signing the charter', () => {
  it('stores the default charter as version 1, signs it, and marks onboarding done', async () => {
    const database = freshDb();
    expect(await readCharterStatus(database)).toEqual({ state: 'unsigned' });
    const shown = await currentCharter(database, 'fr');
    await signCharter(database, shown, signature, 'mentee', 1000);
    const status = await readCharterStatus(database);
    expect(status).toMatchObject({
      state: 'signed',
      signature: { charterVersion: 1, signedAt: 1000, mentorName: 'Anne Martin' },
      charter: { version: 1, source: 'default', lang: 'fr', createdAt: 1000 },
    });
    expect(await readSettings(database)).toMatchObject({ role: 'mentee', onboarded: true });
  });

  it('a new version of the charter is to be signed again, then signed', async () => {
    const database = freshDb();
    await signCharter(database, await currentCharter(database, 'fr'), signature, 'mentor', 1000);
    await database.charters.add({
      lang: 'fr',
      title: 'Notre charte',
      text: 'Notre charte\n\n1. Le cadre\n\nEn semaine.',
      source: 'custom',
      createdAt: 2000,
    });
    expect(await readCharterStatus(database)).toMatchObject({ state: 'resign' });
    const shown = await currentCharter(database, 'fr');
    expect(shown.version).toBe(2);
    await signCharter(database, shown, signature, 'mentor', 3000);
    expect(await readCharterStatus(database)).toMatchObject({
      state: 'signed',
      signature: { charterVersion: 2 },
    });
    expect(await database.charters.count()).toBe(2);
  });
});
