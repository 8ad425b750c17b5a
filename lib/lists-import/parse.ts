import { foldKey } from '../text/fold-key';
import { MAX_LIST_VALUE } from '../db/lists';

// Names for the watch-list or the allow-list, from a CSV file or a pasted list. Every
// line that cannot be used is reported with its number and why, never dropped silently.

export type ListImportSource = 'csv' | 'paste';

export type LineProblemReason = 'too-long' | 'duplicate' | 'already-listed' | 'unclosed-quote';

export interface LineProblem {
  line: number;
  text: string;
  reason: LineProblemReason;
}

export interface ListImport {
  /** Names to add, cleaned, in the order found. */
  names: string[];
  problems: LineProblem[];
}

// A first row naming its columns is a header, not names.
const HEADERS = new Set([
  'nom',
  'noms',
  'name',
  'names',
  'valeur',
  'value',
  'client',
  'clients',
  'liste',
  'list',
]);

/**
 * Pasted text: one name per line, or names separated by semicolons or tabs (commas stay:
 * "Dupont, Jean" is one name). CSV: cells split on the file's separator (semicolon, tab or
 * comma), quotes honoured; with a header row, only the columns it names as names (Nom,
 * Name, Client…) are read, else every non-empty cell is a name.
 */
export function parseListImport(
  text: string,
  source: ListImportSource,
  existingKeys: Iterable<string> = [],
): ListImport {
  const known = new Set(existingKeys);
  const seen = new Set<string>();
  const names: string[] = [];
  const problems: LineProblem[] = [];
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const separator = source === 'csv' ? detectSeparator(lines) : /[;\t]/;
  let nameColumns: number[] | null = null;

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const cells =
      source === 'csv' ? splitCsvLine(line, separator as string) : line.split(separator);
    if (cells === null) {
      problems.push({ line: lineNumber, text: line.trim(), reason: 'unclosed-quote' });
      return;
    }
    // A header row naming a column of names: only that column is read from then on.
    if (index === 0 && cells.some((cell) => HEADERS.has(foldKey(cell)))) {
      nameColumns = cells.flatMap((cell, column) => (HEADERS.has(foldKey(cell)) ? [column] : []));
      return;
    }
    const used = nameColumns
      ? cells.filter((_cell, column) => nameColumns!.includes(column))
      : cells;
    for (const cell of used) {
      const name = cell.replace(/\s+/g, ' ').trim();
      if (!name) continue;
      const key = foldKey(name);
      if (name.length > MAX_LIST_VALUE)
        problems.push({ line: lineNumber, text: name, reason: 'too-long' });
      else if (known.has(key))
        problems.push({ line: lineNumber, text: name, reason: 'already-listed' });
      else if (seen.has(key)) problems.push({ line: lineNumber, text: name, reason: 'duplicate' });
      else {
        seen.add(key);
        names.push(name);
      }
    }
  });
  return { names, problems };
}

function detectSeparator(lines: string[]): string {
  const first = lines.find((line) => line.trim()) ?? '';
  for (const candidate of [';', '\t', ',']) if (first.includes(candidate)) return candidate;
  return ',';
}

/** One CSV line's cells, honouring double quotes; null when a quote is left open. */
export function splitCsvLine(line: string, separator: string): string[] | null {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && !cell.trim()) {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  if (quoted) return null;
  cells.push(cell);
  return cells;
}
