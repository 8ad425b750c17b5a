import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { cachedHolidayFiles } from './scripts/holidays/cached-holiday-files';

// Cadre: Chrome MV3 and Firefox builds. Permissions stay minimal: the WhatsApp Web host
// (through the content script's match pattern), nothing more. No `storage`: Cadre keeps
// everything in IndexedDB, which needs no permission, and asks the browser to keep it with
// navigator.storage.persist() from its options page.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  hooks: {
    // Public holidays precomputed here, one small file per country, instead of
    // date-holidays' data for every country in the background and options bundles.
    'build:publicAssets': (wxt, files) => {
      for (const file of cachedHolidayFiles(wxt.config.root)) {
        files.push({ relativeDest: file.path, contents: file.json });
      }
      // The privacy policy, linked from the options page, readable without a network.
      files.push({
        relativeDest: 'privacy.txt',
        absoluteSrc: path.join(wxt.config.root, 'PRIVACY.md'),
      });
    },
  },
  // The sources zip (for store review) is the repository's code, not local test output.
  zip: { excludeSources: ['test-results/**'] },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: [],
    host_permissions: ['https://web.whatsapp.com/*'],
    browser_specific_settings: {
      gecko: {
        id: 'cadre@cadre.invalid',
        // 140: the first Firefox (and ESR) with data_collection_permissions below.
        strict_min_version: '140.0',
        // Cadre collects and transmits nothing: Firefox's built-in consent says so.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
