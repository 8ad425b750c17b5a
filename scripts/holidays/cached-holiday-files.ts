import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { holidayFiles, holidayYears } from './holiday-data';

// Computing every country's holidays takes seconds; the Chrome and Firefox builds share
// one result per range of years and version of date-holidays.
export function cachedHolidayFiles(root: string): { path: string; json: string }[] {
  const { version } = JSON.parse(
    readFileSync(path.join(root, 'node_modules/date-holidays/package.json'), 'utf8'),
  ) as { version: string };
  const { from, to } = holidayYears();
  const dir = path.join(root, 'node_modules/.cache/cadre-holidays');
  const file = path.join(dir, `${version}-${from}-${to}.json`);
  if (existsSync(file))
    return JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof holidayFiles>;
  const files = holidayFiles();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(files));
  return files;
}
