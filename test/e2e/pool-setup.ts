import { afterAll } from 'vitest';
import { closePooledBrowsers } from './browser-pool';

// Each test file reuses one Chromium (see browser-pool.ts); it is closed when the file ends.
afterAll(closePooledBrowsers);
