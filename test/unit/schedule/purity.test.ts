import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The content script imports the model; only holidays.ts may pull in date-holidays,
// and nothing may reach for the DOM or the browser.
const folder = join(__dirname, '../../../lib/schedule');
const pureFiles = readdirSync(folder).filter(
  (name) => name.endsWith('.ts') && name !== 'holidays.ts',
);

describe('lib/schedule stays pure', () => {
  it.each(pureFiles)('%s', (name) => {
    // Comments may talk about windows and documents; only code counts.
    const source = readFileSync(join(folder, name), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    expect(source).not.toMatch(/from '(date-holidays|\.\/holidays)'/);
    expect(source).not.toMatch(/\b(document|window|browser|chrome|localStorage)\./);
  });
});
