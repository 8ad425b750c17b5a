import type { EntityType } from '../detect/types';
import { letterFor, placeholderStyle, type PlaceholderLang } from './labels';
import { foldKey } from '../text/fold-key';

/** The part of a detection finding anonymisation needs. */
export interface AnonymizableFinding {
  start: number;
  end: number;
  type: EntityType;
}

export interface PlaceholderReplacement {
  start: number;
  end: number;
  /** The placeholder, brackets included: "[Personne 1]". */
  text: string;
  type: EntityType;
}

export interface Anonymized {
  text: string;
  replacements: PlaceholderReplacement[];
}

/**
 * One placeholder per finding, in text order. People are numbered and companies lettered
 * by first appearance, and the same value (ignoring case and accents) always gets the
 * same placeholder within the message, so the reader can still follow who did what.
 */
export function placeholdersFor(
  text: string,
  findings: readonly AnonymizableFinding[],
  lang: PlaceholderLang,
): PlaceholderReplacement[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const assigned = new Map<string, string>();
  const counters = new Map<EntityType, number>();
  const replacements: PlaceholderReplacement[] = [];
  let covered = 0;
  for (const finding of sorted) {
    // Overlaps should not come from detection; if they do, the first (longest) wins.
    if (finding.start < covered || finding.end <= finding.start) continue;
    covered = finding.end;
    const style = placeholderStyle(finding.type, lang);
    let label: string;
    if (style.kind === 'fixed') {
      label = style.word;
    } else {
      const key = `${finding.type}:${foldKey(text.slice(finding.start, finding.end))}`;
      const known = assigned.get(key);
      if (known) {
        label = known;
      } else {
        const index = counters.get(finding.type) ?? 0;
        counters.set(finding.type, index + 1);
        label = `${style.word} ${style.kind === 'numbered' ? index + 1 : letterFor(index)}`;
        assigned.set(key, label);
      }
    }
    replacements.push({
      start: finding.start,
      end: finding.end,
      text: `[${label}]`,
      type: finding.type,
    });
  }
  return replacements;
}

/** The message with every finding replaced by its placeholder. */
export function anonymize(
  text: string,
  findings: readonly AnonymizableFinding[],
  lang: PlaceholderLang,
): Anonymized {
  const replacements = placeholdersFor(text, findings, lang);
  let result = '';
  let cursor = 0;
  for (const r of replacements) {
    result += text.slice(cursor, r.start) + r.text;
    cursor = r.end;
  }
  return { text: result + text.slice(cursor), replacements };
}
