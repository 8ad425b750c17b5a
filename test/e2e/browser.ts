import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { onboardingOutcomeInPage } from './onboarding-settled';
import { replicaDistDir } from '../fixtures/whatsapp-web/build';

// Launching Debian's Chromium with the built extension, and serving the WhatsApp Web
// replica at https://web.whatsapp.com/ by route interception. Shared by the end-to-end
// harness and `npm run demo`.

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionDir = path.join(repoRoot, '.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const whatsappOrigin = 'https://web.whatsapp.com';

export type Lang = 'fr' | 'en';

export interface BlockedRequest {
  url: string;
  method: string;
  resourceType: string;
}

export interface BrowserOptions {
  /** Load `.output/chrome-mv3` (default true). */
  extension?: boolean;
  /** Unpacked extension to load instead of the build (default `.output/chrome-mv3`). */
  extensionPath?: string;
  lang?: Lang;
  headless?: boolean;
  /** The browser's time zone (default Europe/Paris, where Cadre's users are). */
  timeZone?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Null when launched without the extension. */
  extensionId: string | null;
  /** Every http(s) request to anywhere but web.whatsapp.com: aborted, and kept here. */
  requests: BlockedRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

export function replicaUrl(lang: Lang = 'fr', query = ''): string {
  const params = new URLSearchParams(query);
  if (lang !== 'fr') params.set('lang', lang);
  const search = params.toString();
  return `${whatsappOrigin}/${search ? `?${search}` : ''}`;
}

/**
 * Debian's Chromium 156, new headless mode (Playwright's `--headless`), loads an unpacked
 * extension with --load-extension and --disable-extensions-except alone. Branded Google
 * Chrome 137+ ignores --load-extension; Debian's build does not, so no
 * `--disable-features=DisableLoadExtensionCommandLineSwitch` here (a second
 * --disable-features would also replace Playwright's own list). `--lang` sets the
 * extension's locale (chrome.i18n.getMessage); `getUILanguage()` still reports en-US.
 */
export function chromiumArgs(lang: Lang, extensionPath: string | null): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${lang}`,
  ];
  if (extensionPath) {
    args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  }
  return args;
}

const isHttp = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';

/**
 * Fulfils web.whatsapp.com from the replica's dist; aborts and records every other http(s)
 * request. Only http(s) is routed: the extension's own chrome-extension:// files (a
 * content script's CSS fetched by WXT's shadow-root UI) would otherwise land here too.
 */
export async function routeReplica(
  context: BrowserContext,
  requests: BlockedRequest[],
): Promise<void> {
  await context.route(isHttp, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin !== whatsappOrigin) {
      requests.push({
        url: url.href,
        method: request.method(),
        resourceType: request.resourceType(),
      });
      return route.abort('blockedbyclient');
    }
    const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const filePath = path.join(replicaDistDir, path.normalize(file));
    if (!filePath.startsWith(replicaDistDir) || !existsSync(filePath)) {
      return route.fulfill({ status: 404, body: 'not in the replica' });
    }
    return route.fulfill({
      status: 200,
      contentType: CONTENT_TYPES[path.extname(filePath)] ?? 'application/octet-stream',
      body: await readFile(filePath),
    });
  });
}

/**
 * On install Cadre opens its onboarding tab, and Chromium may open it in the first blank
 * tab: wait for it (briefly) so that it cannot take over a page a test is navigating.
 */
async function onboardingOpened(context: BrowserContext, extensionId: string): Promise<void> {
  const isOptions = (page: { url(): string }) =>
    page.url().startsWith(`chrome-extension://${extensionId}/options.html`);
  const tab =
    context.pages().find(isOptions) ??
    (await context
      .waitForEvent('page', { predicate: isOptions, timeout: 5_000 })
      .catch(() => null)); // Not opened (a browser that keeps it for later): nothing to wait for.
  if (!tab) return;
  // Cadre looks for the tab until it sees it (lib/onboarding); closed before it looked, it
  // would open again in the middle of a later test. It records when it stops looking.
  const settled = () =>
    tab
      .evaluate(onboardingOutcomeInPage)
      .then((outcome) => outcome !== null)
      .catch(() => false); // The page still loading: ask again.
  for (const deadline = Date.now() + 10_000; !(await settled()) && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Launches Chromium, retrying the launch (not the test) when the browser or its extension
 * worker does not come up: under load Chromium sometimes misses the service worker.
 */
export async function launchBrowser(options: BrowserOptions = {}): Promise<LaunchedBrowser> {
  const attempts = 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await launchOnce(options);
    } catch (error) {
      if (attempt >= attempts || String(error).includes('run npm run build')) throw error;
      console.warn(`Chromium launch failed (attempt ${attempt} of ${attempts}): ${String(error)}`);
    }
  }
}

async function launchOnce(options: BrowserOptions): Promise<LaunchedBrowser> {
  const {
    extension = true,
    extensionPath = extensionDir,
    lang = 'fr',
    headless = true,
    timeZone = 'Europe/Paris',
  } = options;
  if (extension && !existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionPath}: run npm run build first.`);
  }
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'cadre-chromium-'));
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless,
      args: chromiumArgs(lang, extension ? extensionPath : null),
      // Playwright adds --disable-extensions by default.
      ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
      // The page's navigator.language and Accept-Language; --lang alone leaves them en-US.
      locale: lang,
      timezoneId: timeZone,
      viewport: { width: 1280, height: 800 },
    })
    .catch(async (error: unknown) => {
      await rm(userDataDir, { recursive: true, force: true });
      throw error;
    });
  const requests: BlockedRequest[] = [];
  await routeReplica(context, requests);

  let extensionId: string | null = null;
  if (extension) {
    const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context
        .waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 20_000 })
        .catch(async (error: unknown) => {
          await context.close();
          await rm(userDataDir, { recursive: true, force: true });
          throw error;
        }));
    extensionId = new URL(worker.url()).host;
    await onboardingOpened(context, extensionId);
  }
  return {
    context,
    extensionId,
    requests,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
