import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { replicaDistDir } from '../../fixtures/whatsapp-web/build';
import { repoRoot, whatsappOrigin, type BlockedRequest, type Lang } from '../browser';

// Launching Debian's Firefox ESR with Cadre's Firefox build, driven by puppeteer-core over
// WebDriver BiDi, and serving the WhatsApp Web replica at https://web.whatsapp.com/ by
// request interception on every page.

export const firefoxExtensionDir = path.join(repoRoot, '.output/firefox-mv2');
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id of wxt.config.ts's browser_specific_settings. */
export const addonId = 'cadre@cadre.invalid';
/**
 * Firefox gives each add-on a random internal UUID; the pref below pins it so that the
 * popup and options pages have a known address.
 */
export const extensionUuid = 'c4d0e5a1-0b1e-4c2d-9e3f-5a6b7c8d9e0f';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

export interface FirefoxBrowser {
  browser: Browser;
  /** Every http(s) request to anywhere but web.whatsapp.com: aborted, and kept here. */
  requests: BlockedRequest[];
  /** A new tab whose http(s) requests are served or blocked as above. */
  /** In the background, a tab is opened without being selected (see FirefoxLaunchOptions). */
  newPage(options?: TabOptions): Promise<Page>;
  /** A new tab for Cadre's own pages: any http(s) request from it is recorded. */
  newExtensionPage(options?: TabOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Serves web.whatsapp.com from the replica's dist; aborts and records everything else. */
export async function routeReplica(page: Page, requests: BlockedRequest[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => void answer(request, requests));
}

async function answer(request: HTTPRequest, requests: BlockedRequest[]): Promise<void> {
  if (request.isInterceptResolutionHandled()) return;
  const url = new URL(request.url());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return request.continue();
  if (url.origin !== whatsappOrigin) {
    requests.push({
      url: url.href,
      method: request.method(),
      resourceType: request.resourceType(),
    });
    return request.abort('blockedbyclient');
  }
  const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  const filePath = path.join(replicaDistDir, path.normalize(file));
  if (!filePath.startsWith(replicaDistDir) || !existsSync(filePath)) {
    return request.respond({ status: 404, body: 'not in the replica' });
  }
  return request.respond({
    status: 200,
    contentType: CONTENT_TYPES[path.extname(filePath)] ?? 'application/octet-stream',
    body: await readFile(filePath),
  });
}

export interface TabOptions {
  background?: boolean;
}

export async function launchFirefox(lang: Lang = 'fr'): Promise<FirefoxBrowser> {
  if (!existsSync(path.join(firefoxExtensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${firefoxExtensionDir}: run npm run build first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    // Cadre's users are in Paris; Firefox reads the zone from TZ.
    env: { ...process.env, TZ: 'Europe/Paris' },
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: extensionUuid }),
      'intl.locale.requested': lang,
      'intl.accept_languages': lang,
      'javascript.use_us_english_locale': false,
    },
  });
  await browser.installExtension(firefoxExtensionDir);
  const requests: BlockedRequest[] = [];
  return {
    browser,
    requests,
    async newPage(options) {
      const page = await browser.newPage(options);
      await routeReplica(page, requests);
      return page;
    },
    async newExtensionPage(options) {
      // Interception stalls moz-extension:// loads; Cadre's pages are only watched.
      const page = await browser.newPage(options);
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'http:' || url.protocol === 'https:') {
          requests.push({
            url: url.href,
            method: request.method(),
            resourceType: request.resourceType(),
          });
        }
      });
      return page;
    },
    close: () => browser.close(),
  };
}
