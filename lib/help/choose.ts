import type { DistressCategory } from '../detect';
import {
  HELP_COUNTRIES,
  HELP_LINES,
  type HelpCountry,
  type HelpKind,
  type HelpLine,
} from './resources';

// Which lines to show, in which order: what fits the situation first, a way to reach
// emergency services always. Pure: the country and the categories come in.

const KINDS_FOR: Record<DistressCategory, readonly HelpKind[]> = {
  'passive-ideation': ['suicide', 'listening'],
  'active-ideation': ['suicide', 'emergency', 'medical', 'text'],
  farewell: ['suicide', 'emergency', 'text'],
  'self-harm': ['suicide', 'listening', 'medical'],
  substance: ['substance', 'listening', 'medical'],
  violence: ['violence', 'police', 'text', 'children'],
  panic: ['listening', 'medical', 'suicide'],
  hopelessness: ['listening', 'suicide'],
};

/** A life in danger now: emergency services before anything else. */
const NOW: readonly HelpKind[] = ['emergency', 'medical', 'police', 'text'];

export function helpLinesFor(
  country: HelpCountry,
  categories: readonly DistressCategory[],
  crisisNow = false,
): HelpLine[] {
  const kinds: HelpKind[] = [];
  const add = (list: readonly HelpKind[]) => {
    for (const kind of list) if (!kinds.includes(kind)) kinds.push(kind);
  };
  if (crisisNow) add(NOW);
  for (const category of categories) add(KINDS_FOR[category]);
  if (!kinds.length) add(['suicide', 'listening']);
  // Someone can always be reached now.
  add(['emergency']);
  const lines = HELP_LINES.filter((line) => line.country === country);
  const chosen: HelpLine[] = [];
  for (const kind of kinds)
    for (const line of lines) if (line.kind === kind && !chosen.includes(line)) chosen.push(line);
  return chosen;
}

/** The country's emergency number, for the urgent notice. */
export function emergencyLine(country: HelpCountry): HelpLine | undefined {
  const lines = HELP_LINES.filter((line) => line.country === country);
  return lines.find((l) => l.kind === 'emergency') ?? lines.find((l) => l.kind === 'medical');
}

export type HelpCountrySetting = HelpCountry | 'auto';

const REGION_TO_COUNTRY: Record<string, HelpCountry> = {
  FR: 'FR',
  BE: 'BE',
  CH: 'CH',
  CA: 'CA',
  GB: 'GB',
  UK: 'GB',
  US: 'US',
  // French overseas departments dial the French numbers.
  RE: 'FR',
  GP: 'FR',
  MQ: 'FR',
  GF: 'FR',
  YT: 'FR',
  MC: 'FR',
  LU: 'BE',
};

/**
 * The setting, or a country read from the browser's languages ("fr-BE" → Belgium,
 * "en-GB" → UK). A language with no region says nothing of the country: France, where
 * Cadre's users are first, unless English is all there is ("en" → UK).
 */
export function resolveHelpCountry(
  setting: HelpCountrySetting | undefined,
  languages: readonly string[],
): HelpCountry {
  if (setting && setting !== 'auto' && HELP_COUNTRIES.includes(setting)) return setting;
  for (const tag of languages) {
    const region = tag.split(/[-_]/)[1]?.toUpperCase();
    if (region && REGION_TO_COUNTRY[region]) return REGION_TO_COUNTRY[region];
  }
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('en') ? 'GB' : 'FR';
}
