import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildReplica } from '../fixtures/whatsapp-web/build';
import { extensionDir } from './browser';

// Builds the WhatsApp Web replica; the extension itself is built beforehand by
// `npm run build` (scripts/test-all.sh does so), never here.
export default async function setup(): Promise<void> {
  await buildReplica();
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No extension build found at ${path.relative(process.cwd(), extensionDir)}/manifest.json: run npm run build first.`,
    );
  }
}
