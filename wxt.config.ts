import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Cadre: Chrome MV3 and Firefox builds. Permissions stay minimal: the WhatsApp Web host
// (through the content script's match pattern), nothing more. No `storage`: Cadre keeps
// everything in IndexedDB, which needs no permission, and asks the browser to keep it with
// navigator.storage.persist() from its options page.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
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
        strict_min_version: '128.0',
        // Cadre collects and transmits nothing: Firefox's built-in consent says so.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
