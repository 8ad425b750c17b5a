// Cadre's detection engine: a pure module (no DOM, no browser API). See README.md.
import { addAcrossLines } from './across-lines.ts';
import { blankCadreTags } from './cadre-tags.ts';
import { normalize, originalSpan } from './normalize.ts';
import { findBirthDates } from './recognizers/birth-date.ts';
import { findAddresses } from './recognizers/address.ts';
import { findEmails } from './recognizers/email.ts';
import {
  findFrenchVatNumbers,
  findIbans,
  findNirs,
  findNumberIdentifiers,
} from './recognizers/identifiers.ts';
import { findCoinedCompanies } from './recognizers/coined-companies.ts';
import { findCompanyDomains } from './recognizers/company-domain.ts';
import { findCompanyFields } from './recognizers/company-fields.ts';
import { findLinks } from './recognizers/link.ts';
import { findSpelledEmails } from './recognizers/spelled-email.ts';
import { findNames } from './recognizers/names.ts';
import { findPhones } from './recognizers/phone.ts';
import { findPlates } from './recognizers/plate.ts';
import { resolveOverlaps } from './merge.ts';
import { segment } from './segment.ts';
import { urlLikeMask } from './url-mask.ts';
import { warmUpScans } from './signals/cue.ts';
import { combineSignals, sentenceSignals, type SentenceSignals } from './signals/index.ts';
import type { Analysis, AnalyzeOptions, Candidate, Finding } from './types.ts';
import { findWatched, isAllowed, prepareList, type PreparedList } from './watch-list.ts';

export type {
  Analysis,
  AnalyzeOptions,
  DistressCategory,
  EntityType,
  Finding,
  SignalType,
} from './types.ts';
export { DISTRESS_CATEGORIES } from './signals/index.ts';
export { conversationSignals, type SentMessage } from './signals/conversation.ts';

interface SegmentResult {
  findings: Candidate[];
  /** Read on the first full analysis only: a keystroke's highlight pass does not need it. */
  signals?: SentenceSignals;
}

// Every pattern of these recognizers needs a digit (0-9): most sentences have none, and
// skip them all.
const NUMBER_RECOGNIZERS = [
  findNirs,
  findFrenchVatNumbers,
  findIbans,
  findNumberIdentifiers,
  findPhones,
  findBirthDates,
  findPlates,
];
const DIGIT = /\d/;

function findInSegment(text: string, watch: PreparedList, allow: PreparedList): Candidate[] {
  const hasDigit = DIGIT.test(text);
  const structured = [
    ...findEmails(text),
    ...findSpelledEmails(text),
    ...findLinks(text),
    // Every address the recognizer reads holds a number or a postal code: a sentence with no
    // digit (most of them, as a person types) skips both.
    ...(hasDigit ? NUMBER_RECOGNIZERS.flatMap((find) => find(text)) : []),
    ...(hasDigit ? findAddresses(text) : []),
    ...findCompanyDomains(text),
    ...findCoinedCompanies(text),
    ...findCompanyFields(text),
  ];
  const all = [...structured, ...findNames(text, urlLikeMask(text)), ...findWatched(text, watch)];
  return resolveOverlaps(all, text.length).filter(
    (c) => c.score === 1 || !isAllowed(text.slice(c.start, c.end), allow),
  );
}

const CACHE_LIMIT = 2000;

export interface Analyzer {
  /** Findings and signals. `now` (the caller's clock) overrides the options' for this call. */
  analyze(text: string, now?: Date | number): Analysis;
  /** Findings only, for highlighting while the person types: signals wait for the send. */
  findings(text: string): Finding[];
}

/** An analyzer that remembers each sentence it has seen, so that re-analysing a long
 * message after one keystroke only re-reads the sentence that changed. */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  const watch = prepareList(options.watchList);
  const allow = prepareList(options.allowList);
  const cache = new Map<string, SegmentResult>();

  // Recognizers read the normalised text, sentence by sentence; findings are mapped back
  // to the original.
  function read(input: string, withSignals: boolean) {
    const text = typeof input === 'string' ? input : String(input ?? '');
    const local: Candidate[] = [];
    const parts: SentenceSignals[] = [];
    const normalized = normalize(blankCadreTags(text));
    for (const seg of segment(normalized.text)) {
      let result = cache.get(seg.text);
      if (!result) {
        result = { findings: findInSegment(seg.text, watch, allow) };
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(seg.text, result);
      }
      if (withSignals) parts.push((result.signals ??= sentenceSignals(seg.text)));
      for (const c of result.findings)
        local.push({ ...c, start: c.start + seg.start, end: c.end + seg.start });
    }
    const findings: Finding[] = addAcrossLines(local, normalized.text).map((c) => {
      const [start, end] = originalSpan(normalized, c.start, c.end);
      return { ...c, start, end, text: text.slice(start, end) };
    });
    return { text, findings, parts };
  }

  return {
    analyze(input, now = options.now) {
      const { text, findings, parts } = read(input, true);
      const { signals, distress, crisisNow } = combineSignals(text, parts, now);
      return { findings, signals, distress, crisisNow };
    },
    findings: (input) => read(input, false).findings,
  };
}

const defaultAnalyzer = createAnalyzer();

/**
 * The first analysis on a page inflates the gazetteer, reads the signal patterns' gates
 * and compiles the patterns: a fraction of a second in one go. These steps do the same
 * piece by piece (one list of patterns each), for a page to run one per idle moment, so
 * that no single task stalls typing.
 */
export function warmUpSteps(): Array<() => void> {
  return [
    () => defaultAnalyzer.findings('Bonjour Camille, merci.'),
    () => defaultAnalyzer.findings('Tél. 06 12 34 56 78'),
    ...warmUpScans(),
    () => defaultAnalyzer.analyze('Bonjour Camille, merci. Je vais pas tenir, réponds vite.'),
  ];
}

/** Finds what the charter forbids sharing, and the message's signals. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  if (
    !options ||
    ((options.watchList?.length ?? 0) === 0 && (options.allowList?.length ?? 0) === 0)
  )
    return defaultAnalyzer.analyze(text, options?.now);
  return createAnalyzer(options).analyze(text);
}

/** The finding's explanation in the UI's language. */
export function reasonFor(
  finding: Pick<Finding, 'reason' | 'reasonEn'>,
  lang: 'fr' | 'en',
): string {
  return lang === 'en' ? finding.reasonEn : finding.reason;
}
